/**
 * Article extraction: metadata, Readability, cleaning before and after it,
 * images and links (draft.ts), then sanitising and plain text (finish.ts).
 * Pure: it takes a Document (which it mutates: callers pass a clone) and a
 * window for DOMPurify.
 */
import type { Article, ExtractFailure, StageTimings } from '../article/types';
import { extractDraft, type ExtractOptions as DraftOptions } from './draft';
import { finishArticle } from './finish';

export { blockFingerprint } from './fingerprint';
export { sanitizeArticleHtml } from './sanitize';
export { htmlBlocksText } from './text';

export interface ExtractOptions extends DraftOptions {
  /** A window for DOMPurify (content script: window; Node: the jsdom window). A cloned document has no defaultView. */
  window: Window & typeof globalThis;
}

export type ExtractResult =
  { ok: true; article: Article; timings: StageTimings } | { ok: false; failure: ExtractFailure; timings: StageTimings };

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const draft = extractDraft(doc, options);
  if (!draft.ok) return draft;
  const { timings } = draft;
  const article = finishArticle(draft.meta, draft.content, options.window, timings);
  return article ? { ok: true, article, timings } : { ok: false, failure: { kind: 'empty' }, timings };
}
