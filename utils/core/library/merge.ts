import { normalizeTags, type SavedArticle } from './types';

/**
 * Merge an incoming copy of an article (an import, or a second save) into the local one.
 * Nothing local is lost: the body, summary and facts come from whichever copy has more
 * text (the local one on a tie), tags are the union, the first savedAt wins, and an article
 * read in either copy stays read.
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
    savedAt: Math.min(local.savedAt, incoming.savedAt),
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
    read: local.read || incoming.read,
    tags: normalizeTags([...local.tags, ...incoming.tags]),
  };
}
