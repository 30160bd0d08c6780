import type { Fact } from '../facts/types';
import type { SavedArticle } from './types';

export type CheckResult = { ok: true; value: SavedArticle } | { ok: false; reason: string };

const NULLABLE_STRINGS = ['byline', 'siteName', 'published', 'lang', 'dir', 'excerpt'] as const;

/**
 * Check an untrusted value (an IndexedDB record, a JSON import) and rebuild it as a
 * SavedArticle with exactly the known fields. Missing optional fields get defaults;
 * a field of the wrong type makes the record invalid, with the reason.
 */
export function checkArticle(v: unknown): CheckResult {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return bad('it is not an object');
  const r = v as Record<string, unknown>;
  if (typeof r.url !== 'string' || !r.url.trim()) return bad('it has no url');
  if (r.title !== undefined && typeof r.title !== 'string') return bad('its title is not text');
  if (typeof r.savedAt !== 'number' || !Number.isFinite(r.savedAt)) return bad('it has no valid savedAt time');
  if (r.updatedAt !== undefined && (typeof r.updatedAt !== 'number' || !Number.isFinite(r.updatedAt)))
    return bad('its updatedAt is not a time');
  for (const k of NULLABLE_STRINGS) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') return bad(`its ${k} is not text`);
  }
  for (const k of ['html', 'text'] as const) {
    if (r[k] !== undefined && typeof r[k] !== 'string') return bad(`its ${k} is not text`);
  }
  for (const k of ['wordCount', 'readingMinutes'] as const) {
    if (r[k] !== undefined && (typeof r[k] !== 'number' || !Number.isFinite(r[k]))) return bad(`its ${k} is not a number`);
  }
  if (r.read !== undefined && typeof r.read !== 'boolean') return bad('its read flag is not true/false');
  if (!isStringArray(r.tags, true)) return bad('its tags are not a list of text');
  if (!isStringArray(r.summary, true)) return bad('its summary is not a list of sentences');
  if (r.facts !== undefined && (!Array.isArray(r.facts) || !r.facts.every(isFact))) return bad('its facts are malformed');
  const savedAt = r.savedAt;
  const nul = (k: (typeof NULLABLE_STRINGS)[number]) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  return {
    ok: true,
    value: {
      url: r.url,
      title: (r.title as string | undefined) ?? '',
      byline: nul('byline'),
      siteName: nul('siteName'),
      published: nul('published'),
      lang: nul('lang'),
      dir: nul('dir'),
      excerpt: nul('excerpt'),
      html: (r.html as string | undefined) ?? '',
      text: (r.text as string | undefined) ?? '',
      wordCount: (r.wordCount as number | undefined) ?? 0,
      readingMinutes: (r.readingMinutes as number | undefined) ?? 0,
      savedAt,
      updatedAt: (r.updatedAt as number | undefined) ?? savedAt,
      read: (r.read as boolean | undefined) ?? false,
      tags: [...((r.tags as string[] | undefined) ?? [])],
      summary: [...((r.summary as string[] | undefined) ?? [])],
      facts: ((r.facts as Fact[] | undefined) ?? []).map((f) => ({ ...f })),
    },
  };
}

function bad(reason: string): CheckResult {
  return { ok: false, reason };
}

function isStringArray(v: unknown, optional: boolean): boolean {
  if (v === undefined) return optional;
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isFact(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return typeof f.type === 'string' && typeof f.quote === 'string' && typeof f.start === 'number' && typeof f.end === 'number';
}
