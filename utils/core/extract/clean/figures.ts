/** Inside figures: credits, counters and screen-reader labels ("Image caption") go, the caption stays. */
import { collapseWhitespace } from '../../text/whitespace';
import { isCreditText } from './signals';
import { GALLERY_COUNTER } from './vocab';
import { endsLikeSentence, wordCount } from '../measure';

const CAPTION_LABEL = /^(?:image|media|photo|video|picture) caption$|^caption$/iu;
/** A credit label whose value sits in the next element ("Image copyright" + "Getty Images"). */
const CREDIT_LABEL = /^(?:(?:image|photo|picture|media|video) )?(?:copyright|credit|credits|source|courtesy)\s*:?$|^©$/iu;

/** Runs before the body is cut into blocks: a figure is one block, and its credits are not blocks of their own. */
export function cleanFigures(root: Element, onRemove?: (rule: string, text: string) => void): void {
  for (const fig of Array.from(root.getElementsByTagName('figure'))) {
    for (const el of Array.from(fig.querySelectorAll('figcaption, span, small, p, div, cite, em, i, b, strong'))) {
      if (!fig.contains(el)) continue;
      const text = collapseWhitespace(el.textContent ?? '');
      if (!text || text.length > 150 || el.querySelector('img')) continue;
      if (CREDIT_LABEL.test(text)) {
        const value = el.nextElementSibling;
        const v = collapseWhitespace(value?.textContent ?? '');
        if (value && value.tagName !== 'FIGCAPTION' && v.length < 80 && !value.querySelector('img')) value.remove();
      }
      const words = wordCount(text, 100);
      // A figcaption that is only a credit goes too; a caption with text stays.
      const credit = (el.tagName !== 'FIGCAPTION' || words <= 8) && isCreditText(text, endsLikeSentence(text), words);
      if (CREDIT_LABEL.test(text) || CAPTION_LABEL.test(text) || GALLERY_COUNTER.test(text) || credit) {
        onRemove?.('figure-credit', text);
        el.remove();
      }
    }
  }
}
