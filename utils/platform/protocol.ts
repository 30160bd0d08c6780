/**
 * Every message that crosses a boundary between Sift's contexts, in one file:
 * its type, its version, and the check the receiving side runs before it
 * trusts a field. Nothing else in Sift sends data between contexts.
 *
 *   1. view or background → page   ExtractRequest, left on the isolated world's global
 *   2. page → view or background   DraftResponse / ContentResponse, executeScript's result
 *   3. popup → reader tab          Handoff, in storage.session
 *      reader tab → its reloads    KeptArticle, in storage.session
 *   4. list page ↔ its workers     ExportRequest / ExportReply, ImportRequest / ImportReply,
 *                                  and SanitizeRequest / SanitizeReply over the import's port
 *   5. tests → service worker      TestHooks, in test builds only
 *   6. a view ↔ the list page      ListFocusRequest / ListFocusReply, on a BroadcastChannel
 *
 * A message of another version (an older content script still answering
 * after an update, a stale handoff) fails its check and is treated as absent.
 */
import type { Article, ArticleDraft, ExtractFailure, StageTimings } from '../core/article/types';
import { isArticle, isArticleDraft, isExtractFailure, isStageTimings } from '../core/article/validate';
import type { ExportKind } from '../core/library/export/build';
import type { Download } from '../core/library/export/types';
import type { ImportOutcome } from '../core/library/import/into-library';
import type { TabFailure } from '../core/pages/failures';
import { accept, hasFields, isFiniteNumber, isRecord, isString, isStringArray } from '../core/shape';

export const PROTOCOL_VERSION = 1;
const isVersion = (v: unknown) => v === PROTOCOL_VERSION;

// 1. The request a content script reads when it starts.

export interface ExtractRequest {
  v: typeof PROTOCOL_VERSION;
  /** "Show anyway": extract even what does not look like an article. */
  force: boolean;
  /** Fingerprints of the blocks the reader removed on this site. */
  removedBlocks: string[];
}

/** The global the request is handed over in: both scripts run in the same isolated world. */
export const REQUEST_GLOBAL = '__siftExtractRequest';

export function extractRequest(force = false, removedBlocks: string[] = []): ExtractRequest {
  return { v: PROTOCOL_VERSION, force, removedBlocks };
}

/** The request left on `global` (and takes it off), or a plain click's when there is none or it is malformed. */
export function takeExtractRequest(global: object): ExtractRequest {
  const raw: unknown = Reflect.get(global, REQUEST_GLOBAL);
  Reflect.deleteProperty(global, REQUEST_GLOBAL);
  if (!hasFields(raw, { v: isVersion, force: (x) => typeof x === 'boolean', removedBlocks: isStringArray })) return extractRequest();
  return extractRequest(raw.force as boolean, raw.removedBlocks as string[]);
}

// 2. What a content script answers.

/** When the script's own code began (epoch ms): what came before it is the browser compiling and evaluating it. */
interface PageClock {
  startedAt?: number;
}

/** A content script's answer around its payload: plain data, so it survives structured cloning. */
export type PageResponse<T> =
  | ({ v: typeof PROTOCOL_VERSION; ok: true; timings: StageTimings; selection: string } & T & PageClock)
  | ({ v: typeof PROTOCOL_VERSION; ok: false; failure: ExtractFailure; timings: StageTimings; selection: string } & PageClock);

/** The click's script (/inject-view.js): an unsanitised draft, which the view finishes. */
export type DraftResponse = PageResponse<{ draft: ArticleDraft }>;
/** The save's script (/inject-save.js): a finished, sanitised article, for a background with no DOM. */
export type ContentResponse = PageResponse<{ article: Article }>;

function isPageResponse(v: unknown, payload: (r: Record<string, unknown>) => boolean): boolean {
  if (!hasFields(v, { v: isVersion, timings: isStageTimings, selection: isString })) return false;
  if (v.startedAt !== undefined && !isFiniteNumber(v.startedAt)) return false;
  if (v.ok === true) return payload(v);
  return v.ok === false && isExtractFailure(v.failure);
}

export function parseDraftResponse(v: unknown): DraftResponse | null {
  return accept<DraftResponse>(
    v,
    isPageResponse(v, (r) => isArticleDraft(r.draft)),
  );
}

export function parseContentResponse(v: unknown): ContentResponse | null {
  return accept<ContentResponse>(
    v,
    isPageResponse(v, (r) => isArticle(r.article)),
  );
}

/** What the extension gets from a tab: the script's payload, or why there is none. */
export type TabResult<T> =
  ({ ok: true; timings: StageTimings; selection: string } & T) | { ok: false; failure: TabFailure; selection: string };

export type TabDraftResult = TabResult<{ draft: ArticleDraft }>;
export type TabArticleResult = TabResult<{ article: Article }>;

// 3. "Open in reader tab": the popup's finished article, for the tab it opens.

export interface Handoff {
  v: typeof PROTOCOL_VERSION;
  article: Article;
  selection: string;
  /** When it was left (ms since the epoch). */
  at: number;
}

export function parseHandoff(v: unknown): Handoff | null {
  return accept<Handoff>(v, hasFields(v, { v: isVersion, article: isArticle, selection: isString, at: isFiniteNumber }));
}

/**
 * The article a reader tab shows, kept for that tab (by its own tab id) so a
 * reload shows it again without its source tab: the page may be closed, or
 * showing something else by now. Removed when the tab closes (background.ts).
 */
export interface KeptArticle {
  v: typeof PROTOCOL_VERSION;
  article: Article;
  selection: string;
  /** When it was kept (ms since the epoch). */
  at: number;
}

export function parseKeptArticle(v: unknown): KeptArticle | null {
  return accept<KeptArticle>(v, hasFields(v, { v: isVersion, article: isArticle, selection: isString, at: isFiniteNumber }));
}

// 4. The list page and its workers.

const EXPORT_KINDS: readonly ExportKind[] = ['json', 'markdown-zip', 'markdown', 'netscape', 'pocket', 'instapaper', 'epub'];

/** Every article, or those URLs. */
export interface ExportRequest {
  v: typeof PROTOCOL_VERSION;
  kind: ExportKind;
  urls?: string[];
}

export type ExportReply =
  { v: typeof PROTOCOL_VERSION; ok: true; download: Download; count: number } | { v: typeof PROTOCOL_VERSION; ok: false; message: string };

export function parseExportRequest(v: unknown): ExportRequest | null {
  if (!hasFields(v, { v: isVersion, kind: (k) => EXPORT_KINDS.includes(k as ExportKind) })) return null;
  return accept<ExportRequest>(v, v.urls === undefined || isStringArray(v.urls));
}

export function parseExportReply(v: unknown): ExportReply | null {
  if (!hasFields(v, { v: isVersion })) return null;
  if (v.ok === false) return accept<ExportReply>(v, isString(v.message));
  const d = v.download;
  const okDownload = isRecord(d) && isString(d.filename) && typeof Blob !== 'undefined' && d.blob instanceof Blob;
  return accept<ExportReply>(v, v.ok === true && okDownload && isFiniteNumber(v.count));
}

/** The file the reader picked (a File is passed by reference), and the port the worker asks the page to sanitise HTML on. */
export interface ImportRequest {
  v: typeof PROTOCOL_VERSION;
  file: Blob;
  /** A worker has no DOM for DOMPurify: it sends the imported articles' HTML here (SanitizeRequest) and waits. */
  port?: MessagePort;
}

/** Worker → page, on the import's port: HTML to sanitise, in order, and how far the import has got (for its progress). */
export interface SanitizeRequest {
  v: typeof PROTOCOL_VERSION;
  id: number;
  htmls: string[];
  /** Articles sanitised before this batch, of `total` to sanitise. */
  done: number;
  total: number;
}

/** Page → worker: the same HTML sanitised, same order; or why it could not be. */
export type SanitizeReply =
  | { v: typeof PROTOCOL_VERSION; id: number; ok: true; htmls: string[] }
  | { v: typeof PROTOCOL_VERSION; id: number; ok: false; message: string };

export function parseSanitizeRequest(v: unknown): SanitizeRequest | null {
  return accept<SanitizeRequest>(
    v,
    hasFields(v, { v: isVersion, id: isFiniteNumber, htmls: isStringArray, done: isFiniteNumber, total: isFiniteNumber }),
  );
}

export function parseSanitizeReply(v: unknown): SanitizeReply | null {
  if (!hasFields(v, { v: isVersion, id: isFiniteNumber })) return null;
  if (v.ok === false) return accept<SanitizeReply>(v, isString(v.message));
  return accept<SanitizeReply>(v, v.ok === true && isStringArray(v.htmls));
}

export type ImportReply =
  ({ v: typeof PROTOCOL_VERSION; ok: true } & ImportOutcome) | { v: typeof PROTOCOL_VERSION; ok: false; message: string };

export function parseImportRequest(v: unknown): ImportRequest | null {
  if (!hasFields(v, { v: isVersion, file: (f) => typeof Blob !== 'undefined' && f instanceof Blob })) return null;
  return accept<ImportRequest>(v, v.port === undefined || (typeof MessagePort !== 'undefined' && v.port instanceof MessagePort));
}

export function parseImportReply(v: unknown): ImportReply | null {
  if (!hasFields(v, { v: isVersion })) return null;
  if (v.ok === false) return accept<ImportReply>(v, isString(v.message));
  const r = v.result;
  const okResult = hasFields(r, { added: isFiniteNumber, updated: isFiniteNumber, unchanged: isFiniteNumber });
  return accept<ImportReply>(v, v.ok === true && okResult && isFiniteNumber(v.skipped) && isStringArray(v.warnings));
}

// 5. Test builds only (E2E=1): what end-to-end tests call on the service worker.

export const TEST_HOOKS_GLOBAL = '__siftTestHooks';

export interface TestHooks {
  /** The keyboard command's handler, as the browser calls it. */
  command(name: string, tab?: { id?: number }): Promise<unknown>;
  /** The context menu's handler, as a click on "Save to Sift reading list" calls it. */
  menuClick(menuItemId: string, tab?: { id?: number }): Promise<unknown>;
}

// 6. "Reading list" from a view: the open list page brings itself forward instead of a second one opening.

/** The channel's name: every Sift page of this extension (one origin) hears it. */
export const LIST_CHANNEL = 'sift:list';

export interface ListFocusRequest {
  v: typeof PROTOCOL_VERSION;
  kind: 'focus-list';
  /** Told back in the reply, so a view hears the answer to its own request. */
  id: string;
}

export interface ListFocusReply {
  v: typeof PROTOCOL_VERSION;
  kind: 'list-focused';
  id: string;
}

export function parseListFocusRequest(v: unknown): ListFocusRequest | null {
  return accept<ListFocusRequest>(v, hasFields(v, { v: isVersion, kind: (k) => k === 'focus-list', id: isString }));
}

export function parseListFocusReply(v: unknown): ListFocusReply | null {
  return accept<ListFocusReply>(v, hasFields(v, { v: isVersion, kind: (k) => k === 'list-focused', id: isString }));
}
