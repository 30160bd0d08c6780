import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/core/settings/settings';
import { loadSettings, settingsItem } from '@/utils/platform/storage';
import { normalizeSettings } from '@/utils/core/settings/settings';

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/** Puts the reader options on <html> as a theme attribute ("system" resolved) and CSS variables. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = s.theme === 'system' ? (darkQuery().matches ? 'dark' : 'light') : s.theme;
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
    void loadSettings().then((s) => {
      if (!alive) return;
      applySettings(s);
      setState({ settings: s, loaded: true });
    });
    const unwatch = settingsItem.watch((next) => {
      const s = normalizeSettings(next);
      applySettings(s);
      setState({ settings: s, loaded: true });
    });
    // "Same as the system" follows the browser when its colour scheme changes.
    const query = darkQuery();
    const onScheme = () => void loadSettings().then(applySettings);
    query.addEventListener('change', onScheme);
    return () => {
      alive = false;
      unwatch();
      query.removeEventListener('change', onScheme);
    };
  }, []);
  return state;
}
