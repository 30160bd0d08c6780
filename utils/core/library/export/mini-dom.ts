/**
 * The little of the DOM the Markdown and EPUB converters read. Real DOM nodes (the
 * browser's, jsdom's) fit it as they are; so do the nodes of lite-html.ts, a small
 * parser that is ~50x faster than jsdom for bulk exports in Node.
 */
export interface MiniNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<MiniNode>;
  readonly parentNode: MiniNode | null;
  readonly textContent: string | null;
  /** Elements only. */
  readonly localName?: string;
  getAttribute?(name: string): string | null;
}

export interface MiniElement extends MiniNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(n: MiniNode | null | undefined): n is MiniElement {
  return !!n && n.nodeType === ELEMENT_NODE;
}

export function childElements(n: MiniNode): MiniElement[] {
  const out: MiniElement[] = [];
  const kids = n.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (isElement(k)) out.push(k);
  }
  return out;
}

export function childList(n: MiniNode): readonly MiniNode[] {
  // lite-html's nodes hold a plain array: no copy needed.
  const kids = n.childNodes;
  return Array.isArray(kids) ? (kids as MiniNode[]) : Array.from(kids);
}

/** The nearest ancestor (not the node itself) with one of these names. */
export function ancestorNamed(n: MiniNode, names: ReadonlySet<string>): MiniElement | null {
  for (let p = n.parentNode; p; p = p.parentNode) if (isElement(p) && names.has(p.localName)) return p;
  return null;
}

/** Descendant elements with this name, in document order (a walk with its own stack: page HTML can nest deeper than the call stack). */
export function descendantsNamed(n: MiniNode, name: string, out: MiniElement[] = []): MiniElement[] {
  const stack: MiniNode[] = [...childList(n)].reverse();
  while (stack.length) {
    const k = stack.pop()!;
    if (!isElement(k)) continue;
    if (k.localName === name) out.push(k);
    const kids = childList(k);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The text of a node and all it holds, walked with its own stack (textContent recurses in some DOMs). */
export function textOf(n: MiniNode): string {
  if (n.nodeType === TEXT_NODE) return n.nodeValue ?? '';
  let out = '';
  const stack: MiniNode[] = [...childList(n)].reverse();
  while (stack.length) {
    const k = stack.pop()!;
    if (k.nodeType === TEXT_NODE) out += k.nodeValue ?? '';
    else if (k.nodeType === ELEMENT_NODE) {
      const kids = childList(k);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/**
 * How deep the exporters' converters follow nested elements; below it, an element
 * is written as its text. Browsers' parsers stop nesting at 512, lite-html at the
 * same, and a converter that recursed 100,000 levels would overflow the stack.
 */
export const MAX_DEPTH = 200;
