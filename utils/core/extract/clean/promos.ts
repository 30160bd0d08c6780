/** Promo boxes inside the body: a run of short calls to action, or a call-to-action lead and the teasers under it. */
import { isHeading, type Block } from '../blocks';
import type { Cleaning, CleaningStep } from './cleaning';
import { isChrome, isCta, isProse } from './signals';

/** A short call-to-action lead ("Don't miss", "Most popular", "Related") and the short teasers it introduces. */
export const promoLeads: CleaningStep = {
  name: 'lead',
  run(c: Cleaning) {
    const blocks = c.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const lead = blocks[i]!;
      if (c.isRemoved(lead) || !isCta(lead) || lead.sentence || lead.words > 6) continue;
      let j = i + 1;
      // Teasers are short; a sentence of a dozen words or more under a "Related" line is the text going on.
      const short = (b: Block | undefined): b is Block =>
        !!b && !isHeading(b) && b.size < 160 && b.tag !== 'FIGURE' && !(b.sentence && b.words >= 12 && b.linkDensity < 0.3);
      while (short(blocks[j])) j++;
      const end = blocks[j];
      // The teasers run up to the next heading or the end: a real paragraph after them would mean this is body text.
      if (j - i - 1 < 2 || (end && !isHeading(end))) continue;
      c.remove(lead, 'lead');
      for (let k = i + 1; k < j; k++) {
        const teaser = blocks[k]!;
        if (!c.isRemoved(teaser)) c.remove(teaser, 'lead-run');
      }
      i = j - 1;
    }
  },
};

/** Runs of two or more short blocks between paragraphs where calls to action dominate: a promo box. */
export const promoRuns: CleaningStep = {
  name: 'cta-run',
  run(c: Cleaning) {
    const blocks = c.blocks;
    // Run members are short and not running text (a call to action may end like a sentence, but a
    // sentence of a dozen words that happens to say "free trial" or "sign in" is someone's prose).
    const ctaLine = (b: Block) => isCta(b) && (b.words < 12 || !b.sentence);
    const inRun = (b: Block | undefined): b is Block => !!b && b.size < 200 && (!isProse(b) || ctaLine(b));
    let i = 0;
    while (i < blocks.length) {
      if (!inRun(blocks[i])) {
        i++;
        continue;
      }
      let j = i;
      while (inRun(blocks[j])) j++;
      const run = blocks.slice(i, j).filter((b) => !c.isRemoved(b) && b.text);
      const cta = run.filter((b) => ctaLine(b) || isChrome(b)).length;
      if (run.length >= 2 && cta >= 2 && cta * 2 >= run.length) {
        for (const b of run) if (b.tag !== 'FIGURE' && !b.hasImage) c.remove(b, 'cta-run');
      }
      i = j + 1;
    }
  },
};
