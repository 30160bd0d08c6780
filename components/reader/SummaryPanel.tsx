import { useEffect, useState } from 'preact/hooks';
import type { SummarySentence } from '@/utils/core/summary/types';
import { aiKeyPoints, aiSummarizerAvailability, type AiAvailability } from '@/utils/platform/summarizer';
import type { Settings } from '@/utils/core/settings/settings';
import { CopyButton } from './CopyButton';
import { errorMessage } from '@/utils/core/errors';

interface Props {
  sentences: SummarySentence[];
  text: string;
  settings: Settings;
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
  if (availability === 'unavailable') return <p class="muted">This browser has no on-device summariser, so Sift shows its own summary.</p>;
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
          AI key points{availability !== 'available' ? ' (downloads the browser’s model once)' : ''}
        </button>
      )}
      {ai.state === 'working' && (
        <p role="status">
          {ai.progress === null ? 'Summarising on this device…' : `Downloading the model: ${Math.round(ai.progress * 100)}%`}
          {ai.progress !== null && <progress value={ai.progress} max={1} aria-label="Model download" />}
        </p>
      )}
      {ai.state === 'done' && (
        <>
          <ul>
            {ai.points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          <p class="muted small">Written on this device by the browser’s built-in model; nothing was sent anywhere.</p>
        </>
      )}
      {ai.state === 'failed' && <p role="status">AI key points failed ({ai.message}); Sift’s own summary is above.</p>}
    </div>
  );
}

/** The summary: a few sentences of the article, each one a link to its place. */
export function SummaryPanel({ sentences, text, settings, onActivate }: Props) {
  return (
    <section aria-label="Summary" class="panel summary-panel" data-testid="summary">
      <h2>Summary</h2>
      {sentences.length === 0 ? (
        <p class="muted">The article is too short to summarise.</p>
      ) : (
        <ol class="summary-list">
          {sentences.map((s) => (
            <li key={s.start}>
              <button type="button" class="summary-sentence" data-testid="summary-sentence" onClick={() => onActivate(s)}>
                {s.text}
              </button>
            </li>
          ))}
        </ol>
      )}
      {sentences.length > 0 && <CopyButton label="Copy summary" text={() => sentences.map((s) => `- ${s.text}`).join('\n')} />}
      {settings.summaryMode === 'ai' && <AiKeyPoints text={text} length={settings.summaryLength} />}
    </section>
  );
}
