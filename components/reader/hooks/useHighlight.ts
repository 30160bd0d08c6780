import { useCallback } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Fact } from '@/utils/core/facts/types';
import type { SummarySentence } from '@/utils/core/summary/types';
import { markSpan, sentenceSpan, type Span } from '@/utils/core/view/view-text';

/**
 * Scrolls to and highlights a passage of the analysed view text: a fact's whole sentence, or a summary sentence.
 * `onGo` hears of each passage shown (read aloud goes on from there).
 */
export function useHighlight(
  body: RefObject<HTMLElement | null>,
  text: string | null,
  lang: string | null,
  onGo?: (start: number) => void,
) {
  const goTo = useCallback(
    (span: Span) => {
      const root = body.current;
      if (!root || text === null) return;
      onGo?.(span.start);
      const mark = markSpan(root, text, span);
      if (!mark) return;
      mark.tabIndex = -1;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      mark.focus({ preventScroll: true });
    },
    [body, text, onGo],
  );
  const onFact = useCallback(
    (f: Fact) => {
      if (text === null) return;
      goTo(sentenceSpan(text, lang, f.start, f.end) ?? { quote: f.quote, start: f.start });
    },
    [goTo, text, lang],
  );
  const onSentence = useCallback((s: SummarySentence) => goTo({ quote: s.text, start: s.start }), [goTo]);
  /** A passage named from elsewhere (the story page's link to a figure): shown in its whole sentence. */
  const onPassage = useCallback(
    (span: Span) => {
      if (text === null) return;
      goTo(sentenceSpan(text, lang, span.start, span.start + span.quote.length) ?? span);
    },
    [goTo, text, lang],
  );
  return { onFact, onSentence, onPassage };
}
