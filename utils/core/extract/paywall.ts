/**
 * A paywall teaser is not a complete article. When the page marks its content
 * as not free (schema.org isAccessibleForFree false, a locked content tier,
 * a paywall element) and the body Sift found is short, or much shorter than
 * the length the page states, what the view shows is the site's preview.
 */
import { runningWords } from './gate';

/** A body shorter than this (in words of running text) behind a paywall mark is a preview. */
const PREVIEW_WORDS = 300;

export function isPreview(page: { notFree: boolean; statedWords: number | null }, body: Element, paywallMarked = false): boolean {
  if (!page.notFree && !paywallMarked) return false;
  const stated = page.statedWords && page.statedWords > PREVIEW_WORDS / 2 ? page.statedWords : null;
  const words = runningWords(body, stated ? Infinity : PREVIEW_WORDS);
  return stated ? words < stated * 0.6 : words < PREVIEW_WORDS;
}
