import type { SavedArticle } from './types';

/** What listing needs of an article, kept in memory so search does not re-read 10,000 records. */
export interface Row {
  url: string;
  savedAt: number;
  read: boolean;
  /** Lowercased tags. */
  tags: string[];
  /** Lowercased title, site, byline, url and text: the precomputed search field. */
  q: string;
}

export function isRow(v: unknown): v is Row {
  const r = v as Row | null;
  return (
    !!r &&
    typeof r.url === 'string' &&
    typeof r.savedAt === 'number' &&
    typeof r.read === 'boolean' &&
    Array.isArray(r.tags) &&
    typeof r.q === 'string'
  );
}

export type ReadFilter = 'all' | 'unread' | 'read';

export function toRow(a: SavedArticle): Row {
  return {
    url: a.url,
    savedAt: a.savedAt,
    read: a.read,
    tags: a.tags.map((t) => t.toLowerCase()),
    q: [a.title, a.siteName ?? '', a.byline ?? '', a.url, a.text].join('\n').toLowerCase(),
  };
}

/** Newest first; URL (ascending, as the newest-first index orders ties) breaks ties so paging is stable. */
export function compareRows(a: { savedAt: number; url: string }, b: { savedAt: number; url: string }): number {
  return b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/** Every word of the query must occur (in any order, case-insensitive). */
export function queryTerms(query: string | undefined): string[] {
  return (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function rowMatches(row: Row, terms: string[], filter: ReadFilter, tag: string | undefined): boolean {
  if (filter === 'read' && !row.read) return false;
  if (filter === 'unread' && row.read) return false;
  if (tag && !row.tags.includes(tag.toLowerCase())) return false;
  for (const t of terms) if (!row.q.includes(t)) return false;
  return true;
}
