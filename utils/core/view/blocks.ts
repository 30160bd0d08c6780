/**
 * The blocks of a clean view that a reader can remove one by one ("remove this
 * block"): the outermost paragraph-level elements. Fingerprints of removed
 * blocks are remembered per site and dropped from later views of that site.
 */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, figure, table, pre, aside, section, div';
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);

function isBlock(el: Element): boolean {
  if (!el.matches(BLOCK_SELECTOR)) return false;
  // A div/section that only groups other blocks is not itself a block.
  if (CONTAINER_TAGS.has(el.tagName) && el.querySelector(BLOCK_SELECTOR)) return false;
  return true;
}

/** Outermost blocks under `root`, in document order. */
export function removableBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (isBlock(child)) out.push(child);
      else visit(child);
    }
  };
  visit(root);
  return out;
}

/** Drops blocks whose fingerprint is listed; returns how many went. */
export function dropBlocks(root: Element, fingerprints: readonly string[], fingerprint: (text: string) => string): number {
  if (!fingerprints.length) return 0;
  const wanted = new Set(fingerprints);
  let n = 0;
  for (const el of removableBlocks(root)) {
    if (wanted.has(fingerprint(el.textContent ?? ''))) {
      el.remove();
      n++;
    }
  }
  return n;
}
