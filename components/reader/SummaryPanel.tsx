import { useEffect, useState } from 'preact/hooks';
import type { SummarySentence } from '@/utils/core/summary/types';
import { aiKeyPoints, aiSummarizerAvailability, type AiAvailability } from '@/utils/platform/summarizer';
import type { Settings } from '@/utils/core/settings/settings';
import { CopyButton } from './CopyButton';
import { errorMessage } from '@/utils/core/errors';
import { t, uiLocale } from '@/utils/platform/i18n';
import type { PanelState } from './hooks/usePanels';
import { isPrintToggle } from './hooks/usePrintPanels';

interface Props {
  sentences: SummarySentence[];
  text: string;
  settings: Settings;
  /** The article's language: its sentences are in it, the panel's own words in the interface's. */
  lang: string | null;
  panel: PanelState;
  onActivate: (s: SummarySentence) => void;
}

type AiState =
  | { state: 'idle' }
  | { state: 'working'; progress: number | null }
  | { state: 'done'; points: string[] }
  | { state: 'failed'; message: string };

/** On-device "AI key points" (Chrome's Summarizer API), offered only where the browser has it. */
function AiKeyPoints({ text, length }: { text: string; length: 3 | 5 | 7 }) {
  const [availability, setAvailability] = useState<AiAvailability | null>(null);
  const [ai, setAi] = useState<AiState>({ state: 'idle' });
  useEffect(() => {
    aiSummarizerAvailability().then(setAvailability, () => setAvailability('unavailable'));
  }, []);
  if (availability === null) return null;
  if (availability === 'unavailable') return <p class="muted">{t('aiUnavailable')}</p>;
  const run = async () => {
    setAi({ state: 'working', progress: null });
    try {
      const points = await aiKeyPoints(text, { length, onProgress: (p) => setAi({ state: 'working', progress: p }) });
      setAi({ state: 'done', points });
    } catch (err) {
      setAi({ state: 'failed', message: errorMessage(err) });
    }
  };
  return (
    <div class="ai-points" data-testid="ai-points">
      {ai.state === 'idle' && (
        <button type="button" onClick={run}>
          {availability !== 'available' ? t('aiKeyPointsDownload') : t('aiKeyPoints')}
        </button>
      )}
      {ai.state === 'working' && (
        <p role="status">
          {ai.progress === null ? t('aiWorking') : t('aiDownloading', Math.round(ai.progress * 100))}
          {ai.progress !== null && <progress value={ai.progress} max={1} aria-label={t('aiModelDownload')} />}
        </p>
      )}
      {ai.state === 'done' && (
        <>
          <ul>
            {ai.points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          <p class="muted small">{t('aiWritten')}</p>
        </>
      )}
      {ai.state === 'failed' && <p role="status">{t('aiFailed', ai.message)}</p>}
    </div>
  );
}

/** The summary: a few sentences of the article, each one a link to its place; it folds away, and stays so. */
export function SummaryPanel({ sentences, text, settings, lang, panel, onActivate }: Props) {
  return (
    <section aria-label={t('summary')} class="panel summary-panel" data-testid="summary" lang={uiLocale()}>
      <details open={panel.open} onToggle={(e) => !isPrintToggle(e.currentTarget) && panel.onToggle(e.currentTarget.open)}>
        <summary>
          <h2>{t('summary')}</h2>
        </summary>
        {sentences.length === 0 ? (
          <p class="muted">{t('tooShort')}</p>
        ) : (
          <ol class="summary-list">
            {sentences.map((s) => (
              <li key={s.start}>
                <button
                  type="button"
                  class="summary-sentence"
                  data-testid="summary-sentence"
                  lang={lang ?? undefined}
                  onClick={() => onActivate(s)}
                >
                  {s.text}
                </button>
              </li>
            ))}
          </ol>
        )}
        {sentences.length > 0 && <CopyButton label={t('copySummary')} text={() => sentences.map((s) => `- ${s.text}`).join('\n')} />}
        {settings.summaryMode === 'ai' && <AiKeyPoints text={text} length={settings.summaryLength} />}
      </details>
    </section>
  );
}
