/**
 * Key points from Chrome's built-in, on-device Summarizer API. The article never
 * leaves the machine: this module only talks to the `Summarizer` global (or a
 * stand-in passed as `api`) and has no network code. When the API is missing or
 * refuses, callers fall back to the extractive `summarize()`.
 */

export type AiAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export type AiFailure = 'unavailable' | 'aborted' | 'failed';

/** Thrown by aiKeyPoints; `reason` tells the caller whether to fall back quietly. */
export class AiSummaryError extends Error {
  readonly reason: AiFailure;
  constructor(reason: AiFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AiSummaryError';
    this.reason = reason;
  }
}

// The slice of the Summarizer API this module uses.
interface SummarizerInstance {
  summarize(text: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  measureInputUsage?(text: string, options?: { context?: string }): Promise<number>;
  readonly inputQuota?: number;
  destroy?(): void;
}
interface SummarizerApi {
  availability(options?: object): Promise<string>;
  create(options?: object): Promise<SummarizerInstance>;
}
interface ProgressTarget {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

const LENGTH = { 3: 'short', 5: 'medium', 7: 'long' } as const;
const CONTEXT = 'A news article. List its key points for a reader in a hurry.';

function resolveApi(api?: unknown): SummarizerApi | null {
  const candidate = api ?? (globalThis as { Summarizer?: unknown }).Summarizer;
  if (!candidate || (typeof candidate !== 'object' && typeof candidate !== 'function')) return null;
  const c = candidate as Partial<SummarizerApi>;
  return typeof c.availability === 'function' && typeof c.create === 'function' ? (c as SummarizerApi) : null;
}

/** Options shared by availability() and create(), as the API asks. */
function baseOptions(length: 3 | 5 | 7) {
  return { type: 'key-points', format: 'plain-text', length: LENGTH[length] } as const;
}

function normalise(value: unknown): AiAvailability {
  if (value === 'available' || value === 'downloadable' || value === 'downloading') return value;
  // Older Chrome builds answered 'readily' / 'after-download'.
  if (value === 'readily') return 'available';
  if (value === 'after-download') return 'downloadable';
  return 'unavailable';
}

/** Whether the on-device summariser can run; never throws. */
export async function aiSummarizerAvailability(api?: unknown, length: 3 | 5 | 7 = 5): Promise<AiAvailability> {
  const s = resolveApi(api);
  if (!s) return 'unavailable';
  try {
    return normalise(await s.availability(baseOptions(length)));
  } catch {
    return 'unavailable';
  }
}

/** Plain bullet texts from the model's answer ("* one\n* two", "1. one", "- one"). */
export function parseKeyPoints(raw: string, max: number): string[] {
  return raw
    .split(/\n+/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•‣◦–]|\d+[.)])\s+/u, '')
        .replace(/\*\*(.+?)\*\*/gu, '$1')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .slice(0, max);
}

/** Keep whole paragraphs from the top while the model's input quota allows. */
async function fitToQuota(summarizer: SummarizerInstance, text: string): Promise<string> {
  const quota = summarizer.inputQuota;
  if (!summarizer.measureInputUsage || !quota || !Number.isFinite(quota)) return text;
  let usage = await summarizer.measureInputUsage(text, { context: CONTEXT });
  let fitted = text;
  while (usage > quota && fitted.length > 0) {
    const keep = Math.floor(fitted.length * (quota / usage) * 0.9);
    const cut = fitted.lastIndexOf('\n\n', keep);
    fitted = fitted.slice(0, cut > 0 ? cut : keep);
    usage = await summarizer.measureInputUsage(fitted, { context: CONTEXT });
  }
  return fitted;
}

/**
 * 3, 5 or 7 key points as plain strings. `create()` needs transient user
 * activation, so call this from a click handler. Throws AiSummaryError.
 */
export async function aiKeyPoints(
  text: string,
  options: { length: 3 | 5 | 7; onProgress?: (fraction: number) => void; signal?: AbortSignal; api?: unknown },
): Promise<string[]> {
  const { length, onProgress, signal } = options;
  const s = resolveApi(options.api);
  if (!s) throw new AiSummaryError('unavailable', 'The on-device Summarizer API is not available in this browser.');
  const base = baseOptions(length);
  const availability = await aiSummarizerAvailability(s, length);
  if (availability === 'unavailable') throw new AiSummaryError('unavailable', 'The on-device summariser cannot run here.');

  let summarizer: SummarizerInstance | null = null;
  try {
    if (signal?.aborted) throw signal.reason;
    summarizer = await s.create({
      ...base,
      sharedContext: CONTEXT,
      signal,
      monitor(m: ProgressTarget) {
        m.addEventListener('downloadprogress', (e) => onProgress?.(Math.min(1, Math.max(0, Number(e.loaded) || 0))));
      },
    });
    const input = await fitToQuota(summarizer, text);
    const raw = await summarizer.summarize(input, { context: CONTEXT, signal });
    const points = parseKeyPoints(raw, length);
    if (!points.length) throw new AiSummaryError('failed', 'The on-device summariser returned no key points.');
    return points;
  } catch (error) {
    if (error instanceof AiSummaryError) throw error;
    if (signal?.aborted || (error as { name?: string })?.name === 'AbortError') {
      throw new AiSummaryError('aborted', 'The summary was cancelled.', { cause: error });
    }
    throw new AiSummaryError('failed', `The on-device summariser failed: ${String((error as Error)?.message ?? error)}`, {
      cause: error,
    });
  } finally {
    summarizer?.destroy?.();
  }
}
