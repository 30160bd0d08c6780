/**
 * Page metadata for the clean view: title, site name, byline, publication date,
 * language, direction, excerpt, canonical address, and the schema.org article
 * data (type, articleBody) that the cleaning uses as a hint. Read before the
 * document is cleaned: the cleaning removes the head's scripts and meta.
 */
import { siteOf } from '../pages/site';

export interface PageMeta {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601. */
  published: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  canonical: string | null;
  /** The page says it is an article (JSON-LD Article type or og:type article). */
  isArticle: boolean;
  /** JSON-LD articleBody, when the page publishes one. */
  articleBody: string | null;
  /** The page marks its content as not free to read (schema.org isAccessibleForFree false, a locked content tier, a paywall marker). */
  notFree: boolean;
  /** The article's length in words, when the page states it (schema.org wordCount). */
  statedWords: number | null;
}

const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|SocialMediaPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|Review|CreativeWork)$/i;

interface LdData {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  articleBody?: string;
  description?: string;
  isArticle: boolean;
  notFree?: boolean;
  wordCount?: number;
}

/** schema.org's isAccessibleForFree, which pages write as a boolean or a string. */
function notFreeValue(v: unknown): boolean {
  return v === false || (typeof v === 'string' && /^\s*false\s*$/i.test(v));
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.name) ?? str(o['@value']);
  }
  return undefined;
}

function names(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map(str).filter((s): s is string => !!s && !/^https?:/i.test(s));
  return list.length ? [...new Set(list)].join(', ') : undefined;
}

/** Collect the article object(s) from all JSON-LD blocks, @graph arrays included. */
function readJsonLd(doc: Document): LdData {
  const out: LdData = { isArticle: false };
  const visit = (o: unknown, depth: number) => {
    if (!o || typeof o !== 'object' || depth > 6) return;
    if (Array.isArray(o)) {
      for (const x of o) visit(x, depth + 1);
      return;
    }
    const rec = o as Record<string, unknown>;
    const types = ([] as unknown[]).concat(rec['@type'] ?? []).map(String);
    const article = types.some((t) => ARTICLE_TYPE.test(t));
    if (article && (rec.headline || rec.articleBody || rec.datePublished)) {
      out.isArticle ||= types.some((t) => t !== 'CreativeWork');
      out.headline ??= str(rec.headline);
      out.datePublished ??= str(rec.datePublished) ?? str(rec.dateCreated);
      out.author ??= names(rec.author) ?? names(rec.creator);
      out.publisher ??= str(rec.publisher);
      out.description ??= str(rec.description);
      if (notFreeValue(rec.isAccessibleForFree)) out.notFree = true;
      const wc = Number(rec.wordCount);
      if (Number.isFinite(wc) && wc > 0) out.wordCount ??= wc;
      const body = typeof rec.articleBody === 'string' ? rec.articleBody : undefined;
      if (body && body.length > (out.articleBody?.length ?? 0)) out.articleBody = body;
    }
    // A page can mark only a part as paid ("hasPart": {"isAccessibleForFree": false, "cssSelector": ...}).
    if (article && rec.hasPart) {
      for (const part of ([] as unknown[]).concat(rec.hasPart))
        if (part && typeof part === 'object' && notFreeValue((part as Record<string, unknown>).isAccessibleForFree)) out.notFree = true;
    }
    if (rec['@graph']) visit(rec['@graph'], depth + 1);
    if (rec.mainEntity && typeof rec.mainEntity === 'object') visit(rec.mainEntity, depth + 1);
  };
  // getElementsByTagName: much cheaper than attribute selectors on large pages.
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const raw = s.textContent;
    if (!raw) continue;
    try {
      visit(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return out;
}

/** All <meta> values by lower-cased name/property/itemprop (first one wins). */
function readMetaTags(doc: Document): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !m.has(key)) m.set(key, content);
    }
  }
  return m;
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.date',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'article.published',
  'article_date_original',
  'og:published_time',
  'citation_publication_date',
  'citation_date',
  'cxenseparse:recs:publishtime',
  'datecreated',
  'release_date',
  'originalpublicationdate',
  'ptime',
];

const ISO_FULL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A machine-readable date as ISO 8601 (offsets kept), or null when it is not a plausible date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  if (!s) return null;
  // "2019-11-19 10:32:00", "2019-11-19 10:32:00 +0100"
  s = s.replace(
    /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/,
    (_, d, t, z) => `${d}T${t}${z ?? ''}`,
  );
  // "20191119"
  s = s.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
  let out: string | null = null;
  if (ISO_FULL.test(s)) {
    out = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  } else if (/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(s)) {
    const [y, mo = '', d = ''] = s.split('/');
    out = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  } else if (/^\d{10}(?:\d{3})?$/.test(s)) {
    out = new Date(Number(s) * (s.length === 10 ? 1000 : 1)).toISOString();
  } else if (/[a-z]{3}/i.test(s) && /\d{4}/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) out = new Date(t).toISOString();
  }
  if (!out) return null;
  const year = Number(out.slice(0, 4));
  const month = Number(out.slice(5, 7));
  const day = Number(out.slice(8, 10));
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return out;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Letters and digits only, lower case: how two names are compared. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The labels of a host name that name the site ("news.example.co.uk" -> example, news). */
function hostNames(host: string | null | undefined): string[] {
  if (!host) return [];
  return host
    .split('.')
    .filter((l) => l.length > 2 && !/^(?:www\d*|com|org|net|gov|edu|co|ac|info|news)$/.test(l))
    .map(squash);
}

/**
 * The site name left off the end (or start) of a title: "Headline | Site" ->
 * "Headline", "Headline -Site" -> "Headline", "Headline - Example" on
 * example.com -> "Headline". The one place titles lose their site name.
 */
export function stripSiteName(title: string, siteName: string | null, host?: string | null): string {
  const names = [...(siteName ? [squash(siteName)] : []), ...hostNames(host)].filter((n) => n.length >= 3);
  if (!names.length) return title;
  const isSite = (part: string) => {
    const p = squash(part);
    return p.length > 0 && names.some((n) => p === n || (p.length >= 3 && n.includes(p)) || p.includes(n));
  };
  // Spaced separators, and the ones sites write without spaces ("Headline_Section_Site", "Headline｜Site").
  const seps = [...title.matchAll(/\s+[|\-–—:·•»/]\s+|\s*[_｜|]\s*/gu)];
  let out = title;
  const first = seps[0];
  const last = seps.at(-1);
  if (first && last) {
    if (isSite(title.slice(last.index + last[0].length))) out = title.slice(0, last.index).trim() || title;
    else if (isSite(title.slice(0, first.index))) out = title.slice(first.index + first[0].length).trim() || title;
  }
  if (!siteName) return out;
  // A separator without spaces around it ("Headline|Site").
  const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return out.replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${esc}\\s*$`, 'iu'), '').trim() || out;
}

const SEPARATOR = /^\s*[|\-–—:·•»/,_｜：]/u;

/**
 * The page's own headline when the title is that headline plus a tail the
 * site adds ("Headline: news, photos 2018", "Headline - Section - Site"): an
 * <h1> whose text starts the title, followed by a separator, and longer than
 * what follows it.
 */
function headlineOf(title: string, doc: Document): string | null {
  const heads = Array.from(doc.getElementsByTagName('h1')).slice(0, 4);
  for (const h of heads) {
    const text = clean(h.textContent);
    if (!text || text.length < 10 || text.length >= title.length) continue;
    if (!title.toLowerCase().startsWith(text.toLowerCase())) continue;
    const rest = title.slice(text.length);
    if (SEPARATOR.test(rest) && rest.length < text.length) return text;
  }
  return null;
}

/**
 * The publication date in the article's own markup: a <time datetime> (or an
 * element with itemprop=datePublished) inside an article/main/header. A page's
 * header "today" widget carries no such markup, and one outside the article is
 * not read.
 */
function markupDate(doc: Document): string | null {
  const el =
    doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content]') ??
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector(
      'article time[datetime], main time[datetime], [role="main"] time[datetime], [class*="article"] time[datetime], [class*="byline"] time[datetime], [class*="date"] time[datetime]',
    );
  if (!el) return null;
  return normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
}

/** A locked content tier, or a paywall element the page marks as such. */
function notFreeMarkup(doc: Document, meta: Map<string, string>): boolean {
  const tier = meta.get('article:content_tier')?.toLowerCase();
  if (tier === 'locked' || tier === 'metered') return true;
  if (meta.get('isaccessibleforfree') && notFreeValue(meta.get('isaccessibleforfree'))) return true;
  return false;
}

export function readMetadata(doc: Document, url?: string): PageMeta {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  const siteName =
    clean(get('og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone')) ??
    clean(ld.publisher) ??
    (siteOf(url) || null);

  let published: string | null = normalizeDate(ld.datePublished);
  if (!published) {
    for (const k of DATE_META) {
      published = normalizeDate(meta.get(k));
      if (published) break;
    }
  }
  published ??= markupDate(doc);

  const rawTitle = clean(ld.headline) ?? clean(get('og:title', 'twitter:title', 'title', 'headline')) ?? clean(doc.title);
  const title = rawTitle ? (headlineOf(rawTitle, doc) ?? stripSiteName(rawTitle, siteName, siteOf(url))) : null;

  let byline = clean(ld.author) ?? clean(get('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'));
  if (byline && /^https?:/i.test(byline)) byline = null;

  const html = doc.documentElement;
  let lang =
    clean(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')) ?? clean(get('content-language', 'language', 'dc.language'));
  if (!lang) {
    const locale = get('og:locale');
    if (locale) lang = locale.replace('_', '-');
  }
  if (lang && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) lang = null;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null;

  // getElementsByTagName: attribute selectors over a whole page are slow in jsdom (the Node reader and benchmarks).
  const canonicalLink = Array.from(doc.getElementsByTagName('link')).find((l) =>
    /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''),
  );
  const canonicalHref = canonicalLink?.getAttribute('href') ?? get('og:url');
  let canonical: string | null = null;
  if (canonicalHref) {
    try {
      const u = new URL(canonicalHref, url);
      if (/^https?:$/.test(u.protocol)) canonical = u.href;
    } catch {
      canonical = null;
    }
  }

  const ogType = get('og:type')?.toLowerCase();
  return {
    title,
    siteName,
    byline,
    published,
    lang,
    dir,
    excerpt: clean(get('description', 'og:description', 'twitter:description')) ?? clean(ld.description),
    canonical,
    isArticle:
      ld.isArticle || ogType === 'article' || ogType === 'news' || (!ld.isArticle && !!doc.querySelector('[itemprop="articleBody"]')),
    articleBody: clean(ld.articleBody),
    notFree: !!ld.notFree || notFreeMarkup(doc, meta),
    statedWords: ld.wordCount ?? null,
  };
}
