import type { Article, ExtractFailure, StageTimings } from '../article/types';
import type { RestrictedReason } from '../pages/restricted';

/** What the extension asks of the content script (set on its global before it runs). */
export interface ExtractRequest {
  force: boolean;
  removedBlocks: string[];
}

/** The global the request is handed over in: both scripts run in the same isolated world. */
export const REQUEST_GLOBAL = '__siftExtractRequest';

/** What the content script answers: plain data, so it survives structured cloning. */
export type ContentResponse =
  | { ok: true; article: Article; timings: StageTimings; selection: string }
  | { ok: false; failure: ExtractFailure; timings: StageTimings; selection: string };

/** Why a tab gave no article, from the extension's side. */
export type TabFailure =
  | ExtractFailure
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'inject-failed'; message: string }
  | { kind: 'timeout' };

export type TabArticleResult =
  | { ok: true; article: Article; timings: StageTimings; selection: string }
  | { ok: false; failure: TabFailure; selection: string };
