import type { CasualtyKind, Count, Fact, FactType, Magnitude, Qualifier } from '../facts/types';
import { cleanLine, cleanNullable, cutGraphemes, isLibraryTime, normalizeTags, TIME_MAX, wellFormed } from './normalize';
import type { SavedArticle } from './types';

export type CheckResult = { ok: true; value: SavedArticle } | { ok: false; reason: string };

const NULLABLE_STRINGS = ['byline', 'siteName', 'published', 'lang', 'dir', 'excerpt'] as const;
const LAST_YEAR = new Date(TIME_MAX).getUTCFullYear();

/**
 * Check an untrusted value (an IndexedDB record, an import) and rebuild it as a
 * SavedArticle with exactly the known fields, in the library's form (normalize.ts).
 * Missing optional fields get defaults; a field of the wrong type, or a time
 * outside 1970–2099 (which no date formatter can show), makes the record invalid,
 * with the reason: the list then shows it as damaged instead of failing on it.
 */
export function checkArticle(v: unknown): CheckResult {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return bad('it is not an object');
  const r = v as Record<string, unknown>;
  if (typeof r.url !== 'string' || !r.url.trim()) return bad('it has no url');
  if (r.title !== undefined && typeof r.title !== 'string') return bad('its title is not text');
  if (!isLibraryTime(r.savedAt)) return bad(`it has no valid savedAt time (a time between 1970 and ${LAST_YEAR - 1})`);
  if (r.updatedAt !== undefined && !isLibraryTime(r.updatedAt)) return bad(`its updatedAt is not a time between 1970 and ${LAST_YEAR - 1}`);
  for (const k of NULLABLE_STRINGS) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') return bad(`its ${k} is not text`);
  }
  for (const k of ['html', 'text'] as const) {
    if (r[k] !== undefined && typeof r[k] !== 'string') return bad(`its ${k} is not text`);
  }
  for (const k of ['wordCount', 'readingMinutes'] as const) {
    if (r[k] !== undefined && (typeof r[k] !== 'number' || !Number.isFinite(r[k]) || r[k] < 0)) return bad(`its ${k} is not a count`);
  }
  if (r.read !== undefined && typeof r.read !== 'boolean') return bad('its read flag is not true/false');
  if (!isStringArray(r.tags)) return bad('its tags are not a list of text');
  if (!isStringArray(r.summary)) return bad('its summary is not a list of sentences');
  if (r.facts !== undefined && (!Array.isArray(r.facts) || !r.facts.every(isFactShape))) return bad('its facts are malformed');
  const savedAt = r.savedAt;
  const str = (k: (typeof NULLABLE_STRINGS)[number]) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  return {
    ok: true,
    value: {
      url: r.url,
      title: cleanLine((r.title as string | undefined) ?? ''),
      byline: cleanNullable(str('byline')),
      siteName: cleanNullable(str('siteName')),
      published: str('published'),
      lang: str('lang'),
      dir: str('dir'),
      excerpt: cleanNullable(str('excerpt')),
      html: (r.html as string | undefined) ?? '',
      text: (r.text as string | undefined) ?? '',
      wordCount: (r.wordCount as number | undefined) ?? 0,
      readingMinutes: (r.readingMinutes as number | undefined) ?? 0,
      savedAt,
      updatedAt: (r.updatedAt as number | undefined) ?? savedAt,
      read: (r.read as boolean | undefined) ?? false,
      tags: normalizeTags((r.tags as string[] | undefined) ?? []),
      summary: [...((r.summary as string[] | undefined) ?? [])],
      facts: ((r.facts as Fact[] | undefined) ?? []).map(copyFact),
    },
  };
}

/** How long each field of an imported article may be; longer ones are cut (text fields) or refused (the body). */
export const IMPORT_LIMITS = {
  url: 8192,
  title: 2000,
  byline: 500,
  siteName: 300,
  excerpt: 5000,
  /** Characters of HTML and of text: a news article is ~50 KB; a book is ~1 MB. */
  html: 5_000_000,
  text: 2_000_000,
  summarySentences: 20,
  sentence: 5000,
  facts: 500,
  words: 10_000_000,
} as const;

/**
 * An imported article as the library may keep it: everything checkArticle checks,
 * and the rest range-checked as well (a web address, text fields of sane length,
 * a published date that is a date, a language tag, facts that point into the
 * text). Fields that are merely out of range are repaired (cut, dropped); the
 * record is refused only when it cannot be kept as it is (no web address, a bad
 * time, an oversized body). The HTML is sanitised afterwards, where a DOM is (see
 * import/sanitize.ts).
 */
export function checkImported(v: unknown): CheckResult {
  const c = checkArticle(v);
  if (!c.ok) return c;
  const a = c.value;
  const url = webAddress(a.url);
  if (!url) return bad(`its url "${cutGraphemes(cleanLine(a.url), 80)}" is not a web address`);
  if (url.length > IMPORT_LIMITS.url) return bad('its url is too long');
  if (a.html.length > IMPORT_LIMITS.html) return bad(`its HTML is larger than ${IMPORT_LIMITS.html.toLocaleString('en')} characters`);
  if (a.text.length > IMPORT_LIMITS.text) return bad(`its text is larger than ${IMPORT_LIMITS.text.toLocaleString('en')} characters`);
  const text = wellFormed(a.text);
  const count = (n: number) => (Number.isInteger(n) && n <= IMPORT_LIMITS.words ? n : 0);
  const cut = (s: string | null, max: number) => (s === null ? null : cutGraphemes(s, max).trim() || null);
  return {
    ok: true,
    value: {
      ...a,
      url,
      title: cutGraphemes(a.title, IMPORT_LIMITS.title).trim(),
      byline: cut(a.byline, IMPORT_LIMITS.byline),
      siteName: cut(a.siteName, IMPORT_LIMITS.siteName),
      excerpt: cut(a.excerpt, IMPORT_LIMITS.excerpt),
      published: isoDate(a.published),
      lang: a.lang && LANG.test(a.lang) ? a.lang : null,
      dir: a.dir === 'ltr' || a.dir === 'rtl' || a.dir === 'auto' ? a.dir : null,
      html: wellFormed(a.html),
      text,
      wordCount: count(a.wordCount),
      readingMinutes: count(a.readingMinutes),
      summary: a.summary
        .slice(0, IMPORT_LIMITS.summarySentences)
        .map((s) => cutGraphemes(wellFormed(s), IMPORT_LIMITS.sentence))
        .filter((s) => s.trim()),
      facts: a.facts.filter((f) => isFact(f, text)).slice(0, IMPORT_LIMITS.facts),
    },
  };
}

/** The address, normalised, when it is a web (http or https) address; null otherwise (javascript:, data:, file:...). */
export function webAddress(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 date (or date and time) of a real day between year 1000 and 2099, else null. */
export function isoDate(s: string | null): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = ISO_DATE.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || y >= LAST_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return t;
}

function bad(reason: string): CheckResult {
  return { ok: false, reason };
}

function isStringArray(v: unknown): boolean {
  if (v === undefined) return true;
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isFactShape(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.type === 'string' &&
    typeof f.quote === 'string' &&
    typeof f.start === 'number' &&
    Number.isFinite(f.start) &&
    typeof f.end === 'number' &&
    Number.isFinite(f.end)
  );
}

/** A fact with exactly the known fields (an import may carry others). */
function copyFact(f: Fact): Fact {
  const out: Fact = { type: f.type, quote: f.quote, start: f.start, end: f.end };
  if (f.value !== undefined) out.value = f.value;
  if (f.kind !== undefined) out.kind = f.kind;
  if (f.count !== undefined && f.count !== null && typeof f.count === 'object') {
    const c: Count = {};
    if (f.count.value !== undefined) c.value = f.count.value;
    if (f.count.magnitude !== undefined) c.magnitude = f.count.magnitude;
    if (f.count.qualifier !== undefined) c.qualifier = f.count.qualifier;
    out.count = c;
  } else if (f.count !== undefined) out.count = f.count;
  if (f.actor !== undefined) out.actor = f.actor;
  return out;
}

const FACT_TYPES: readonly FactType[] = ['date', 'casualties', 'troops'];
const KINDS: readonly CasualtyKind[] = ['killed', 'injured', 'arrested', 'missing', 'displaced'];
const QUALIFIERS: readonly Qualifier[] = ['about', 'at least', 'up to'];
const MAGNITUDES: readonly Magnitude[] = [
  'several',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'tens of thousands',
  'hundreds of thousands',
  'millions',
];
const FACT_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function isCount(c: unknown): c is Count {
  if (!c || typeof c !== 'object') return false;
  const k = c as Record<string, unknown>;
  if (k.value !== undefined && (typeof k.value !== 'number' || !Number.isFinite(k.value) || k.value < 0 || k.value > 1e10)) return false;
  if (k.magnitude !== undefined && !MAGNITUDES.includes(k.magnitude as Magnitude)) return false;
  if (k.qualifier !== undefined && !QUALIFIERS.includes(k.qualifier as Qualifier)) return false;
  return k.value !== undefined || k.magnitude !== undefined;
}

/** A fact Sift could have found in `text`: a known type and kind, and offsets that point at its quote. */
function isFact(f: Fact, text: string): boolean {
  if (!FACT_TYPES.includes(f.type)) return false;
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start || f.end > text.length) return false;
  if (text.slice(f.start, f.end) !== f.quote) return false;
  if (f.value !== undefined && (typeof f.value !== 'string' || !FACT_VALUE.test(f.value))) return false;
  if (f.kind !== undefined && !KINDS.includes(f.kind)) return false;
  if (f.count !== undefined && !isCount(f.count)) return false;
  if (f.actor !== undefined && (typeof f.actor !== 'string' || f.actor.length > 200)) return false;
  return f.type !== 'casualties' || (f.kind !== undefined && f.count !== undefined);
}
