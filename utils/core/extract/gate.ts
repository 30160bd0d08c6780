/**
 * "Is there an article here?", asked of what extraction found rather than of
 * the page's shape: a body with enough running text is an article, whatever
 * its markup. Counted in words of any script (measure.ts), over blocks that
 * read like prose: a list of teasers or links, a newsletter box or a cookie
 * notice is not running text.
 */
import { collectBlocks, isHeading, type Block } from './blocks';
import { isChrome, isCta, isSureChrome } from './clean/signals';

/** Fewer words of running text than this, and a click says "not an article" (the reader can still ask to see it). */
export const MIN_RUNNING_WORDS = 50;

/**
 * Words of running text in `blocks`: a block that reads like prose counts all
 * its words (up to 100); an item of a plain list (steps, ingredients, a
 * timeline) half of them, so an article made of lists is one, and a list of
 * links is not. Chrome that is sure never counts. For the gate (`asked:
 * 'gate'`), neither does a short call to action or chrome line (a newsletter
 * box is not an article); for the safety net (`'net'`) it does: the net must
 * see the prose that the cleaning's own signals might take.
 */
export function runningWordsOf(blocks: Iterable<Block>, asked: 'gate' | 'net' = 'gate', cap = Infinity): number {
  let n = 0;
  for (const b of blocks) {
    if (b.tag === 'FIGURE' || b.linkDensity > 0.5 || isHeading(b) || !b.text) continue;
    const w = b.words;
    if (w < 25 && isSureChrome(b)) continue;
    // The gate also leaves out short calls to action and chrome that are not sentences of a dozen words.
    if (asked === 'gate' && w < 25 && (w < 12 || !b.sentence) && (isCta(b) || isChrome(b))) continue;
    if ((w >= 8 && b.sentence) || w >= 25) n += w;
    else if (b.tag === 'LI' && b.linkDensity < 0.3 && w >= 2) n += w / 2;
    if (n >= cap) return n;
  }
  return n;
}

/** Words in the blocks under `root` that read like prose; counting stops at `cap`. */
export function runningWords(root: Element, cap = MIN_RUNNING_WORDS): number {
  return runningWordsOf(collectBlocks(root), 'gate', cap);
}

/** Whether the body under `root` holds enough running text to be read as an article. */
export function isReadable(root: Element): boolean {
  return runningWords(root) >= MIN_RUNNING_WORDS;
}
