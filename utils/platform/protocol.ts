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
 *   6. reader over the page → SW   OverlayAsk / its answers (facts, saving, opening Sift's pages)
 *   7. a view ↔ the list page      ListFocusRequest / ListFocusReply, on a BroadcastChannel
 *
 * A message of another version (an older content script still answering
 * after an update, a stale handoff) fails its check and is treated as absent.
 */
import type { AnalysisInput } from '../core/analysis';
import type { Article, ArticleDraft, ExtractFailure, StageTimings } from '../core/article/types';
import type { Fact } from '../core/facts/types';
import type { SummarySentence } from '../core/summary/types';
import type { StoryContext } from '../core/stories/context';
import type { StoryArticle, StoryChoices } from '../core/stories/types';
import { normalizeSettings, type Settings, type SummaryLength } from '../core/settings/settings';
import { isArticle, isArticleDraft, isExtractFailure, isStageTimings } from '../core/article/validate';
import type { ExportKind } from '../core/library/export/build';
import type { Download } from '../core/library/export/types';
import type { ImportOutcome } from '../core/library/import/into-library';
import { isStoryChoices } from '../core/stories/backup';
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

/**
 * The reader over the page also finds the options and this site's removed
 * blocks on the global when the service worker has them at hand, so its first
 * paint does not wait for storage.
 */
export const KNOWN_GLOBAL = '__siftOverlayKnown';

export interface OverlayKnown {
  v: typeof PROTOCOL_VERSION;
  settings: Settings;
  removedBlocks: Record<string, string[]>;
}

/** The options left on `global` (and takes them off), or null when there are none or they are malformed. */
export function takeOverlayKnown(global: object): OverlayKnown | null {
  const raw: unknown = Reflect.get(global, KNOWN_GLOBAL);
  Reflect.deleteProperty(global, KNOWN_GLOBAL);
  if (!hasFields(raw, { v: isVersion, settings: isRecord, removedBlocks: isRecord })) return null;
  const removedBlocks: Record<string, string[]> = {};
  for (const [site, list] of Object.entries(raw.removedBlocks as Record<string, unknown>))
    if (isStringArray(list)) removedBlocks[site] = list;
  return { v: PROTOCOL_VERSION, settings: normalizeSettings(raw.settings), removedBlocks };
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
  /** The reader's story choices, for the JSON backup (a worker cannot read extension storage). */
  stories?: StoryChoices;
}

export type ExportReply =
  { v: typeof PROTOCOL_VERSION; ok: true; download: Download; count: number } | { v: typeof PROTOCOL_VERSION; ok: false; message: string };

export function parseExportRequest(v: unknown): ExportRequest | null {
  if (!hasFields(v, { v: isVersion, kind: (k) => EXPORT_KINDS.includes(k as ExportKind) })) return null;
  return accept<ExportRequest>(
    v,
    (v.urls === undefined || isStringArray(v.urls)) && (v.stories === undefined || isStoryChoices(v.stories)),
  );
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

/** An import's warning: a message key, its values, and the file of a .zip it comes from. */
const isImportNote = (n: unknown): boolean =>
  hasFields(n, { key: isString }) &&
  (n.subs === undefined || (Array.isArray(n.subs) && n.subs.every((s) => isString(s) || isFiniteNumber(s)))) &&
  (n.file === undefined || isString(n.file));

export function parseImportReply(v: unknown): ImportReply | null {
  if (!hasFields(v, { v: isVersion })) return null;
  if (v.ok === false) return accept<ImportReply>(v, isString(v.message));
  const r = v.result;
  const okResult = hasFields(r, { added: isFiniteNumber, updated: isFiniteNumber, unchanged: isFiniteNumber });
  const okStories = v.stories === undefined || isStoryChoices(v.stories);
  return accept<ImportReply>(
    v,
    v.ok === true && okResult && isFiniteNumber(v.skipped) && Array.isArray(v.warnings) && v.warnings.every(isImportNote) && okStories,
  );
}

/** One of Sift's own pages a view can open: the list, the options, a story. */
export type SiftPage = '/list.html' | '/options.html' | `/story.html?id=${string}`;

export function isSiftPage(v: unknown): v is SiftPage {
  return v === '/list.html' || v === '/options.html' || (typeof v === 'string' && /^\/story\.html\?id=[\w-]{1,40}$/.test(v));
}

// 6. The reader over the page asks the service worker for what a content script cannot do:
// the fact and summary code (kept out of the page), the reading list (the extension's
// IndexedDB), and opening Sift's own pages.

export type OverlayAsk =
  | { v: typeof PROTOCOL_VERSION; kind: 'analyse'; input: AnalysisInput }
  /** The article as the reader sees it, its removed blocks left out in the page (saved-body.ts). */
  | { v: typeof PROTOCOL_VERSION; kind: 'save'; article: Article; summaryLength: SummaryLength; tags: string[] }
  | { v: typeof PROTOCOL_VERSION; kind: 'open'; page: SiftPage }
  | { v: typeof PROTOCOL_VERSION; kind: 'open-reader'; article: Article; selection: string }
  /** The first script painted the article: inject the view's UI. */
  | { v: typeof PROTOCOL_VERSION; kind: 'ui' }
  /** The story of the reading list this article belongs to. */
  | { v: typeof PROTOCOL_VERSION; kind: 'story'; article: StoryArticle };

const SUMMARY_LENGTHS = [3, 5, 7];
const isFact = (f: unknown) =>
  hasFields(f, {
    type: (t) => t === 'date' || t === 'casualties' || t === 'troops',
    quote: isString,
    start: isFiniteNumber,
    end: isFiniteNumber,
  });

export function parseOverlayAsk(v: unknown): OverlayAsk | null {
  if (!hasFields(v, { v: isVersion, kind: isString })) return null;
  switch (v.kind) {
    case 'analyse': {
      const i = v.input;
      const ok = hasFields(i, { text: isString, sentences: (n) => SUMMARY_LENGTHS.includes(n as number) }) && isAnalysisMeta(i);
      return accept<OverlayAsk>(v, ok);
    }
    case 'save':
      return accept<OverlayAsk>(v, isArticle(v.article) && SUMMARY_LENGTHS.includes(v.summaryLength as number) && isStringArray(v.tags));
    case 'open':
      return accept<OverlayAsk>(v, isSiftPage(v.page));
    case 'open-reader':
      return accept<OverlayAsk>(v, isArticle(v.article) && isString(v.selection));
    case 'ui':
      return accept<OverlayAsk>(v, true);
    case 'story': {
      const a = v.article;
      const ok =
        hasFields(a, { url: isString, title: isString, text: isString, savedAt: isFiniteNumber }) &&
        (a.siteName === null || isString(a.siteName)) &&
        (a.published === null || isString(a.published)) &&
        Array.isArray(a.facts) &&
        a.facts.every(isFact);
      return accept<OverlayAsk>(v, ok);
    }
    default:
      return null;
  }
}

function isAnalysisMeta(i: Record<string, unknown>): boolean {
  const nullable = (x: unknown) => x === undefined || x === null || isString(x);
  return nullable(i.title) && nullable(i.published) && nullable(i.lang);
}

/** The service worker's answer to an OverlayAsk: the analysis, or how a save or an opening went. */
export type OverlayAnswer =
  | { v: typeof PROTOCOL_VERSION; ok: true; facts?: Fact[]; summary?: SummarySentence[]; updated?: boolean; story?: StoryContext | null }
  | { v: typeof PROTOCOL_VERSION; ok: false; message: string };

export function parseOverlayAnswer(v: unknown): OverlayAnswer | null {
  if (!hasFields(v, { v: isVersion })) return null;
  if (v.ok === false) return accept<OverlayAnswer>(v, isString(v.message));
  const factsOk = v.facts === undefined || (Array.isArray(v.facts) && v.facts.every(isFact));
  const summaryOk =
    v.summary === undefined ||
    (Array.isArray(v.summary) && v.summary.every((x) => hasFields(x, { text: isString, start: isFiniteNumber, end: isFiniteNumber })));
  const storyOk =
    v.story === undefined ||
    v.story === null ||
    hasFields(v.story, { storyId: isString, storyName: isString, earlier: isFiniteNumber, marks: isRecord });
  return accept<OverlayAnswer>(
    v,
    v.ok === true && factsOk && summaryOk && storyOk && (v.updated === undefined || typeof v.updated === 'boolean'),
  );
}

// 5. Test builds only (E2E=1): what end-to-end tests call on the service worker.

export const TEST_HOOKS_GLOBAL = '__siftTestHooks';

export interface TestHooks {
  /** The keyboard command's handler, as the browser calls it. */
  command(name: string, tab?: { id?: number }): Promise<unknown>;
  /** The context menu's handler, as a click on "Save to Sift reading list" calls it. */
  menuClick(menuItemId: string, tab?: { id?: number }): Promise<unknown>;
}

// 7. "Reading list" from a view: the open list page brings itself forward instead of a second one opening.

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
