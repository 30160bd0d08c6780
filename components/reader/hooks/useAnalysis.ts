import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Analysis } from '@/utils/core/analysis';
import type { Article } from '@/utils/core/article/types';
import type { SummaryLength } from '@/utils/core/settings/settings';
import { viewText } from '@/utils/core/view/view-text';
import { MARK_PAINTED } from '@/utils/platform/marks';

export type ViewAnalysis = Analysis & { text: string };

/**
 * Key facts and summary of the article as rendered in `body`, computed on the
 * task after the clean view is painted: the reader sees the article first,
 * and the fact and summary code loads only then.
 */
export function useAnalysis(article: Article | null, html: string, body: RefObject<HTMLElement | null>, sentences: SummaryLength) {
  const [analysis, setAnalysis] = useState<ViewAnalysis | null>(null);
  useEffect(() => {
    if (!article || !html) return;
    // Preact runs effects after the next frame is painted (rAF, then a task),
    // so this is the moment the clean view is on screen.
    if (!performance.getEntriesByName(MARK_PAINTED).length) performance.mark(MARK_PAINTED);
    document.documentElement.dataset.siftReady = '1';
    let alive = true;
    const timer = setTimeout(() => {
      void import('@/utils/core/analysis').then(({ analyse }) => {
        const root = body.current;
        if (!root || !alive) return;
        const text = viewText(root);
        const a = analyse({ text, title: article.title, published: article.published, lang: article.lang, sentences });
        setAnalysis({ ...a, text });
      });
    }, 0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [article, html, sentences]);
  return analysis;
}
