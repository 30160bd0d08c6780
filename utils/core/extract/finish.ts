/**
 * The last step of extraction: sanitise the cleaned body, then take its plain
 * text and counts from what is left. It runs where there is a DOM to sanitise
 * with: in the extension page for a click (on the ArticleDraft the page sent),
 * in the page for a save from the background (a service worker has no DOM),
 * and in Node for the reader command.
 */
import type { Article, ArticleDraft, ArticleMeta, StageTimings } from '../article/types';
import { sanitizeToBody } from './sanitize';
import { countWords, htmlBlocksText, readingMinutes } from './text';
// Not from draft.ts: that would bring Readability into the views, which only finish.
import { now } from './clock';

/** The Article for a cleaned body (an element, or the HTML of one), or null when nothing readable survives sanitising. */
export function finishArticle(
  meta: ArticleMeta,
  content: Element | string,
  window: Window & typeof globalThis,
  timings: StageTimings = {},
): Article | null {
  const t = now();
  const body = sanitizeToBody(content, window);
  const text = htmlBlocksText(body);
  const html = body.innerHTML;
  timings.sanitize = (timings.sanitize ?? 0) + (now() - t);
  if (!text) return null;
  const wordCount = countWords(text);
  return { ...meta, html, text, wordCount, readingMinutes: readingMinutes(wordCount) };
}

/** finishArticle for what the click's content script sent. */
export function finishDraft(draft: ArticleDraft, window: Window & typeof globalThis, timings?: StageTimings): Article | null {
  const { unsafeHtml, ...meta } = draft;
  return finishArticle(meta, unsafeHtml, window, timings);
}
