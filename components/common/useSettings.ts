import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/core/settings/settings';
import { loadSettings, settingsItem } from '@/utils/platform/storage';
import { normalizeSettings } from '@/utils/core/settings/settings';
import { applySettings, darkQuery } from './apply-settings';

/**
 * The current options, kept live: a change made on the options page reaches
 * every open popup and reader tab through storage.onChanged.
 */
export function useSettings(
  root: HTMLElement = document.documentElement,
  /** Options read already (the reader over the page reads them while it extracts). */
  known?: Settings,
): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState(() => {
    if (known) applySettings(known, root);
    return { settings: known ?? DEFAULT_SETTINGS, loaded: Boolean(known) };
  });
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => {
      if (!alive) return;
      applySettings(s, root);
      setState({ settings: s, loaded: true });
    });
    const unwatch = settingsItem.watch((next) => {
      const s = normalizeSettings(next);
      applySettings(s, root);
      setState({ settings: s, loaded: true });
    });
    // "Same as the system" follows the browser when its colour scheme changes.
    const query = darkQuery();
    const onScheme = () => void loadSettings().then((s) => applySettings(s, root));
    query.addEventListener('change', onScheme);
    return () => {
      alive = false;
      unwatch();
      query.removeEventListener('change', onScheme);
    };
  }, []);
  return state;
}
