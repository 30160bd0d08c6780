/**
 * The first step of building a saved article, for every way of saving (the Save
 * button, the shortcut, the context menu): the article's body as the reader sees
 * it, with the blocks they removed on this site left out, and its text and counts
 * taken from that body. It needs a DOM, so it runs where one is: in the view for
 * the Save button, in the page for a save from the background. The second step,
 * anywhere, is saved-article.ts.
 */
import type { Article } from '../article/types';
import { blockFingerprint } from '../extract/fingerprint';
import { sanitizeToBody } from '../extract/sanitize';
import { countWords, htmlBlocksText, readingMinutes } from '../extract/text';
import { dropBlocks } from '../view/blocks';

/** The article without the removed blocks (null when nothing readable is left). Same input, same output, wherever it runs. */
export function withoutRemovedBlocks(
  article: Article,
  removedBlocks: readonly string[],
  window: Window & typeof globalThis,
): Article | null {
  // Sanitised again, as every view does before it renders: the same rules, so the same body.
  const body = sanitizeToBody(article.html, window);
  dropBlocks(body, removedBlocks, blockFingerprint);
  const text = htmlBlocksText(body);
  if (!text) return null;
  const wordCount = countWords(text);
  return { ...article, html: body.innerHTML, text, wordCount, readingMinutes: readingMinutes(wordCount) };
}
