/**
 * DOMPurify with an allow-list fit for article text. The result is rendered in
 * privileged extension pages, so anything that is not plain document structure
 * goes: scripts, handlers, frames, form controls, styles, SVG/MathML, ids/names
 * (DOM clobbering) and classes. What is not allowed is unwrapped, its text
 * kept: a forum or a shop wraps its whole content in a <form>, and a page's
 * custom elements (`is="..."`) hold ordinary paragraphs.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'cite',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
  'open',
  'target',
  'rel',
];

export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Their text must not leak into the article either (a button's caption, a menu's options).
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'object', 'embed', 'canvas', 'dialog', 'option'],
};

/** Containers that are not kept but whose content is: page structure, forms, old presentational tags. */
const UNWRAP = new Set([
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'address',
  'hgroup',
  'search',
  'form',
  'fieldset',
  'legend',
  'label',
  'center',
  'font',
  'big',
  'nobr',
]);

const instances = new WeakMap<object, DOMPurify>();

/** Safe links only: http(s), mailto and in-page anchors (relative links were made absolute before). */
const SAFE_HREF = /^(?:https?:|mailto:|#)/i;
/** Images only from the web: data: images are nearly always lazy-load placeholders, and data:image/svg+xml can carry script. */
const SAFE_SRC = /^https?:/i;

function purifierFor(window: Window & typeof globalThis): DOMPurify {
  let purify = instances.get(window);
  if (purify) return purify;
  purify = createDOMPurify(window);
  // DOMPurify drops an element that has an `is` attribute, children and all (when it returns a DOM).
  // An element keeps the custom-element name it was made with even without the attribute, so it is
  // made again without one: same tag, same attributes (checked next, as every element's are), same children.
  purify.addHook('uponSanitizeElement', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (!el.hasAttribute('is')) return;
    const fresh = el.ownerDocument.createElementNS(el.namespaceURI, el.tagName.toLowerCase());
    for (const a of Array.from(el.attributes)) if (a.name !== 'is') fresh.setAttribute(a.name, a.value);
    while (el.firstChild) fresh.appendChild(el.firstChild);
    el.replaceWith(fresh);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    const tag = el.tagName;
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_HREF.test(href.trim())) el.removeAttribute('href');
      if (el.hasAttribute('href') && !href!.trim().startsWith('#')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else {
        el.removeAttribute('target');
        el.removeAttribute('rel');
      }
    } else {
      el.removeAttribute('target');
      el.removeAttribute('rel');
      if (tag === 'IMG') {
        const src = el.getAttribute('src');
        if (src !== null && !SAFE_SRC.test(src.trim())) el.removeAttribute('src');
        const srcset = el.getAttribute('srcset');
        if (srcset !== null && !srcset.split(',').every((c) => SAFE_SRC.test(c.trim()))) el.removeAttribute('srcset');
        // An image with no address left shows nothing: drop it.
        if (!el.hasAttribute('src') && !el.hasAttribute('srcset')) el.remove();
      }
    }
  });
  instances.set(window, purify);
  return purify;
}

/** Sanitise article HTML (a string) for rendering in an extension page. */
export function sanitizeArticleHtml(html: string, window: Window & typeof globalThis): string {
  return purifierFor(window).sanitize(html, SANITIZE_CONFIG) as unknown as string;
}

/**
 * The wrappers of `root` that go but whose content stays, unwrapped in one
 * walk. DOMPurify would clone their children one by one and insert each
 * before the next, which jsdom (the command-line reader) does in quadratic
 * time: minutes for an <article> of a few thousand paragraphs. Here nodes are
 * only taken from the front of a list and appended at the end of another,
 * which jsdom does in constant time.
 */
function unwrapContainers(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const isWrapper = (n: Node) => n.nodeType === 1 && (UNWRAP.has((n as Element).localName) || (n as Element).localName.includes('-'));
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    let has = false;
    for (let c = node.firstChild; c && !has; c = c.nextSibling) has = isWrapper(c);
    if (has) {
      const out = doc.createDocumentFragment();
      // Wrappers inside wrappers (main > article > ...) unwrap too; past a sane depth, DOMPurify's own way takes over.
      const moveInto = (from: Node, depth: number) => {
        while (from.firstChild) {
          const c = from.firstChild;
          if (depth < 64 && isWrapper(c)) {
            moveInto(c, depth + 1);
            from.removeChild(c);
          } else out.appendChild(c);
        }
      };
      moveInto(node, 0);
      node.appendChild(out);
    }
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && c.firstChild) stack.push(c);
  }
}

/** Sanitise a node (it is imported, not changed) or an HTML string, and return the clean body element. */
export function sanitizeToBody(dirty: Node | string, window: Window & typeof globalThis): HTMLElement {
  let input: Node | string = dirty;
  if (typeof dirty !== 'string') {
    const scratch = window.document.implementation.createHTMLDocument('');
    input = scratch.importNode(dirty, true);
    unwrapContainers(input);
  }
  return purifierFor(window).sanitize(input, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement;
}
