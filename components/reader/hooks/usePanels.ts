import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/core/settings/settings';
import type { Surface } from '@/utils/platform/view-host';

export interface PanelState {
  open: boolean;
  /** The reader opened or closed the panel: remembered for next time. */
  onToggle(open: boolean): void;
}

/**
 * Whether the summary and the key facts are open, remembered per kind of view:
 * the popup keeps its own (facts closed at first, so the article shows on its
 * first screen), the reader tab and the reader over the page share theirs.
 */
export function usePanels(
  surface: Surface,
  s: Settings,
  change: (p: Partial<Settings>) => void,
): { summary: PanelState; facts: PanelState } {
  const popup = surface === 'popup';
  const summaryKey = popup ? 'popupSummaryOpen' : 'summaryOpen';
  const factsKey = popup ? 'popupFactsOpen' : 'factsOpen';
  const panel = (key: typeof summaryKey | typeof factsKey): PanelState => ({
    open: s[key],
    onToggle: (open) => {
      if (open !== s[key]) change({ [key]: open });
    },
  });
  return { summary: panel(summaryKey), facts: panel(factsKey) };
}

/** True while the window is narrower than `px` (the reader tab then shows the key facts above the article, not after it). */
export function useNarrow(px: number): boolean {
  const query = `(max-width: ${px}px)`;
  const [narrow, setNarrow] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const m = matchMedia(query);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return narrow;
}
