/**
 * Cleaning around Readability. Before it (pre-clean.ts): drop page chrome that
 * announces itself. After it: named steps drop blocks of the extracted body
 * that read like chrome (calls to action, link lists, teasers, credits,
 * anything after the body's end), using signals that hold across sites
 * (signals.ts). Each step is one file; the order below is part of the rules.
 */
import { notInArticleBody } from './article-body';
import { chromeBlocks, sureChromeBlocks } from './chrome';
import { Cleaning, type CleaningStep, type PostCleanContext } from './cleaning';
import { cleanFigures } from './figures';
import { promoLeads, promoRuns } from './promos';
import { pruneEmpty } from './prune';
import { linkLists, teaserHeadings, truncatedTeasers } from './teasers';
import { trimHead, trimTail } from './trims';

export { preClean, type PreCleanResult } from './pre-clean';
export { isCreditText } from './signals';
export type { PostCleanContext } from './cleaning';
export { Cleaning } from './cleaning';

/**
 * Promo boxes first, while all their lines are still there to be counted;
 * then teasers and chrome anywhere; the ends of the body last, once what
 * stood between them and the story is gone.
 */
export const POST_CLEAN_STEPS: readonly CleaningStep[] = [
  promoLeads,
  promoRuns,
  teaserHeadings,
  linkLists,
  chromeBlocks,
  truncatedTeasers,
  notInArticleBody,
  trimTail,
  trimHead,
];

/**
 * After Readability: runs every step on its extracted body (`root`). The
 * blocks the steps remove are only marked: `commitCleaning` takes them out,
 * unless the safety net keeps Readability's body instead.
 */
export function postClean(root: Element, ctx: PostCleanContext): Cleaning {
  cleanFigures(root, ctx.onRemove);
  const c = new Cleaning(root, ctx);
  for (const step of POST_CLEAN_STEPS) {
    step.run(c);
    c.refresh();
  }
  return c;
}

/** Takes the cleaning's removed blocks out of its body and prunes what they leave empty. */
export function commitCleaning(c: Cleaning): void {
  c.commit();
  pruneEmpty(c.root);
}

/** The safety net's cleaning of Readability's own body: figure credits, the reader's removed blocks, sure chrome. */
export function lightClean(root: Element, ctx: PostCleanContext): Cleaning {
  cleanFigures(root, ctx.onRemove);
  const c = new Cleaning(root, ctx);
  sureChromeBlocks.run(c);
  c.refresh();
  commitCleaning(c);
  return c;
}
