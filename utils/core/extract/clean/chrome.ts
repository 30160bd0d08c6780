/** Blocks that are page chrome wherever they stand, and the blocks the reader removed on this site before. */
import { blockFingerprint } from '../fingerprint';
import type { Cleaning, CleaningStep } from './cleaning';
import { chromeReason, isSureChrome } from './signals';

export const chromeBlocks: CleaningStep = {
  name: 'chrome',
  run(c: Cleaning) {
    const forget = c.page.removedBlocks?.length ? new Set(c.page.removedBlocks) : null;
    for (const b of c.blocks) {
      if (forget && b.text && forget.has(blockFingerprint(b.text))) c.remove(b, 'user');
      else {
        const why = chromeReason(b);
        if (why) c.remove(b, `chrome:${why}`);
      }
    }
  },
};

/** The safety net's cleaning: the blocks the reader removed on this site, and chrome that is chrome wherever it stands. */
export const sureChromeBlocks: CleaningStep = {
  name: 'sure-chrome',
  run(c: Cleaning) {
    const forget = c.page.removedBlocks?.length ? new Set(c.page.removedBlocks) : null;
    for (const b of c.blocks) {
      if (forget && b.text && forget.has(blockFingerprint(b.text))) c.remove(b, 'user');
      else if (isSureChrome(b)) c.remove(b, 'sure-chrome');
    }
  },
};
