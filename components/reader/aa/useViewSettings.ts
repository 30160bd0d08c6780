import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { normalizeSettings, type Settings } from '@/utils/core/settings/settings';
import { saveSettings } from '@/utils/platform/storage';
import { errorMessage } from '@/utils/core/errors';
import { applySettings } from '../../common/apply-settings';
import { useSettings } from '../../common/useSettings';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The view's options, which the view itself can change (the Aa panel, read
 * aloud's speed and voice, the panels' open state): a change shows at once,
 * and is written a moment later, so dragging a slider is one write and not
 * fifty (storage.sync allows about two a second). The options page and every
 * other open view follow through storage, as before.
 */
export function useViewSettings(root: HTMLElement | undefined, known: Settings | undefined) {
  const el = root ?? document.documentElement;
  const { settings: stored, loaded } = useSettings(el, known);
  const [pending, setPending] = useState<Partial<Settings> | null>(null);
  const [error, setError] = useState('');
  const settings = useMemo(() => (pending ? normalizeSettings({ ...stored, ...pending }) : stored), [stored, pending]);

  useLayoutEffect(() => {
    if (pending) applySettings(settings, el);
  }, [settings]);

  useEffect(() => {
    if (!pending) return;
    const t = setTimeout(() => {
      saveSettings(settings).then(
        () => setError(''),
        (err: unknown) => {
          // Shown, and the view goes back to what is stored: nothing pretends to be saved.
          setError(errorMessage(err));
          setPending(null);
          applySettings(stored, el);
        },
      );
    }, 300);
    return () => clearTimeout(t);
  }, [pending]);

  // The write came back through storage: what is stored is what is shown.
  useEffect(() => {
    if (!pending) return;
    const wanted = normalizeSettings({ ...stored, ...pending });
    if ((Object.keys(pending) as Array<keyof Settings>).every((k) => same(stored[k], wanted[k]))) setPending(null);
  }, [stored]);

  const change = useCallback((patch: Partial<Settings>) => setPending((p) => ({ ...p, ...patch })), []);
  return { settings, loaded, change, error };
}
