/** Containers left with no text and no image after cleaning (one bottom-up pass). */
const KEEP = /^(?:IMG|PICTURE|VIDEO|TABLE|HR|BR|SOURCE)$/;

export function pruneEmpty(root: Element): void {
  const visit = (el: Element): boolean => {
    let keep = false;
    for (let c = el.firstChild; c;) {
      const next = c.nextSibling;
      if (c.nodeType === 3) {
        if ((c.nodeValue ?? '').trim()) keep = true;
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (KEEP.test(child.tagName)) keep = true;
        else if (visit(child)) keep = true;
        else child.remove();
      }
      c = next;
    }
    return keep;
  };
  visit(root);
}
