/** Containers left with no text and no image after cleaning (one bottom-up pass). */
import { isBlockTag } from '../text';

const KEEP = /^(?:IMG|PICTURE|VIDEO|TABLE|HR|BR|SOURCE)$/;

/**
 * An inline element with only whitespace in it (a space between two
 * highlighted tokens of code) becomes that space: dropping it would glue the
 * words on either side together ("from typing" read as "fromtyping").
 */
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
        else if (!isBlockTag(child.tagName) && /\s/.test(child.textContent ?? ''))
          child.replaceWith(child.ownerDocument.createTextNode(' '));
        else child.remove();
      }
      c = next;
    }
    return keep;
  };
  visit(root);
}
