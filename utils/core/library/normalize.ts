/**
 * The one form every field of a reading-list entry takes, whichever way it came
 * in (a save, an import, a record read back from storage): so the list shows,
 * filters and exports exactly what is stored, and an export read back compares
 * equal to what it came from.
 */

/** Times Sift keeps (savedAt, updatedAt): from 1970 up to, not including, 2100. Outside it a record is damaged. */
export const TIME_MIN = 0;
export const TIME_MAX = Date.UTC(2100, 0, 1);

export function isLibraryTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isFinite(t) && t >= TIME_MIN && t < TIME_MAX;
}

/** At most this many tags, each at most this many characters. */
export const MAX_TAGS = 100;
export const MAX_TAG_LENGTH = 100;

// C0 and C1 control characters (tab and line breaks among them: one-line fields hold none).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// A surrogate without its pair is not a character: UTF-8 (every file format) cannot carry it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type WellFormed = { isWellFormed?(): boolean; toWellFormed?(): string };

/** Text that can be written as UTF-8: lone surrogates become U+FFFD (natively where the engine can: it runs on every body). */
export function wellFormed(s: string): string {
  const w = s as unknown as WellFormed;
  if (w.isWellFormed && w.toWellFormed) return w.isWellFormed() ? s : w.toWellFormed();
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/** A one-line field (title, byline, site, excerpt): no control characters, runs of white space as one space, trimmed. */
export function cleanLine(s: string): string {
  return wellFormed(s).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** One line, and null when nothing is left. */
export function cleanNullable(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return cleanLine(s) || null;
}

/** Cut `s` to at most `max` UTF-16 units without splitting a character or a grapheme (an accent, an emoji sequence). */
export function cutGraphemes(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const { segment } of graphemes().segment(s)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

let segmenter: Intl.Segmenter | null = null;
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  return segmenter;
}

/**
 * Tags are kept in one form, shown and filtered alike: NFC, lower case, runs of
 * white space as one space, no control characters, no leading '#'. Commas and
 * vertical bars separate tags (the bookmarks and Pocket formats use them so),
 * so a tag never holds one and every format carries every tag unchanged.
 */
export function normalizeTag(raw: string): string {
  const t = cleanLine(String(raw).normalize('NFC'))
    .toLowerCase()
    .replace(/^#+\s*/, '');
  return cutGraphemes(t, MAX_TAG_LENGTH).trim();
}

/** Split on commas and bars, normalise, drop empties and repeats (first one kept, in order), at most MAX_TAGS. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    for (const part of String(raw).split(/[,|]/)) {
      const t = normalizeTag(part);
      if (!t || seen.has(t)) continue;
      seen.add(t);
      out.push(t);
      if (out.length === MAX_TAGS) return out;
    }
  }
  return out;
}

/** What a reader types in a tag field: "Europe, energy policy" is two tags. */
export function parseTagInput(input: string): string[] {
  return normalizeTags([input]);
}

/** A saved entry's address as a key: the fragment (#section) names a place in the page, not another article. */
export function keyOfUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
