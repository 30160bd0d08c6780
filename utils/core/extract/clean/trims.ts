/** The ends of the body: what stands before its first paragraph and after its last one is rarely the story. */
import { isHeading } from '../blocks';
import { normalizeBlockText } from '../fingerprint';
import type { Cleaning, CleaningStep } from './cleaning';
import { isChrome, isCta, isProse } from './signals';
import { BIO, CONTACT, STRONG_CTA } from './vocab';
import { hasText } from '../measure';

/** A year (1800-2099) standing as a number of its own, or a clock time: a dateline's marks ("1200 g" is neither). */
const YEAR_OR_TIME = /(?<![\p{N}.,])(?:1[89]|20)\d{2}(?![\p{N}])|(?<![\p{N}])\d{1,2}:\d{2}(?![\p{N}])/u;
/** Before the first paragraph the head trim looks at this many blocks at most: more is the body itself (a list, a recipe). */
const HEAD_ZONE = 10;

/** Items in the same list as this list item. */
function listSize(b: { el: Element }): number {
  const list = b.el.parentElement;
  if (!list || !/^(?:UL|OL)$/.test(list.tagName)) return 0;
  let n = 0;
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'LI') n++;
  return n;
}

/** After the body's last paragraph: headings, link lists, credits, prompts and teasers go; long text stops the trim. */
export const trimTail: CleaningStep = {
  name: 'tail',
  run(c: Cleaning) {
    const blocks = c.blocks;
    for (let k = blocks.length - 1; k >= 0; k--) {
      const b = blocks[k]!;
      if (c.isRemoved(b)) continue;
      if (b.tag === 'FIGURE' || b.tag === 'TABLE' || (b.hasImage && !b.text)) continue;
      // Near the end, a bio, a contact line or a longer membership pitch is not the story's last paragraph.
      const endMatter = blocks.length - k <= 3 && b.size < 400 && (BIO.test(b.text) || CONTACT.test(b.text) || STRONG_CTA.test(b.text));
      if (isProse(b) && !isCta(b) && !endMatter) break;
      // Items of a plain (unlinked) list are the article's own list, e.g. a closing list of points.
      if (b.tag === 'LI' && b.linkDensity < 0.3 && !isCta(b)) break;
      const junk = isHeading(b) || isCta(b) || isChrome(b) || b.linkDensity > 0.3 || (b.size < 100 && !b.sentence) || endMatter;
      if (!junk) break;
      c.remove(b, 'tail');
    }
  },
};

/** Before the first paragraph: the headline again, bylines, dates, credits, share and listen bars. */
export const trimHead: CleaningStep = {
  name: 'head',
  run(c: Cleaning) {
    const normTitle = c.page.title ? normalizeBlockText(c.page.title) : null;
    let seen = 0;
    for (const b of c.blocks) {
      if (c.isRemoved(b)) continue;
      if (b.tag === 'FIGURE' || (b.hasImage && !b.text)) continue;
      if (isProse(b) || ++seen > HEAD_ZONE) break;
      const chrome = isChrome(b) || isCta(b);
      // A plain list of several items is the body's own (ingredients, steps, a list article), not a header.
      if (!chrome && b.tag === 'LI' && b.linkDensity < 0.3 && listSize(b) >= 3) break;
      const norm = normalizeBlockText(b.text);
      if (
        (normTitle && norm === normTitle) ||
        chrome ||
        (/^(?:by|von|par|por|di|door|przez|автор|від)(?:\s|$)/iu.test(b.text) && b.words < 12) ||
        !hasText(norm) ||
        // Short non-sentences (a kicker, "Text size"), but not an all-caps dateline ("BAAR, SWITZERLAND") that opens the story.
        (!isHeading(b) && !b.sentence && b.words <= 4 && !/^[\p{Lu}\s,.'’-]+$/u.test(b.text)) ||
        (!isHeading(b) && b.words <= 20 && YEAR_OR_TIME.test(b.text) && !b.sentence)
      ) {
        c.remove(b, 'head');
      }
    }
  },
};
