/**
 * Plain text of clean article HTML, block by block. The view recomputes the
 * text from the rendered DOM with this same function to map fact and summary
 * offsets back onto the page, so it depends on nothing but the DOM structure:
 * each block element (p, h1-h6, li, blockquote, pre, dt/dd, a table row, ...)
 * becomes one block; blocks are separated by a blank line; whitespace inside a
 * block is collapsed to single spaces; `<br>` ends a block; the cells of a table
 * row are joined with " | ".
 *
 * Figure captions are shown in the view but are not part of the running text:
 * a summary should not quote a caption, nor the key facts take a photo's date
 * ("In this Dec. 12, 2006 file photo...") for an event of the story.
 */
import { wordRuns } from '../text/word-runs';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'LEGEND',
  'OPTION',
]);
const SKIP = new Set([
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'svg',
  'math',
]);
const CELL = new Set(['TD', 'TH']);

export function htmlBlocksText(root: Element): string {
  return blocksOf(root).join('\n\n');
}

/** The blocks of `root` as collapsed one-line strings, in document order, empty ones left out. */
export function blocksOf(root: Element): string[] {
  const blocks: string[] = [];
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    buf = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        buf += (c as Text).data;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const tag = (c as Element).tagName;
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (CELL.has(tag)) {
        // Cells of one row stay in one block.
        if (buf.trim()) buf += ' | ';
        walk(c);
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        walk(c);
        flush();
      } else {
        walk(c);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Number of words (runs of letters, digits, underscores). */
export function countWords(text: string): number {
  return wordRuns(text).length;
}

/** Minutes to read at ~230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Whether an element with this tag name starts its own block of text. */
export function isBlockTag(tagName: string): boolean {
  return BLOCK.has(tagName.toUpperCase());
}
