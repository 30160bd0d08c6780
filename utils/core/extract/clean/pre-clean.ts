/**
 * Before Readability: page chrome that announces itself goes (hidden
 * elements, dialogs, and small elements whose class or id names them chrome),
 * so Readability scores only what could be the article.
 */
import { unwrapNoscriptImages } from '../media';
import { CHROME_CLASS } from './vocab';

const SKIP_PRE = /^(?:SCRIPT|STYLE|IMG|svg|SVG|PICTURE|SOURCE|BR|HR|LINK|META|NOSCRIPT)$/;
/** Inline elements with a chrome class (a share count, an icon) are left to Readability: not worth the test. */
const INLINE = /^(?:A|SPAN|I|B|EM|STRONG|SMALL|LABEL|TIME|ABBR|SUP|SUB|U|S|FONT)$/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function preClean(doc: Document, onRemove?: (rule: string, text: string) => void): void {
  const body = doc.body;
  if (!body) return;
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
      if ((cls || c.id) && !INLINE.test(tag) && tag !== 'MAIN' && tag !== 'ARTICLE' && CHROME_CLASS.test(`${cls ?? ''} ${c.id}`)) {
        if (!protectedEl || !c.contains(protectedEl)) {
          if (bodyText < 0) bodyText = (body.textContent ?? '').length || 1;
          // Only small parts of the page: a class token must never take the article with it.
          const len = (c.textContent ?? '').length;
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
}

const CONTENT_CLASS = /(?:^|[\s_-])(?:entry|article|story|post|body|content|text|main|prose|embed|embedded)(?:$|[\s_-])/i;

/**
 * Chrome names on a container that also holds running text (a body's
 * "entry-content read-more" wrapper) or an embedded post the article quotes.
 */
function looksLikeBody(el: Element, cls: string): boolean {
  if (CONTENT_CLASS.test(cls) || CONTENT_CLASS.test(el.id)) return true;
  let prose = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (prose >= 3) break;
    const len = (p.textContent ?? '').trim().length;
    if (len < 100) continue;
    let links = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
    if (links < len * 0.3) prose++;
  }
  return prose >= 3;
}
