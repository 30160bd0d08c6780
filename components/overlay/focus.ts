/**
 * The reader over the page is modal for the keyboard without making the page
 * inert: Tab and Shift+Tab go round the view's own controls, and Escape
 * closes it. Key presses in the view stop at the view, so the page's own
 * shortcuts do not fire under it.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export function keepFocusWithin(dialog: HTMLElement, close: () => void): void {
  dialog.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const root = dialog.getRootNode() as ShadowRoot;
    const active = root.activeElement;
    if (e.shiftKey && (active === first || active === dialog)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  });
  // Focus that leaves for the page (a click on nothing, a script) comes back.
  dialog.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && !dialog.contains(to)) dialog.focus({ preventScroll: true });
  });
}
