import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { loadSettings, settingsItem } from '@/utils/settings/storage';
import { normalizeSettings } from '@/utils/settings/settings';

/** Puts the reader options on <html> as a theme attribute and CSS variables. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = s.theme;
  root.style.setProperty('--reader-font', s.font === 'sans' ? 'var(--font-sans)' : 'var(--font-serif)');
  root.style.setProperty('--reader-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-width', `${s.lineWidth}ch`);
  root.style.setProperty('--reader-leading', String(s.lineHeight));
}

/**
 * The current options, kept live: a change made on the options page reaches
 * every open popup and reader tab through storage.onChanged.
 */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let alive = true;
    loadSettings().then((s) => {
      if (!alive) return;
      applySettings(s);
      setState({ settings: s, loaded: true });
    });
    const unwatch = settingsItem.watch((next) => {
      const s = normalizeSettings(next);
      applySettings(s);
      setState({ settings: s, loaded: true });
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}
