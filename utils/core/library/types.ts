import type { Article } from '../article/types';
import type { Fact } from '../facts/types';
import { cleanLine, cleanNullable, normalizeTags } from './normalize';

/** An article in the reading list: the clean article plus what Sift knows about it. */
export interface SavedArticle extends Article {
  /** When it was first saved (ms since the epoch). Saving again keeps this. */
  savedAt: number;
  /** When the entry last changed (ms). */
  updatedAt: number;
  read: boolean;
  tags: string[];
  /** Summary sentences, in order. */
  summary: string[];
  facts: Fact[];
}

export interface ToSavedOptions {
  summary?: string[];
  facts?: Fact[];
  tags?: string[];
  /** ms since the epoch; defaults to Date.now(). */
  now?: number;
}

/** Build a reading-list entry from a freshly extracted article, in the library's form (normalize.ts). */
export function toSavedArticle(article: Article, opts: ToSavedOptions = {}): SavedArticle {
  const now = opts.now ?? Date.now();
  return {
    url: article.url,
    title: cleanLine(article.title),
    byline: cleanNullable(article.byline),
    siteName: cleanNullable(article.siteName),
    published: article.published,
    lang: article.lang,
    dir: article.dir,
    excerpt: cleanNullable(article.excerpt),
    html: article.html,
    text: article.text,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt: now,
    updatedAt: now,
    read: false,
    tags: normalizeTags(opts.tags ?? []),
    summary: opts.summary ? [...opts.summary] : [],
    facts: opts.facts ? opts.facts.map((f) => ({ ...f, ...(f.count && { count: { ...f.count } }) })) : [],
  };
}

export { normalizeTags };

export type LibraryErrorCode = 'quota' | 'write' | 'read' | 'corrupt' | 'not-found' | 'blocked' | 'unsupported';

const MESSAGES: Record<LibraryErrorCode, string> = {
  quota: 'There is no room left to save articles. Delete or export some articles, then try again. Nothing already saved was lost.',
  write: 'The reading list could not be saved. Nothing already saved was lost; please try again.',
  read: 'The reading list could not be read. Please reload the page.',
  corrupt: 'A saved article is damaged and was skipped.',
  'not-found': 'That article is not in the reading list.',
  blocked: 'The reading list is open in an older Sift page. Close other Sift tabs and try again.',
  unsupported: 'This browser cannot store the reading list (IndexedDB is unavailable, e.g. in private windows).',
};

/** A storage failure with a code for the program and a message for the user. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  override readonly cause?: unknown;
  constructor(code: LibraryErrorCode, message?: string, cause?: unknown) {
    super(message ?? MESSAGES[code]);
    this.name = 'LibraryError';
    this.code = code;
    this.cause = cause;
  }
}

/** Map whatever IndexedDB threw to a LibraryError. */
export function toLibraryError(err: unknown, fallback: LibraryErrorCode = 'write'): LibraryError {
  if (err instanceof LibraryError) return err;
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new LibraryError('quota', undefined, err);
  if (name === 'DataCloneError' || name === 'DataError')
    return new LibraryError('corrupt', 'The article could not be stored: it holds data that cannot be saved.', err);
  return new LibraryError(fallback, undefined, err);
}
