/**
 * Before Readability: page chrome that announces itself goes (hidden
 * elements, dialogs, and small elements whose class or id names them chrome),
 * so Readability scores only what could be the article.
 */
import { unwrapNoscriptImages } from '../media';
import { endsLikeSentence, textSize, wordCount } from '../measure';
import { CHROME_CLASS, WEAK_CHROME_CLASS } from './vocab';

const SKIP_PRE = /^(?:SCRIPT|STYLE|IMG|svg|SVG|PICTURE|SOURCE|BR|HR|LINK|META|NOSCRIPT)$/;
/** Inline elements with a chrome class (a share count, an icon) are left to Readability: not worth the test. */
const INLINE = /^(?:A|SPAN|I|B|EM|STRONG|SMALL|LABEL|TIME|ABBR|SUP|SUB|U|S|FONT)$/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const PAYWALL = /(?:^|[\s_-])paywall(?:$|[\s_-])/i;

export interface PreCleanResult {
  /** An element of the page names itself a paywall. */
  paywall: boolean;
}

/** Characters of text a reader sees under `el`: scripts, styles and templates do not count. */
function visibleLength(el: Element): number {
  let n = (el.textContent ?? '').length;
  for (const tag of ['script', 'style', 'template', 'noscript'])
    for (const s of Array.from(el.getElementsByTagName(tag))) n -= (s.textContent ?? '').length;
  return Math.max(1, n);
}

export function preClean(doc: Document, onRemove?: (rule: string, text: string) => void): PreCleanResult {
  const result: PreCleanResult = { paywall: false };
  const body = doc.body;
  if (!body) return result;
  unwrapNoscriptImages(body);
  const protectedEl = doc.getElementsByTagName('article')[0] ?? null;
  let bodyText = -1;
  const doomed: Element[] = [];
  // One walk over the elements; a removed element's subtree is not visited.
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (SKIP_PRE.test(tag)) continue;
      if (
        tag === 'DIALOG' ||
        tag === 'TEMPLATE' ||
        c.hasAttribute('hidden') ||
        c.getAttribute('aria-hidden') === 'true' ||
        c.getAttribute('aria-modal') === 'true'
      ) {
        doomed.push(c);
        continue;
      }
      const role = c.getAttribute('role');
      if (role === 'dialog' || role === 'alertdialog') {
        doomed.push(c);
        continue;
      }
      const style = c.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) {
        doomed.push(c);
        continue;
      }
      const cls = c.getAttribute('class');
      if ((cls || c.id) && !INLINE.test(tag) && tag !== 'MAIN' && tag !== 'ARTICLE') {
        const names = `${cls ?? ''} ${c.id}`;
        // An id is often made from a heading ("share-your-story"): it names a part of the story as often as a box.
        const strong = !!cls && CHROME_CLASS.test(cls);
        const weak = !strong && ((!!cls && WEAK_CHROME_CLASS.test(cls)) || (!!c.id && CHROME_CLASS.test(c.id)));
        if ((strong || weak) && PAYWALL.test(names)) result.paywall = true;
        if ((strong || weak) && (!protectedEl || !c.contains(protectedEl))) {
          // Script text is no part of the page's text: counting it let a class token take the article.
          if (bodyText < 0) bodyText = visibleLength(body);
          // Only small parts of the page: a class token must never take the article with it.
          const len = visibleLength(c);
          if (
            len <= bodyText * 0.15 &&
            len <= 3000 &&
            c.getElementsByTagName('h1').length === 0 &&
            !holdsProse(c, cls ?? '', strong ? 3 : 1)
          ) {
            onRemove?.(`pre-class ${cls ?? ''}#${c.id}`, c.textContent ?? '');
            doomed.push(c);
            continue;
          }
        }
      }
      if (c.firstElementChild) walk(c);
    }
  };
  walk(body);
  for (const el of doomed) el.remove();
  return result;
}

const CONTENT_CLASS = /(?:^|[\s_-])(?:entry|article|story|post|body|content|text|main|prose|embed|embedded)(?:$|[\s_-])/i;

/** A paragraph that reads like prose: a sentence of eight words or more, mostly not links. */
function isProseText(text: string, linkChars: number): boolean {
  return linkChars < text.length * 0.3 && endsLikeSentence(text) && wordCount(text, 8) >= 8;
}

/**
 * Running text inside an element a class names chrome: its body's "entry-content
 * read-more" wrapper, a page builder's widget around a paragraph of the story, an
 * entry of a live blog, an embedded post the article quotes. `enough` prose
 * paragraphs (or 600 letters' worth of them) protect it.
 */
function holdsProse(el: Element, cls: string, enough: number): boolean {
  if (CONTENT_CLASS.test(cls) || CONTENT_CLASS.test(el.id)) return true;
  let prose = 0;
  let proseSize = 0;
  const paragraphs = el.getElementsByTagName('p');
  for (const p of Array.from(paragraphs)) {
    const text = (p.textContent ?? '').trim();
    const len = textSize(text);
    if (len < 40) continue;
    let links = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
    if (isProseText(text, links)) {
      prose++;
      proseSize += len;
    }
    if (prose >= enough || proseSize >= 600) return true;
  }
  // Text straight in the element (a widget or a live-blog entry holding a text node, no <p>) counts too.
  if (!paragraphs.length) {
    const text = (el.textContent ?? '').trim();
    let links = 0;
    for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
    if (textSize(text) >= 40 && isProseText(text, links) && (enough === 1 || textSize(text) >= 150)) return true;
  }
  return false;
}
