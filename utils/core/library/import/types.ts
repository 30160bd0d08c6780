import type { SavedArticle } from '../types';

/** A file that cannot be imported; the message says what is wrong, for the user. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export type ImportFormat = 'sift' | 'pocket-csv' | 'instapaper-csv' | 'raindrop-csv' | 'omnivore' | 'bookmarks';

export interface ParsedImport {
  format: ImportFormat;
  articles: SavedArticle[];
  /** Rows that were skipped (not web addresses), with line numbers. */
  warnings: string[];
}

/** A link from another service: only what it knew. Body, summary and facts stay empty. */
export function linkArticle(
  url: string,
  title: string,
  savedAt: number,
  read: boolean,
  tags: string[],
  excerpt: string | null = null,
): SavedArticle {
  return {
    url,
    title: title.replace(/\s+/g, ' ').trim() || url,
    byline: null,
    siteName: null,
    published: null,
    lang: null,
    dir: null,
    excerpt: excerpt && excerpt.trim() ? excerpt.trim() : null,
    html: '',
    text: '',
    wordCount: 0,
    readingMinutes: 0,
    savedAt,
    updatedAt: savedAt,
    read,
    tags,
    summary: [],
    facts: [],
  };
}

/** The URL, normalised, when it is a web address; null otherwise. */
export function webUrl(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Unix time in seconds, milliseconds or microseconds (all three occur in exports) to ms. */
export function timeToMs(n: number): number {
  if (n > 1e14) return Math.floor(n / 1000);
  if (n > 1e11) return n;
  return n * 1000;
}
