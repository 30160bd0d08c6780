import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';

const PRINTING = 'printOpened';

/** A panel opened or closed for printing, not by the reader: not to be remembered. */
export function isPrintToggle(details: HTMLElement): boolean {
  return PRINTING in details.dataset;
}

/**
 * Printing with "the summary and key facts" on: a closed panel would print
 * only its heading, so the panels open for the print and close again after.
 */
export function usePrintPanels(root: RefObject<HTMLElement | null>, on: boolean) {
  useEffect(() => {
    if (!on) return;
    const win = root.current?.ownerDocument.defaultView;
    if (!win) return;
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = Array.from(root.current?.querySelectorAll<HTMLDetailsElement>('.panel details:not([open])') ?? []);
      for (const d of opened) {
        d.dataset[PRINTING] = '';
        d.setAttribute('open', '');
      }
    };
    const after = () => {
      const done = opened;
      for (const d of done) d.removeAttribute('open');
      opened = [];
      // The toggle events of the close come in a later task; the mark outlives them.
      setTimeout(() => done.forEach((d) => delete d.dataset[PRINTING]), 500);
    };
    win.addEventListener('beforeprint', before);
    win.addEventListener('afterprint', after);
    return () => {
      win.removeEventListener('beforeprint', before);
      win.removeEventListener('afterprint', after);
    };
  }, [root, on]);
}
