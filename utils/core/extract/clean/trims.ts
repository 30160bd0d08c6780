/** The ends of the body: what stands before its first paragraph and after its last one is rarely the story. */
import { isHeading } from '../blocks';
import { normalizeBlockText } from '../fingerprint';
import type { Cleaning, CleaningStep } from './cleaning';
import { isChrome, isCta, isProse } from './signals';
import { BIO, CONTACT, STRONG_CTA } from './vocab';

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
      const endMatter =
        blocks.length - k <= 3 && b.text.length < 400 && (BIO.test(b.text) || CONTACT.test(b.text) || STRONG_CTA.test(b.text));
      if (isProse(b) && !isCta(b) && !endMatter) break;
      // Items of a plain (unlinked) list are the article's own list, e.g. a closing list of points.
      if (b.tag === 'LI' && b.linkDensity < 0.3 && !isCta(b)) break;
      const junk = isHeading(b) || isCta(b) || isChrome(b) || b.linkDensity > 0.3 || (b.text.length < 100 && !b.sentence) || endMatter;
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
    for (const b of c.blocks) {
      if (c.isRemoved(b)) continue;
      if (b.tag === 'FIGURE' || (b.hasImage && !b.text)) continue;
      if (isProse(b)) break;
      const norm = normalizeBlockText(b.text);
      if (
        (normTitle && norm === normTitle) ||
        isChrome(b) ||
        isCta(b) ||
        (/^(?:by|von|par|por|di|door|przez|автор)(?:\s|$)/i.test(b.text) && b.words < 12) ||
        /^\W*$/.test(norm) ||
        // Short non-sentences (a kicker, "Text size"), but not an all-caps dateline ("BAAR, SWITZERLAND") that opens the story.
        (!isHeading(b) && !b.sentence && b.words <= 4 && !/^[\p{Lu}\s,.'’-]+$/u.test(b.text)) ||
        (!isHeading(b) && b.words <= 20 && /\b\d{4}\b|\d{1,2}:\d{2}/.test(b.text) && !b.sentence)
      ) {
        c.remove(b, 'head');
      }
    }
  },
};
