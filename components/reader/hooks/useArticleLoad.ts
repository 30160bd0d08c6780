import { useEffect, useState } from 'preact/hooks';
import type { Load } from '@/utils/platform/article-source';
import type { ViewHost } from '@/utils/platform/view-host';

/**
 * The view's article: the first load (started by the entry point before the
 * UI loaded, when it did, or already done: then the first render shows it),
 * then again on "Show anyway" and "Try again".
 */
export function useArticleLoad(host: ViewHost, initial: Promise<Load> | Load | undefined, forced: boolean) {
  const [force, setForce] = useState(forced);
  const [attempt, setAttempt] = useState(0);
  const ready = initial && !(initial instanceof Promise) ? initial : null;
  const [load, setLoad] = useState<Load>(ready ?? { state: 'loading' });

  useEffect(() => {
    const first = attempt === 0 && force === forced && initial;
    if (first && !(first instanceof Promise)) return;
    let alive = true;
    setLoad({ state: 'loading' });
    void (first || host.load(force)).then((l) => alive && setLoad(l));
    return () => {
      alive = false;
    };
    // `initial` and `forced` belong to the first load only.
  }, [host, force, attempt]);

  return {
    load,
    force,
    showAnyway: () => setForce(true),
    retry: () => setAttempt((n) => n + 1),
  };
}
