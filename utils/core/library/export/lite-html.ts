/**
 * A small, forgiving HTML parser for the exports: stored article HTML is sanitised
 * (DOMPurify re-serialises it, so tags are balanced), which lets a stack-based tree
 * builder stand in for the full HTML5 algorithm. It handles void elements, raw-text
 * elements, comments, entities, stray end tags and the common implied end tags
 * (p, li, dt/dd, tr, td/th, option). jsdom takes ~10 ms per article; this ~0.1 ms,
 * which is what keeps a 10,000-article Markdown or EPUB export within seconds.
 */
import { ELEMENT_NODE, TEXT_NODE, textOf, type MiniNode } from './mini-dom';

/** Deeper elements are not nested further (their content joins the element at this depth), as browsers' parsers do at 512. */
export const MAX_NESTING = 512;

// Text nodes never get children: they share one empty list instead of allocating their own.
const NO_CHILDREN: LiteNode[] = [];

export class LiteNode implements MiniNode {
  readonly childNodes: LiteNode[];
  parentNode: LiteNode | null = null;
  constructor(
    readonly nodeType: number,
    readonly localName: string | undefined,
    readonly nodeValue: string | null,
    private readonly attrs: Record<string, string> | null = null,
  ) {
    this.childNodes = nodeType === TEXT_NODE ? NO_CHILDREN : [];
  }
  getAttribute(name: string): string | null {
    return this.attrs?.[name] ?? null;
  }
  attributeEntries(): [string, string][] {
    return this.attrs ? Object.entries(this.attrs) : [];
  }
  get textContent(): string {
    return textOf(this);
  }
  append(child: LiteNode): void {
    child.parentNode = this;
    this.childNodes.push(child);
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
// Start tags that close an open <p> (HTML's "close a p element").
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
]);
// Implied end tags: a new X closes an open X (or a sibling) up to the nearest boundary.
const SIBLINGS: Record<string, { close: Set<string>; stop: Set<string> }> = {
  li: { close: new Set(['li']), stop: new Set(['ul', 'ol', 'menu', 'table']) },
  dt: { close: new Set(['dt', 'dd']), stop: new Set(['dl', 'table']) },
  dd: { close: new Set(['dt', 'dd']), stop: new Set(['dl', 'table']) },
  tr: { close: new Set(['tr', 'td', 'th']), stop: new Set(['table', 'thead', 'tbody', 'tfoot']) },
  td: { close: new Set(['td', 'th']), stop: new Set(['tr', 'table']) },
  th: { close: new Set(['td', 'th']), stop: new Set(['tr', 'table']) },
  option: { close: new Set(['option']), stop: new Set(['select', 'datalist']) },
  thead: { close: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']), stop: new Set(['table']) },
  tbody: { close: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']), stop: new Set(['table']) },
  tfoot: { close: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']), stop: new Set(['table']) },
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  times: '×',
  divide: '÷',
  sect: '§',
  para: '¶',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  prime: '′',
  Prime: '″',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '\u200e',
  rlm: '\u200f',
};

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
    }
    return ENTITIES[e] ?? m;
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(s: string): Record<string, string> | null {
  if (!s.trim() || s.trim() === '/') return null;
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Parse an HTML fragment into a root node holding it. */
export function parseLiteHtml(html: string, maxNesting = MAX_NESTING): LiteNode {
  const root = new LiteNode(ELEMENT_NODE, 'body', null);
  const stack: LiteNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const text = (s: string) => {
    if (s) top().append(new LiteNode(TEXT_NODE, undefined, decodeEntities(s)));
  };
  const closeTo = (i: number) => {
    stack.length = i;
  };
  let lower: string | null = null;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      // A '<' that starts no tag is text.
      text('<');
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      // End tag: close up to the matching open element; ignore it when none is open.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.localName === name) {
          closeTo(k);
          break;
        }
      }
      continue;
    }
    if (CLOSES_P.has(name)) {
      for (let k = stack.length - 1; k > 0; k--) {
        const ln = stack[k]!.localName!;
        if (ln === 'p') {
          closeTo(k);
          break;
        }
        if (ln === 'button' || ln === 'td' || ln === 'th' || ln === 'table' || ln === 'li' || ln === 'blockquote' || ln === 'div') break;
      }
    }
    const sib = SIBLINGS[name];
    if (sib) {
      for (let k = stack.length - 1; k > 0; k--) {
        const ln = stack[k]!.localName!;
        if (sib.close.has(ln)) {
          closeTo(k);
          break;
        }
        if (sib.stop.has(ln)) break;
      }
    }
    // At the cap, a start tag adds nothing: its content stays in the element above.
    if (stack.length > maxNesting && !VOID.has(name) && !RAW.has(name)) continue;
    const el = new LiteNode(ELEMENT_NODE, name, null, parseAttrs(m[3]!));
    top().append(el);
    if (VOID.has(name) || /\/\s*$/.test(m[3]!)) continue;
    if (RAW.has(name)) {
      const end = (lower ??= html.toLowerCase()).indexOf(`</${name}`, i);
      const body = html.slice(i, end < 0 ? n : end);
      if (body) el.append(new LiteNode(TEXT_NODE, undefined, name === 'textarea' || name === 'title' ? decodeEntities(body) : body));
      const close = end < 0 ? n : html.indexOf('>', end);
      i = close < 0 ? n : close + 1;
      continue;
    }
    stack.push(el);
  }
  return root;
}

/** A DOMParser stand-in for the exports: `parseFromString(html).body` is the fragment. */
export const liteParser = {
  parseFromString(html: string): { body: LiteNode } {
    return { body: parseLiteHtml(html) };
  },
};

/**
 * How deep the elements of `html` nest, at most: a linear scan of its tags (void
 * elements and end tags counted as the parser does; close enough to decide).
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(m[2]!.toLowerCase()) && !m[3]) max = Math.max(max, ++depth);
  }
  return max;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** HTML for a lite-html tree (text escaped; raw-text elements' content too). */
export function serializeLite(node: LiteNode): string {
  let out = '';
  for (const c of node.childNodes) {
    if (c.nodeType === TEXT_NODE) {
      out += escapeText(c.nodeValue ?? '');
      continue;
    }
    const name = c.localName!;
    const attrs = c
      .attributeEntries()
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    out += VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${serializeLite(c)}</${name}>`;
  }
  return out;
}

/** Imported HTML nested deeper than browsers build (512) is rebuilt 256 deep before the browser parses it (see flattenDeepHtml). */
export const IMPORT_MAX_NESTING = 256;

/**
 * HTML nested deeper than a page needs, rebuilt with its elements nested no
 * deeper than IMPORT_MAX_NESTING (what lies deeper keeps its text). Browsers'
 * parsers slow down with the square of the open elements: 100,000 nested <div>s
 * took Chromium 97 s to parse, in the page that sanitises an import.
 */
export function flattenDeepHtml(html: string, max = IMPORT_MAX_NESTING): string {
  // Rebuilt HTML (256 deep) is left alone the next time: importing it again changes nothing.
  return nestingDepth(html) <= 2 * max ? html : serializeLite(parseLiteHtml(html, max));
}
