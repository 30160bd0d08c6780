/**
 * A small DOM-walking HTML → Markdown converter for sanitised article HTML.
 * Headings, paragraphs, lists (nested), quotes, code, links, images, emphasis, rules
 * and simple tables survive; anything else is reduced to its text. Works on any DOM
 * (the browser's, jsdom's, or lite-html's): it only reads nodes.
 */
import {
  ELEMENT_NODE,
  TEXT_NODE,
  childElements,
  childList,
  descendantsNamed,
  isElement,
  type MiniElement,
  type MiniNode,
} from './mini-dom';

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

const SYNTAX = /[\\`*_[\]#|<>~=]/;
const SYNTAX_ALL = /[\\`*_[\]#|<>~=]/g;
const LIST_START = /^(\s*)([-+]|\d+[.)])(\s)/;

/**
 * Escape what Markdown (and Obsidian: #tags, [[links]], ==highlights==) would read as
 * syntax. Text reaches here with its whitespace collapsed, so only its very start can
 * look like a list marker.
 */
export function escapeMarkdown(s: string): string {
  // Most text has nothing to escape; this runs on every text node.
  let out = SYNTAX.test(s) ? s.replace(SYNTAX_ALL, '\\$&') : s;
  const m = LIST_START.exec(out);
  if (m) out = m[1] + m[2]!.replace(/^(\d*)([-+.)])$/, '$1\\$2') + out.slice(m[1]!.length + m[2]!.length);
  return out;
}

function safeUrl(href: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!/^(https?:|mailto:)/i.test(h)) return null;
  // Spaces and parentheses would end the link early.
  return h.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function isBlock(n: MiniNode): boolean {
  return isElement(n) && BLOCK.has(n.localName);
}

function inline(node: MiniNode): string {
  let out = '';
  for (const child of childList(node)) out += inlineNode(child);
  return out;
}

function wrapInline(mark: string, content: string): string {
  // Emphasis must hug its text: move edge spaces outside the markers.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : content;
}

function inlineNode(n: MiniNode): string {
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
      return wrapInline('**', inline(el));
    case 'em':
    case 'i':
    case 'cite':
      return wrapInline('*', inline(el));
    case 's':
    case 'del':
    case 'strike':
      return wrapInline('~~', inline(el));
    case 'code':
    case 'kbd':
    case 'samp': {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ');
      const fence = t.includes('`') ? '``' : '`';
      return t ? `${fence}${fence.length > 1 ? ' ' : ''}${t}${fence.length > 1 ? ' ' : ''}${fence}` : '';
    }
    case 'a': {
      const text = inline(el).trim();
      const url = safeUrl(el.getAttribute('href'));
      if (!url) return text;
      return `[${text || url}](${url})`;
    }
    case 'img': {
      const url = safeUrl(el.getAttribute('src'));
      const alt = escapeMarkdown((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return url ? `![${alt}](${url})` : alt;
    }
    default:
      // Block elements met inside inline content (e.g. a <div> in a <span>) become spaces.
      return BLOCK.has(tag) ? ` ${inline(el)} ` : inline(el);
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
function blocks(node: MiniNode, out: string[]): void {
  // Runs of inline nodes between blocks make one paragraph.
  let run = '';
  for (const child of childList(node)) {
    if (!isBlock(child)) {
      run += inlineNode(child);
      continue;
    }
    pushClean(out, run);
    run = '';
    blockNode(child as MiniElement, out);
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

function list(el: MiniElement, out: string[]): void {
  const ordered = el.localName === 'ol';
  let n = Number(el.getAttribute('start') ?? 1);
  if (!Number.isFinite(n)) n = 1;
  const items: string[] = [];
  for (const li of childElements(el)) {
    const inner: string[] = [];
    if (li.localName === 'li') blocks(li, inner);
    else blockNode(li, inner);
    const marker = ordered ? `${n++}. ` : '- ';
    const body = inner.join('\n\n') || '';
    items.push(indent(body, marker, ' '.repeat(marker.length)));
  }
  if (items.length) out.push(items.join('\n'));
}

function table(el: MiniElement, out: string[]): void {
  const rows = descendantsNamed(el, 'tr').map((tr) =>
    childElements(tr)
      .filter((c) => c.localName === 'td' || c.localName === 'th')
      .map((c) => clean(inline(c)).replace(/\\\n/g, ' ').replace(/\n/g, ' ')),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!width) return;
  const line = (r: string[]) => '| ' + Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ') + ' |';
  const [head, ...body] = rows;
  out.push([line(head!), '|' + ' --- |'.repeat(width), ...body.map(line)].join('\n'));
}

function blockNode(el: MiniElement, out: string[]): void {
  const tag = el.localName;
  if (SKIP.has(tag)) return;
  if (/^h[1-6]$/.test(tag)) {
    const t = clean(inline(el)).replace(/\\\n/g, ' ');
    if (t) out.push('#'.repeat(Number(tag[1])) + ' ' + t);
    return;
  }
  switch (tag) {
    case 'hr':
      out.push('---');
      return;
    case 'ul':
    case 'ol':
      list(el, out);
      return;
    case 'pre': {
      const code = (el.textContent ?? '').replace(/\n$/, '');
      const fence = code.includes('```') ? '~~~~' : '```';
      out.push(`${fence}\n${code}\n${fence}`);
      return;
    }
    case 'blockquote': {
      const inner: string[] = [];
      blocks(el, inner);
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
      table(el, out);
      return;
    case 'figcaption': {
      const t = clean(inline(el));
      if (t) out.push(`*${t}*`);
      return;
    }
    default:
      blocks(el, out);
  }
}

/** Markdown for an element's (or fragment's) contents. */
export function htmlToMarkdown(root: MiniNode): string {
  const out: string[] = [];
  // Fragments and block elements hold blocks; a lone inline element is one paragraph.
  if (isElement(root) && !BLOCK.has(root.localName)) {
    const t = clean(inlineNode(root));
    if (t) out.push(t);
  } else blocks(root, out);
  return out.join('\n\n') + (out.length ? '\n' : '');
}
