import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Analysis } from '@/utils/core/analysis';
import type { ViewHost } from '@/utils/platform/view-host';
import type { StoryContext } from '@/utils/core/stories/context';
import type { Article } from '@/utils/core/article/types';
import type { SummaryLength } from '@/utils/core/settings/settings';
import { viewText } from '@/utils/core/view/view-text';
import { MARK_PAINTED } from '@/utils/platform/marks';

export type ViewAnalysis = Pick<Analysis, 'facts' | 'summary'> & {
  text: string;
  /** The story of the reading list the article belongs to, once known (null: none). */
  story?: StoryContext | null;
};

/**
 * Key facts and summary of the article as rendered in `body`, computed on the
 * task after the clean view is painted: the reader sees the article first,
 * and the fact and summary code loads only then.
 */
export function useAnalysis(
  host: ViewHost,
  article: Article | null,
  html: string,
  body: RefObject<HTMLElement | null>,
  sentences: SummaryLength,
) {
  const [analysis, setAnalysis] = useState<ViewAnalysis | null>(null);
  useEffect(() => {
    if (!article || !html) return;
    // Preact runs effects after the next frame is painted (rAF, then a task),
    // so this is the moment the clean view is on screen.
    if (!performance.getEntriesByName(MARK_PAINTED).length) performance.mark(MARK_PAINTED);
    // Sift's own pages say so to their tests; over a web page nothing of Sift's is left on the page's document.
    if (host.surface !== 'overlay') document.documentElement.dataset.siftReady = '1';
    let alive = true;
    const timer = setTimeout(() => {
      const root = body.current;
      if (!root) return;
      const text = viewText(root);
      host
        .analyse({ text, title: article.title, published: article.published, lang: article.lang, sentences })
        .then((a) => {
          if (!alive) return;
          setAnalysis({ facts: a.facts, summary: a.summary, text });
          // Then, apart: whether earlier articles of the reading list tell the same event.
          const saved = {
            url: article.url,
            title: article.title,
            siteName: article.siteName,
            published: article.published,
            savedAt: Date.now(),
            text,
            facts: a.facts,
          };
          return host.storyContext(saved).then((story) => alive && setAnalysis({ facts: a.facts, summary: a.summary, text, story }));
        })
        // Without facts, summary or story the article is still there to read; those panels stay away.
        .catch(() => undefined);
    }, 0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [host, article, html, sentences]);
  return analysis;
}
