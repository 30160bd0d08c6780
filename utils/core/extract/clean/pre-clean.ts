/**
 * Before Readability: page chrome that announces itself goes (hidden
 * elements, dialogs, and small elements whose class or id names them chrome),
 * so Readability scores only what could be the article.
 */
import { unwrapNoscriptImages } from '../media';
import { endsLikeSentence, textSize } from '../measure';
import { CHROME_CLASS } from './vocab';

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
      const names = `${cls ?? ''} ${c.id}`;
      if ((cls || c.id) && !INLINE.test(tag) && tag !== 'MAIN' && tag !== 'ARTICLE' && CHROME_CLASS.test(names)) {
        if (PAYWALL.test(names)) result.paywall = true;
        if (!protectedEl || !c.contains(protectedEl)) {
          // Script text is no part of the page's text: counting it let a class token take the article.
          if (bodyText < 0) bodyText = visibleLength(body);
          // Only small parts of the page: a class token must never take the article with it.
          const len = visibleLength(c);
          if (len <= bodyText * 0.15 && len <= 3000 && c.getElementsByTagName('h1').length === 0 && !looksLikeBody(c, cls ?? '')) {
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

/**
 * Chrome names on a container that also holds running text (a body's
 * "entry-content read-more" wrapper, a page builder's widget around the
 * story) or an embedded post the article quotes.
 */
function looksLikeBody(el: Element, cls: string): boolean {
  if (CONTENT_CLASS.test(cls) || CONTENT_CLASS.test(el.id)) return true;
  let prose = 0;
  let proseSize = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (prose >= 3 || proseSize >= 600) return true;
    const text = (p.textContent ?? '').trim();
    const len = textSize(text);
    if (len < 100 && !(len >= 40 && endsLikeSentence(text))) continue;
    let links = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
    if (links < text.length * 0.3) {
      prose++;
      proseSize += len;
    }
  }
  return prose >= 3 || proseSize >= 600;
}
