import type { Article, ArticleDraft, ExtractFailure, StageTimings } from '../core/article/types';
import type { RestrictedReason } from '../core/pages/restricted';

/** What the extension asks of the content script (set on its global before it runs). */
export interface ExtractRequest {
  force: boolean;
  removedBlocks: string[];
}

/** The global the request is handed over in: both scripts run in the same isolated world. */
export const REQUEST_GLOBAL = '__siftExtractRequest';

/** What a content script answers, around its payload: plain data, so it survives structured cloning. */
export type PageResponse<T> =
  | ({ ok: true; timings: StageTimings; selection: string } & T & PageClock)
  | ({ ok: false; failure: ExtractFailure; timings: StageTimings; selection: string } & PageClock);

/** When the script's own code began (epoch ms): what came before it is the browser compiling and evaluating it. */
export interface PageClock {
  startedAt?: number;
}

/** The click's script (/inject-view.js): an unsanitised draft, which the view finishes. */
export type DraftResponse = PageResponse<{ draft: ArticleDraft }>;
/** The save's script (/inject-save.js): a finished, sanitised article, for a background with no DOM. */
export type ContentResponse = PageResponse<{ article: Article }>;

/** Why a tab gave no article, from the extension's side. */
export type TabFailure =
  ExtractFailure | { kind: 'restricted'; reason: RestrictedReason } | { kind: 'inject-failed'; message: string } | { kind: 'timeout' };

/** What the extension gets from a tab: the script's payload, or why there is none. */
export type TabResult<T> =
  ({ ok: true; timings: StageTimings; selection: string } & T) | { ok: false; failure: TabFailure; selection: string };

export type TabDraftResult = TabResult<{ draft: ArticleDraft }>;
export type TabArticleResult = TabResult<{ article: Article }>;
