/**
 * Netscape bookmark files (browsers, Raindrop, Karakeep, Pinboard, Sift) and Pocket's
 * older ril_export.html, which lists links under "Unread" and "Read Archive" headings.
 * A small tag scanner rather than a DOM, so it runs the same in Node and the browser,
 * in one pass (line numbers are counted as it goes: 10,000 links take milliseconds).
 *
 * Read: a link's TOREAD says it (1 unread, anything else read; Sift writes 0 for read
 * ones). In a file that uses TOREAD, a link without it is read (Pinboard's convention).
 * Pocket's "Read Archive" section is read. Anything else is unread.
 * Times: ADD_DATE or TIME_ADDED (Pocket's name) is when it was saved, LAST_MODIFIED when
 * it last changed; a time that is not one between 1970 and 2099 is replaced by the
 * import's, with a warning. The <DD> after a link is its description (Sift's excerpt).
 */
import { normalizeTags } from '../normalize';
import { message } from '../../i18n/messages';
import { ImportError, LAST_YEAR, linkArticle, shown, unixTime, webUrl, type ParsedImport } from './types';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

export function looksLikeBookmarks(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return head.includes('<!doctype netscape-bookmark-file-1>') || (/<html|<!doctype html/.test(head) && /<a\s[^>]*href\s*=/i.test(text));
}

interface OpenLink {
  attrs: Map<string, string>;
  title: string;
  line: number;
}

/** Tags that end a <DD> description. */
const ENDS_DD = new Set(['dt', 'dd', 'dl', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'p']);

export function parseBookmarks(text: string, now: number): ParsedImport {
  const out: ParsedImport = { format: 'bookmarks', articles: [], warnings: [] };
  const usesToRead = /\btoread\s*=/i.test(text);
  let section = '';
  let inHeading = false;
  let link: OpenLink | null = null;
  // The article whose <DD> is being read, and that text.
  let described: { index: number; text: string } | null = null;
  // The article the last link made (-1 when it was skipped): a <DD> describes that one only.
  let lastLink = -1;
  // Line numbers, counted once over the text as the scan moves on.
  let line = 1;
  let counted = 0;
  const lineAt = (idx: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < idx; i = text.indexOf('\n', i + 1)) line++;
    counted = idx;
    return line;
  };
  const endDescription = () => {
    if (!described) return;
    const excerpt = decodeEntities(described.text).replace(/\s+/g, ' ').trim();
    const a = out.articles[described.index];
    if (a && excerpt) a.excerpt = excerpt;
    described = null;
  };
  const time = (
    attrs: Map<string, string>,
    names: string[],
    lineNo: number,
    what: 'importLineBadTimeNow' | 'importLineBadTimeDropped',
  ): number | null => {
    for (const name of names) {
      const raw = attrs.get(name);
      if (raw === undefined || !raw.trim()) continue;
      const t = unixTime(raw);
      if (t !== null) return t;
      out.warnings.push(message(what, String(lineNo), name.toUpperCase(), shown(raw), String(LAST_YEAR)));
      return null;
    }
    return null;
  };

  for (const m of text.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      if (link) link.title += m[4];
      else if (described) described.text += m[4];
      else if (inHeading) section += m[4];
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (described && ENDS_DD.has(tag)) endDescription();
    if (/^h[1-6]$/.test(tag)) {
      inHeading = !closing;
      if (!closing) section = '';
    } else if (tag === 'dd' && !closing) {
      if (lastLink >= 0 && !link) described = { index: lastLink, text: '' };
      lastLink = -1;
    } else if (tag === 'a' && !closing) {
      link = { attrs: attributes(m[3]!), title: '', line: lineAt(m.index!) };
    } else if (tag === 'a' && closing && link) {
      const { attrs, line: lineNo } = link;
      const title = decodeEntities(link.title);
      link = null;
      lastLink = -1;
      const href = attrs.get('href') ?? '';
      const url = webUrl(href);
      if (!url) {
        // Browser exports hold javascript: bookmarklets and place: queries; they are not articles.
        out.warnings.push(message('importLineSkipped', String(lineNo), shown(href)));
        continue;
      }
      const savedAt = time(attrs, ['add_date', 'time_added'], lineNo, 'importLineBadTimeNow') ?? now;
      const changed = time(attrs, ['last_modified'], lineNo, 'importLineBadTimeDropped');
      const tags = normalizeTags([attrs.get('tags') ?? '']);
      const toRead = attrs.get('toread');
      const sec = decodeEntities(section).trim().toLowerCase();
      const read = toRead !== undefined ? toRead.trim() !== '1' : usesToRead ? true : sec === 'read archive' || sec === 'archive';
      const a = linkArticle(url, title, savedAt, read, tags);
      if (changed !== null && changed > savedAt) a.updatedAt = changed;
      lastLink = out.articles.push(a) - 1;
    }
  }
  endDescription();
  if (!out.articles.length && !out.warnings.length) throw new ImportError('The bookmarks file holds no links.');
  return out;
}
