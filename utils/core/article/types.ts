/**
 * The clean article: what the content script sends back and what every view,
 * the reading list and the command-line reader work from. Plain data only, so
 * it crosses message boundaries and IndexedDB unchanged.
 */
export interface Article {
  /** The page's address (canonical when the page names one). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Publication date from the page's metadata, ISO 8601, or null when the page gives none. */
  published: string | null;
  /** BCP 47 language tag from the page (`<html lang>`), or null. */
  lang: string | null;
  /** Text direction, 'ltr' or 'rtl', when the page says. */
  dir: string | null;
  excerpt: string | null;
  /** Sanitised article HTML: safe to render in an extension page. */
  html: string;
  /** Plain-text body, paragraphs (blocks) separated by blank lines. Fact and summary offsets index this. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** The page marks its content as paid and the body is short: what Sift shows is the site's preview. */
  preview?: boolean;
}

/** What the page tells about an article besides its body. */
export type ArticleMeta = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'published' | 'lang' | 'dir' | 'excerpt' | 'preview'>;

/**
 * An article as the click's content script sends it: cleaned, but its HTML is
 * not sanitised yet. Only finishDraft (utils/core/extract/finish.ts) turns it into
 * an Article; nothing may render `unsafeHtml`.
 */
export interface ArticleDraft extends ArticleMeta {
  unsafeHtml: string;
}

/** Milliseconds per pipeline stage, for the benchmarks and the reader command. */
export type StageTimings = Partial<Record<'parse' | 'clone' | 'readability' | 'clean' | 'sanitize' | 'facts' | 'summary', number>>;

/** Why there is no clean view; each one has its own message in the views. */
export type ExtractFailure =
  { kind: 'not-article'; title: string } | { kind: 'too-large'; bytes: number; elements: number } | { kind: 'empty' };
