/**
 * A small DOM-walking HTML → Markdown converter for sanitised article HTML.
 * Headings, paragraphs, lists (nested), quotes, code, links, images, emphasis, rules
 * and simple tables survive; anything else is reduced to its text. Works on any DOM
 * (the browser's, jsdom's, or lite-html's): it only reads nodes.
 */
import {
  ELEMENT_NODE,
  MAX_DEPTH,
  TEXT_NODE,
  ancestorNamed,
  childElements,
  childList,
  descendantsNamed,
  isElement,
  textOf,
  type MiniElement,
  type MiniNode,
} from './mini-dom';
import { codeBlock, codeSpan, escapeMarkdown, markdownUrl } from './markdown-text';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
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
  'table',
  'dl',
  'dt',
  'dd',
  'address',
  'details',
  'summary',
  'body',
]);
const SKIP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'form',
]);

const ELEMENT = ELEMENT_NODE;
const TEXT = TEXT_NODE;

export { escapeMarkdown };

function isBlock(n: MiniNode): boolean {
  return isElement(n) && BLOCK.has(n.localName);
}

function inline(node: MiniNode, depth: number): string {
  // Past the depth cap, what an element holds is written as its text.
  if (depth > MAX_DEPTH) return escapeMarkdown(textOf(node).replace(/\s+/g, ' '));
  let out = '';
  for (const child of childList(node)) out = joinInline(out, inlineNode(child, depth + 1));
  return out;
}

/**
 * Text is escaped node by node (markdown-text.ts); where two nodes meet, a `%`
 * or `:` each side would make `%%` (an Obsidian comment) or `::` (a Dataview
 * field) of two harmless halves.
 */
function joinInline(a: string, b: string): string {
  if (!a || !b) return a + b;
  const last = a[a.length - 1];
  if (last === '%' && b[0] === '%') return a + '&#37;' + b.slice(1);
  if (last === ':' && b[0] === ':') return a + '\\' + b;
  return a + b;
}

function wrapInline(mark: string, content: string): string {
  // Emphasis must hug its text: move edge spaces outside the markers.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : content;
}

function inlineNode(n: MiniNode, depth: number): string {
  if (n.nodeType === TEXT) return escapeMarkdown((n.nodeValue ?? '').replace(/\s+/g, ' '));
  if (n.nodeType !== ELEMENT) return '';
  const el = n as MiniElement;
  const tag = el.localName;
  if (SKIP.has(tag)) return '';
  switch (tag) {
    case 'br':
      return '\\\n';
    case 'strong':
    case 'b':
      return wrapInline('**', inline(el, depth));
    case 'em':
    case 'i':
    case 'cite':
      return wrapInline('*', inline(el, depth));
    case 's':
    case 'del':
    case 'strike':
      return wrapInline('~~', inline(el, depth));
    case 'code':
    case 'kbd':
    case 'samp':
      return codeSpan(textOf(el));
    case 'a': {
      const text = inline(el, depth).trim();
      const url = markdownUrl(el.getAttribute('href'));
      if (!url) return text;
      return `[${text || escapeMarkdown(url)}](${url})`;
    }
    case 'img': {
      const url = markdownUrl(el.getAttribute('src'));
      const alt = escapeMarkdown((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return url ? `![${alt}](${url})` : alt;
    }
    default:
      // Block elements met inside inline content (e.g. a <div> in a <span>) become spaces.
      return BLOCK.has(tag) ? ` ${inline(el, depth)} ` : inline(el, depth);
  }
}

function clean(s: string): string {
  // Fast paths: these run once per block.
  let t = s.includes('  ') || s.includes('\t') ? s.replace(/[ \t]+/g, ' ') : s;
  if (t.includes('\\\n')) t = t.replace(/ ?\\\n ?/g, '\\\n');
  t = t.trim();
  // A trailing hard break ("\\" left from "\\\n") means nothing; an escaped backslash stays.
  return t.endsWith('\\') && !t.endsWith('\\\\') ? t.slice(0, -1).trimEnd() : t;
}

/** Convert the children of `node` to Markdown blocks. */
function blocks(node: MiniNode, out: string[], depth: number): void {
  if (depth > MAX_DEPTH) {
    pushClean(out, escapeMarkdown(textOf(node).replace(/\s+/g, ' ')));
    return;
  }
  // Runs of inline nodes between blocks make one paragraph.
  let run = '';
  for (const child of childList(node)) {
    if (!isBlock(child)) {
      run = joinInline(run, inlineNode(child, depth + 1));
      continue;
    }
    pushClean(out, run);
    run = '';
    blockNode(child as MiniElement, out, depth + 1);
  }
  pushClean(out, run);
}

function pushClean(out: string[], run: string): void {
  const t = run && clean(run);
  if (t) out.push(t);
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : '') + line)
    .join('\n');
}

function list(el: MiniElement, out: string[], depth: number): void {
  const ordered = el.localName === 'ol';
  let n = Number(el.getAttribute('start') ?? 1);
  if (!Number.isFinite(n)) n = 1;
  const items: string[] = [];
  for (const li of childElements(el)) {
    const inner: string[] = [];
    if (li.localName === 'li') blocks(li, inner, depth + 1);
    else blockNode(li, inner, depth + 1);
    const marker = ordered ? `${n++}. ` : '- ';
    const body = inner.join('\n\n') || '';
    items.push(indent(body, marker, ' '.repeat(marker.length)));
  }
  if (items.length) out.push(items.join('\n'));
}

const TABLE = new Set(['table']);

/**
 * A pipe table. A cell spanning columns is followed by empty cells, so every
 * column stays under its heading; the caption goes before the table.
 */
function table(el: MiniElement, out: string[], depth: number): void {
  const rows: string[][] = [];
  for (const tr of descendantsNamed(el, 'tr')) {
    if (ancestorNamed(tr, TABLE) !== el) continue; // a row of a table inside a cell
    const cells: string[] = [];
    for (const c of childElements(tr)) {
      if (c.localName !== 'td' && c.localName !== 'th') continue;
      cells.push(
        clean(inline(c, depth + 1))
          .replace(/\\\n/g, ' ')
          .replace(/\n/g, ' '),
      );
      const span = Number(c.getAttribute('colspan') ?? 1);
      for (let k = 1; k < Math.min(Number.isInteger(span) ? span : 1, 100); k++) cells.push('');
    }
    rows.push(cells);
  }
  const caption = childElements(el).find((c) => c.localName === 'caption');
  const cap = caption ? clean(inline(caption, depth + 1)) : '';
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!width) {
    if (cap) out.push(cap);
    return;
  }
  if (cap) out.push(`*${cap}*`);
  const line = (r: string[]) => '| ' + Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ') + ' |';
  const [head, ...body] = rows;
  out.push([line(head!), '|' + ' --- |'.repeat(width), ...body.map(line)].join('\n'));
}

function blockNode(el: MiniElement, out: string[], depth: number): void {
  const tag = el.localName;
  if (SKIP.has(tag)) return;
  if (/^h[1-6]$/.test(tag)) {
    const t = clean(inline(el, depth)).replace(/\\\n/g, ' ');
    if (t) out.push('#'.repeat(Number(tag[1])) + ' ' + t);
    return;
  }
  switch (tag) {
    case 'hr':
      out.push('---');
      return;
    case 'ul':
    case 'ol':
      list(el, out, depth);
      return;
    case 'pre':
      out.push(codeBlock(textOf(el).replace(/\n$/, '')));
      return;
    case 'blockquote': {
      const inner: string[] = [];
      blocks(el, inner, depth);
      if (inner.length)
        out.push(
          inner
            .join('\n\n')
            .split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n'),
        );
      return;
    }
    case 'table':
      table(el, out, depth);
      return;
    case 'figcaption': {
      const t = clean(inline(el, depth));
      if (t) out.push(`*${t}*`);
      return;
    }
    default:
      blocks(el, out, depth);
  }
}

/** Markdown for an element's (or fragment's) contents. */
export function htmlToMarkdown(root: MiniNode): string {
  const out: string[] = [];
  // Fragments and block elements hold blocks; a lone inline element is one paragraph.
  if (isElement(root) && !BLOCK.has(root.localName)) {
    const t = clean(inlineNode(root, 0));
    if (t) out.push(t);
  } else blocks(root, out, 0);
  return out.join('\n\n') + (out.length ? '\n' : '');
}
