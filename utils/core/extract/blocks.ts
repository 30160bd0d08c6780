/**
 * The article body seen as a sequence of leaf blocks (paragraphs, headings,
 * list items, figures, tables...) with the text statistics the cleaning rules
 * work from.
 */
import { isBlockTag } from './text';
import { collapseWhitespace } from '../text/whitespace';
import { endsLikeSentence, textSize, wordCount } from './measure';

export interface Block {
  el: Element;
  tag: string;
  text: string;
  /** The text's length in Latin letters' worth (measure.ts textSize): what length thresholds compare. */
  size: number;
  /** Characters of text inside links. */
  linkChars: number;
  /** Share of the text inside links (0..1). */
  linkDensity: number;
  /** Words in any script (measure.ts), counted up to 100. */
  words: number;
  /** Ends like a sentence in any script (., !, ?, …, 。, ।, ؟, a closing quote after one). */
  sentence: boolean;
  hasImage: boolean;
}

/** Units never split further: their parts only make sense together. */
const ATOMIC = new Set(['TABLE', 'PRE', 'FIGURE', 'BLOCKQUOTE', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL']);

const memo = new WeakMap<Element, boolean>();
function hasBlockChild(el: Element): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) {
    // A block, or a wrapper (e.g. span or a) around block content.
    found = isBlockTag(c.tagName) || (c.firstElementChild !== null && hasBlockChild(c));
  }
  memo.set(el, found);
  return found;
}

export function makeBlock(el: Element): Block {
  const text = collapseWhitespace(el.textContent ?? '');
  let linkChars = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linkChars += collapseWhitespace(a.textContent ?? '').length;
  if (el.tagName === 'A') linkChars = text.length;
  const words = text ? wordCount(text, 100) : 0;
  return {
    el,
    tag: el.tagName,
    text,
    size: textSize(text),
    linkChars,
    linkDensity: text.length ? Math.min(1, linkChars / text.length) : 0,
    words,
    sentence: endsLikeSentence(text),
    hasImage: el.tagName === 'IMG' || !!el.querySelector('img, picture, video'),
  };
}

/** Leaf blocks of `root` in document order. */
export function collectBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const visit = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (ATOMIC.has(tag) && !(tag === 'BLOCKQUOTE' && hasBlockChild(c) && c.querySelectorAll('p').length > 1)) {
        out.push(makeBlock(c));
      } else if (hasBlockChild(c)) {
        visit(c);
      } else if (collapseWhitespace(c.textContent ?? '') || c.querySelector('img') || tag === 'IMG') {
        out.push(makeBlock(c));
      }
    }
  };
  visit(root);
  return out;
}

export function isHeading(b: Block): boolean {
  return /^H[1-6]$/.test(b.tag);
}
