/** The page's own schema.org articleBody, when it clearly is this body: blocks it does not contain go. */
import { isHeading, type Block } from '../blocks';
import { normalizeBlockText } from '../fingerprint';
import type { Cleaning, CleaningStep } from './cleaning';

export const notInArticleBody: CleaningStep = {
  name: 'not-in-articleBody',
  run(c: Cleaning) {
    if (!c.page.articleBody) return;
    const ref = normalizeBlockText(c.page.articleBody);
    if (ref.length < 200) return;
    const live = c.blocks.filter((b) => !c.isRemoved(b) && b.text.length > 0 && b.tag !== 'FIGURE');
    const found = (b: Block) => {
      const n = normalizeBlockText(b.text);
      if (!n) return true;
      const probe = n.length > 80 ? n.slice(0, 80) : n;
      return ref.includes(probe);
    };
    const prose = live.filter((b) => !isHeading(b) && b.size > 80);
    if (prose.length < 2) return;
    const hit = prose.filter(found).length;
    // The page's articleBody must really be this text (not a teaser or a truncated paywall copy).
    if (hit / prose.length < 0.8) return;
    let matchedChars = 0;
    for (const b of live) if (found(b)) matchedChars += normalizeBlockText(b.text).length;
    if (matchedChars < ref.length * 0.6) return;
    for (const b of live) if (!isHeading(b) && !found(b)) c.remove(b, 'not-in-articleBody');
  },
};
