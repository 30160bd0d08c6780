import { useEffect, useState } from 'preact/hooks';
import { loadArticle, type Load, type Source } from '@/utils/platform/article-source';

/**
 * The view's article: the first load (started by the entry point before the
 * UI loaded, when it did), then again on "Show anyway" and "Try again".
 */
export function useArticleLoad(source: Source, initial: Promise<Load> | undefined, forced: boolean) {
  const [force, setForce] = useState(forced);
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let alive = true;
    setLoad({ state: 'loading' });
    const first = attempt === 0 && force === forced && initial;
    void (first || loadArticle(source, force)).then((l) => alive && setLoad(l));
    return () => {
      alive = false;
    };
    // `initial` and `forced` belong to the first load only.
  }, [source, force, attempt]);

  return {
    load,
    force,
    showAnyway: () => setForce(true),
    retry: () => setAttempt((n) => n + 1),
  };
}
