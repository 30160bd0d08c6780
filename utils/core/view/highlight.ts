/**
 * Finds a passage of the article text inside the rendered clean view and
 * marks it, so a key fact or summary sentence can scroll to its sentence.
 *
 * The view's text and the rendered DOM differ only in whitespace and block
 * separators, so we search a whitespace-collapsed copy of the DOM's text
 * nodes and map the hit back to (node, offset) pairs. `occurrence` picks the
 * n-th match when the same words appear more than once.
 */
import { collapseWhitespace, isSpaceChar } from '../text/whitespace';

interface Piece {
  node: Text;
  /** offsets in the collapsed string covered by this node */
  from: number;
  to: number;
  /** collapsed index -> raw offset in node.data */
  rawOffsets: number[];
}

function collapse(root: Element): { text: string; pieces: Piece[] } {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let lastWasSpace = true;
  const pieces: Piece[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const from = text.length;
    const rawOffsets: number[] = [];
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data.charAt(i);
      if (isSpaceChar(ch)) {
        if (lastWasSpace) continue;
        text += ' ';
        lastWasSpace = true;
      } else {
        text += ch;
        lastWasSpace = false;
      }
      rawOffsets.push(i);
    }
    if (text.length > from) pieces.push({ node, from, to: text.length, rawOffsets });
  }
  return { text, pieces };
}

/** Number of times `quote` occurs in `text` before index `start` (for picking the right match). */
export function occurrenceBefore(text: string, quote: string, start: number): number {
  const q = collapseWhitespace(quote);
  const before = collapseWhitespace(text.slice(0, start + quote.length));
  let count = -1;
  for (let i = before.indexOf(q); i !== -1; i = before.indexOf(q, i + 1)) count++;
  return Math.max(0, count);
}

export interface TextSpan {
  node: Text;
  start: number;
  end: number;
}

/** The text-node spans that hold the n-th occurrence of `quote` under `root`, or null. */
export function locateQuote(root: Element, quote: string, occurrence = 0): TextSpan[] | null {
  const q = collapseWhitespace(quote);
  if (!q) return null;
  const { text, pieces } = collapse(root);
  let at = -1;
  for (let i = 0, from = 0; i <= occurrence; i++) {
    at = text.indexOf(q, from);
    if (at === -1) break;
    from = at + 1;
  }
  if (at === -1 && occurrence > 0) at = text.indexOf(q); // fall back to the first match
  if (at === -1) return null;
  const end = at + q.length;
  const spans: TextSpan[] = [];
  for (const p of pieces) {
    if (p.to <= at || p.from >= end) continue;
    const s = Math.max(at, p.from) - p.from;
    const e = Math.min(end, p.to) - p.from;
    // s and e - 1 index characters of this piece, which rawOffsets holds one by one.
    spans.push({ node: p.node, start: p.rawOffsets[s]!, end: p.rawOffsets[e - 1]! + 1 });
  }
  return spans.length ? spans : null;
}

export const HIGHLIGHT_CLASS = 'sift-highlight';

/** The spoken sentence while the article is read aloud: a mark of its own, beside a fact's. */
export const SPOKEN_CLASS = 'sift-spoken';

/** Removes marks left by an earlier highlight, restoring the text nodes. */
export function clearHighlights(root: Element, cls: string = HIGHLIGHT_CLASS): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${cls}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/**
 * Wraps the n-th occurrence of `quote` in <mark> elements (one per text node
 * it spans) and returns the first mark, or null when the quote is not shown.
 */
export function highlightQuote(root: Element, quote: string, occurrence = 0, cls: string = HIGHLIGHT_CLASS): HTMLElement | null {
  clearHighlights(root, cls);
  const spans = locateQuote(root, quote, occurrence);
  if (!spans) return null;
  const doc = root.ownerDocument;
  let first: HTMLElement | null = null;
  for (const { node, start, end } of spans) {
    const target = start > 0 ? node.splitText(start) : node;
    if (end - start < target.data.length) target.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.className = cls;
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    first ??= mark;
  }
  return first;
}
