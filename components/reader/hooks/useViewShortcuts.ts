import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Keys that do something in the view, without a modifier: `n` read aloud, `,`/`.` sentence, `f` back to the key facts. */
export type ViewKey = 'n' | ',' | '.' | 'f';

const TYPING = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';

/**
 * The view's single-key shortcuts (WCAG 2.1.4: they can be turned off, in the
 * Aa panel and the options). They act only while the focus is in the view and
 * not in a field. The extension pages listen on the document, so the keys work
 * with the focus on nothing; over a web page the view listens on itself,
 * since the page's document is not Sift's.
 */
export function useViewShortcuts(
  root: RefObject<HTMLElement | null>,
  overPage: boolean,
  enabled: boolean,
  actions: Partial<Record<ViewKey, () => void>>,
) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const el = root.current;
    if (!el || !enabled) return;
    const target: EventTarget = overPage ? el : el.ownerDocument;
    const onKey = (e: Event) => {
      const k = e as KeyboardEvent;
      if (k.defaultPrevented || k.ctrlKey || k.altKey || k.metaKey || k.isComposing) return;
      const from = k.composedPath()[0];
      if (from instanceof Element && from.closest(TYPING)) return;
      const key = k.key.toLowerCase() as ViewKey;
      const act = latest.current[key];
      if (!act) return;
      k.preventDefault();
      act();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [root, overPage, enabled]);
}

/**
 * The fact (or summary sentence) the reader last activated, and a way back to
 * it: after reading its sentence in the article, `f` returns to the panel.
 */
export function useBackToFacts(root: RefObject<HTMLElement | null>) {
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onClick = (e: Event) => {
      const b = (e.target as Element | null)?.closest?.<HTMLElement>('.fact, .summary-sentence');
      if (b) last.current = b;
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [root]);
  return () => {
    const el = root.current;
    if (!el) return;
    const target = last.current?.isConnected ? last.current : el.querySelector<HTMLElement>('.fact');
    const panel = (target ?? el.querySelector('.facts-panel'))?.closest('details');
    if (panel && !panel.open) panel.open = true;
    const summary = el.querySelector<HTMLElement>('.facts-panel summary');
    (target ?? summary)?.focus();
  };
}
