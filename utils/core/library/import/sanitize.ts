import { flattenDeepHtml } from '../export/lite-html';
import type { ParsedImport } from './types';

/**
 * Sanitises article HTML, many at a time: DOMPurify with Sift's article rules
 * (extract/sanitize.ts), run where there is a DOM. The import worker has none,
 * so it asks the page for this over a port (platform/workers); Node uses jsdom.
 */
export type SanitizeHtml = (htmls: string[], progress: { done: number; total: number }) => Promise<string[]> | string[];

/** Articles per request: DOMPurify takes ~3 ms for a news article in Chromium, so a batch is a short task (~25 ms) of the page. */
export const SANITIZE_BATCH = 8;

/**
 * Imported HTML is treated like a page's: every article body goes through the
 * same sanitiser as a saved one before it is stored, once its nesting is capped
 * (lite-html.ts flattenDeepHtml). An article whose body sanitises to nothing keeps its text.
 */
export async function sanitizeImport(
  parsed: ParsedImport,
  sanitize: SanitizeHtml,
  /** Whether an article's HTML can be kept (a body the library keeps its own copy of need not be sanitised); all by default. */
  kept: (a: ParsedImport['articles'][number]) => boolean = () => true,
  batch = SANITIZE_BATCH,
): Promise<ParsedImport> {
  const articles = [...parsed.articles];
  const withHtml: number[] = [];
  articles.forEach((a, i) => {
    if (!a.html) return;
    if (kept(a)) withHtml.push(i);
    // Never stored: the local copy's body wins the merge. Dropped rather than kept unsanitised.
    else articles[i] = { ...a, html: '' };
  });
  for (let start = 0; start < withHtml.length; start += batch) {
    const part = withHtml.slice(start, start + batch);
    // Nesting is capped first: the browser's parser, under DOMPurify, slows down with the square of it.
    const clean = await sanitize(
      part.map((i) => flattenDeepHtml(articles[i]!.html)),
      { done: start, total: withHtml.length },
    );
    if (!Array.isArray(clean) || clean.length !== part.length || !clean.every((h) => typeof h === 'string'))
      throw new Error('The articles’ HTML could not be sanitised. Nothing was imported.');
    part.forEach((i, k) => (articles[i] = { ...articles[i]!, html: clean[k]! }));
  }
  return { ...parsed, articles };
}
