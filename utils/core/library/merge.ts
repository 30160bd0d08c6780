import { normalizeTags } from './normalize';
import type { SavedArticle } from './types';

/**
 * Two times are the same when they fall in the same second: bookmarks and the
 * CSV formats keep whole seconds, so Sift's own export read back must not count
 * as an earlier save (nor change the local time, which knows the milliseconds).
 */
function sameSecond(a: number, b: number): boolean {
  return Math.floor(a / 1000) === Math.floor(b / 1000);
}

/**
 * Merge an incoming copy of an article (an import, or a second save) into the local one.
 * Nothing local is lost: the body, summary and facts come from whichever copy has more
 * text (the local one on a tie), tags are the union, the first savedAt wins (a time in
 * the same second as the local one is the local one), and an article read in either
 * copy stays read.
 */
export function mergeArticle(local: SavedArticle, incoming: SavedArticle): SavedArticle {
  const richer = incoming.text.length > local.text.length ? incoming : local;
  const other = richer === local ? incoming : local;
  const pick = <T>(a: T | null, b: T | null): T | null => (a === null || a === '' ? b : a);
  return {
    ...richer,
    title: richer.title || other.title,
    byline: pick(richer.byline, other.byline),
    siteName: pick(richer.siteName, other.siteName),
    published: pick(richer.published, other.published),
    lang: pick(richer.lang, other.lang),
    dir: pick(richer.dir, other.dir),
    excerpt: pick(richer.excerpt, other.excerpt),
    summary: richer.summary.length ? richer.summary : other.summary,
    facts: richer.facts.length ? richer.facts : other.facts,
    savedAt: sameSecond(local.savedAt, incoming.savedAt) ? local.savedAt : Math.min(local.savedAt, incoming.savedAt),
    updatedAt: sameSecond(local.updatedAt, incoming.updatedAt) ? local.updatedAt : Math.max(local.updatedAt, incoming.updatedAt),
    read: local.read || incoming.read,
    tags: normalizeTags([...local.tags, ...incoming.tags]),
  };
}

/** Deep equality of plain data (what a SavedArticle holds), whatever the order of keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData(ra[k], rb[k]));
}
