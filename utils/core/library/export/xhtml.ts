/**
 * Serialise parsed article HTML as well-formed XHTML for EPUB content documents.
 *
 * Our own serializer rather than XMLSerializer, so the output is also *valid* EPUB 3:
 * only known elements are kept (unknown ones are unwrapped, scripts and embeds dropped),
 * only safe attributes pass, block elements met in phrasing content are unwrapped,
 * stray list children get an <li>, and characters XML forbids are removed.
 * Images are dropped and their alt text kept as "[Image: …]": EPUB 3 forbids remote
 * images (epubcheck RSC-006), and fetching them is not an exporter's job.
 */
import {
  ELEMENT_NODE,
  TEXT_NODE,
  ancestorNamed,
  childElements,
  childList,
  descendantsNamed,
  isElement,
  MAX_DEPTH,
  textOf,
  type MiniElement,
  type MiniNode,
} from './mini-dom';

const ELEMENT = ELEMENT_NODE;
const TEXT = TEXT_NODE;
const LISTS = new Set(['ul', 'ol', 'menu']);
const TABLE = new Set(['table']);

/** Elements whose content is phrasing only. */
const PHRASING_PARENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'caption', 'figcaption', 'summary']);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const FLOW = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
  'address',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
const VOID = new Set(['br', 'hr']);
const DROP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'head',
  'title',
  'source',
  'track',
  'picture',
  'map',
]);
const TABLE_PARTS = new Set(['caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

// XML 1.0 allows tab, LF, CR and U+0020 up; no lone surrogates, no U+FFFE/U+FFFF.
const BAD_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(s: string): string {
  return s.replace(BAD_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

function attrs(el: MiniElement): string {
  const tag = el.localName;
  let out = '';
  const lang = el.getAttribute('lang');
  if (lang && LANG.test(lang)) out += ` xml:lang="${xmlAttr(lang)}" lang="${xmlAttr(lang)}"`;
  const dir = el.getAttribute('dir');
  if (dir === 'ltr' || dir === 'rtl') out += ` dir="${dir}"`;
  if (tag === 'a') {
    const href = (el.getAttribute('href') ?? '').trim();
    // Only absolute links: relative ones would point at files the book does not have.
    if (/^(https?:|mailto:)/i.test(href)) {
      try {
        out += ` href="${xmlAttr(new URL(href).href)}"`;
      } catch {
        /* not a URL: keep the text only */
      }
    }
  }
  if (tag === 'td' || tag === 'th') {
    for (const k of ['colspan', 'rowspan']) {
      const v = el.getAttribute(k);
      if (v && /^[1-9]\d{0,2}$/.test(v)) out += ` ${k}="${v}"`;
    }
  }
  if (tag === 'ol') {
    const start = el.getAttribute('start');
    if (start && /^-?\d{1,6}$/.test(start)) out += ` start="${start}"`;
  }
  return out;
}

// How deep the walk has gone: past MAX_DEPTH an element is written as its text, so no page can overflow the stack.
let depth = 0;

function children(node: MiniNode, phrasing: boolean, inLink: boolean): string {
  if (depth > MAX_DEPTH) {
    const t = xmlText(textOf(node));
    return phrasing || !t.trim() ? t : `<p>${t}</p>`;
  }
  depth++;
  try {
    let out = '';
    for (const c of childList(node)) out += serialize(c, phrasing, inLink);
    return out;
  } finally {
    depth--;
  }
}

function serialize(n: MiniNode, phrasing: boolean, inLink: boolean): string {
  if (n.nodeType === TEXT) return xmlText(n.nodeValue ?? '');
  if (n.nodeType !== ELEMENT) return '';
  const el = n as MiniElement;
  const tag = el.localName;
  if (DROP.has(tag)) return '';
  if (tag === 'img') {
    const alt = (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const text = alt ? `[Image: ${xmlText(alt)}]` : '';
    return phrasing || !text ? text : `<p>${text}</p>`;
  }
  if (tag === 'br') return '<br/>';
  if (INLINE.has(tag)) {
    // No link inside a link.
    if (tag === 'a' && inLink) return children(el, true, true);
    const a = attrs(el);
    if (tag === 'a' && !a.includes('href=')) return children(el, true, inLink);
    return `<${tag}${a}>${children(el, true, inLink || tag === 'a')}</${tag}>`;
  }
  if (FLOW.has(tag)) {
    // A block inside phrasing content (a <div> in a <p> or <span>) is not allowed: keep its content.
    if (phrasing) return (tag === 'hr' ? '' : ' ') + children(el, true, inLink) + ' ';
    if (TABLE_PARTS.has(tag) && !ancestorNamed(el, TABLE)) return children(el, false, inLink);
    if (VOID.has(tag)) return `<${tag}/>`;
    if (tag === 'ul' || tag === 'ol') return list(el, inLink);
    if (tag === 'li' && !(isElement(el.parentNode) && LISTS.has(el.parentNode.localName)))
      return `<div>${children(el, false, inLink)}</div>`;
    if (tag === 'table') return table(el, inLink);
    const inner = children(el, PHRASING_PARENTS.has(tag), inLink);
    return `<${tag}${attrs(el)}>${inner}</${tag}>`;
  }
  // Unknown element (font, center, custom): keep what it holds.
  return children(el, phrasing, inLink);
}

function list(el: MiniElement, inLink: boolean): string {
  let items = '';
  for (const c of childList(el)) {
    if (isElement(c) && c.localName === 'li') items += `<li${attrs(c)}>${children(c, false, inLink)}</li>`;
    else {
      const s = serialize(c, false, inLink);
      if (s.trim()) items += `<li>${s}</li>`;
    }
  }
  // An empty list is invalid; drop it.
  return items ? `<${el.localName}${attrs(el)}>${items}</${el.localName}>` : '';
}

function table(el: MiniElement, inLink: boolean): string {
  let body = '';
  let caption = '';
  for (const tr of descendantsNamed(el, 'tr')) {
    if (ancestorNamed(tr, TABLE) !== el) continue;
    let cells = '';
    for (const cell of childElements(tr)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      cells += `<${cell.localName}${attrs(cell)}>${children(cell, false, inLink)}</${cell.localName}>`;
    }
    if (cells) body += `<tr>${cells}</tr>`;
  }
  const cap = childElements(el).find((c) => c.localName === 'caption');
  if (cap) caption = `<caption>${children(cap, false, inLink)}</caption>`;
  return body ? `<table>${caption}<tbody>${body}</tbody></table>` : '';
}

/** XHTML for the content of a parsed fragment or element (flow context). */
export function toXhtml(root: MiniNode): string {
  depth = 0;
  return children(root, false, false);
}
