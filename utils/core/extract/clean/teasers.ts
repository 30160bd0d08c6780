/** Other articles advertised inside the body: linked headlines with teasers, truncated excerpts, lists of links. */
import { isHeading, type Block } from '../blocks';
import type { Cleaning, CleaningStep } from './cleaning';
import { isChrome, isTeaserHeading } from './signals';

/** Repeated headline-plus-teaser shapes: a linked heading followed by one short paragraph. */
export const teaserHeadings: CleaningStep = {
  name: 'teaser-heading',
  run(c: Cleaning) {
    const blocks = c.blocks;
    const linked = blocks.filter((b) => isTeaserHeading(b, c.page.host ?? null));
    for (const h of linked) {
      const k = blocks.indexOf(h);
      c.remove(h, 'teaser-heading');
      const next = blocks[k + 1];
      const after = blocks[k + 2];
      if (linked.length >= 2 && next && !isHeading(next) && next.size < 400 && !c.isRemoved(next) && (!after || isHeading(after))) {
        c.remove(next, 'teaser-text');
      }
    }
  },
};

/** Lists whose every item is a link: related-story and "more" lists. */
export const linkLists: CleaningStep = {
  name: 'link-list',
  run(c: Cleaning) {
    const lists = new Map<Element, Block[]>();
    for (const b of c.blocks) {
      if (b.tag !== 'LI' || c.isRemoved(b)) continue;
      const list = b.el.parentElement;
      if (!list || !/^(?:UL|OL)$/.test(list.tagName)) continue;
      const items = lists.get(list);
      if (items) items.push(b);
      else lists.set(list, [b]);
    }
    for (const [, items] of lists) {
      if (items.length >= 2 && items.every((b) => b.linkDensity > 0.8 && b.size < 200)) {
        for (const b of items) c.remove(b, 'link-list');
      }
    }
  },
};

const TRUNCATED = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;

/**
 * Excerpts cut off with an ellipsis, each followed by page chrome (a share bar,
 * a "read more" link) or a heading: a listing of other articles' teasers.
 */
export const truncatedTeasers: CleaningStep = {
  name: 'truncated-teaser',
  run(c: Cleaning) {
    const all = c.all;
    const cut: Block[] = [];
    const textAt = (i: number) => !!all[i]?.text;
    const chromeAt = (i: number) => {
      const b = all[i];
      return !b || c.isRemoved(b) || isChrome(b);
    };
    all.forEach((b, k) => {
      if (c.isRemoved(b) || !TRUNCATED.test(b.text) || b.text.length < 40) return;
      // Nearest text blocks around it (image-only blocks skipped).
      let n = k + 1;
      while (n < all.length && !textAt(n)) n++;
      let p = k - 1;
      while (p >= 0 && !textAt(p)) p--;
      if (chromeAt(n) || (p >= 0 && chromeAt(p))) cut.push(b);
    });
    if (cut.length >= 2) for (const b of cut) c.remove(b, 'truncated-teaser');
  },
};
