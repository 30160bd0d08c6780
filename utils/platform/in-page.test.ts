import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { cloneForExtraction } from '../core/extract/clone';
import { dropHiddenElements } from './in-page';

/** A live page in jsdom, whose elements answer checkVisibility from the computed style (jsdom applies style sheets). */
function livePage(body: string, css: string) {
  const { document, window } = parseHtml(`<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`);
  const proto = window.Element.prototype as Element & { checkVisibility?: () => boolean };
  proto.checkVisibility = function (this: Element) {
    for (let el: Element | null = this; el; el = el.parentElement) {
      const s = window.getComputedStyle(el);
      if (s.display === 'none' || (el === this && s.visibility === 'hidden')) return false;
    }
    return true;
  };
  return { document, window };
}

describe('dropHiddenElements: what the page’s style sheets hide stays out of the copy', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('drops elements hidden by class, not only by inline style; the live page is untouched', () => {
    const { document, window } = livePage(
      `<nav class="menu">Menu</nav><article><style>p.x{}</style><p>Shown one.</p><div class="dup"><p>Hidden duplicate.</p></div><p class="ghost">Invisible.</p><p>Shown two.</p></article>`,
      '.menu, .dup { display: none } .ghost { visibility: hidden }',
    );
    close = () => window.close();
    const copy = cloneForExtraction(document);
    expect(dropHiddenElements(document, copy)).toBe(3);
    expect(copy.body.textContent).toContain('Shown one.');
    expect(copy.body.textContent).toContain('Shown two.');
    expect(copy.body.textContent).not.toMatch(/Menu|Hidden duplicate|Invisible/);
    expect(document.querySelectorAll('.dup, .menu, .ghost')).toHaveLength(3);
  });

  it('keeps a closed <details>, and an element that holds most of the page (a story a script reveals)', () => {
    const { document, window } = livePage(
      `<details><summary>More</summary><p>Inside the details.</p></details><div class="later"><p>${'The whole story is here and the page shows it once a script runs. '.repeat(5)}</p></div>`,
      'details p { display: none } .later { display: none }',
    );
    close = () => window.close();
    const copy = cloneForExtraction(document);
    expect(dropHiddenElements(document, copy)).toBe(0);
    expect(copy.body.textContent).toContain('Inside the details.');
    expect(copy.body.textContent).toContain('The whole story is here');
  });

  it('does nothing where the browser cannot tell (no checkVisibility)', () => {
    const { document, window } = parseHtml('<body><div style="display:none">x</div></body>');
    close = () => window.close();
    expect(dropHiddenElements(document, cloneForExtraction(document))).toBe(0);
  });
});
