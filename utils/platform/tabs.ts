/**
 * The article in a tab: Sift's content script injected on demand (allowed by
 * the activeTab grant that the toolbar click, shortcut or context menu gave),
 * its answer checked before it is used. Never throws: every failure is a value.
 */
import { browser } from 'wxt/browser';
import { reasonFromInjectionError, restrictedReason } from '../core/pages/restricted';
import { siteKey } from '../core/pages/site';
import { errorMessage } from '../core/errors';
import type { Article, ArticleDraft } from '../core/article/types';
import {
  extractRequest,
  parseContentResponse,
  parseDraftResponse,
  REQUEST_GLOBAL,
  type ExtractRequest,
  type PageResponse,
  type TabArticleResult,
  type TabDraftResult,
  type TabResult,
} from './protocol';
import { MARK_EXTRACTED, MARK_INJECT } from './marks';
import { t } from './i18n';

/** How long a page may take to answer before the reader is told so. */
export const EXTRACT_TIMEOUT_MS = 5000;

interface Script<T> {
  file: '/inject-view.js' | '/inject-save.js';
  /** The protocol's check of the script's answer. */
  parse(v: unknown): PageResponse<T> | null;
}

/** The click's script: the cleaned draft, which the view sanitises. */
const VIEW_SCRIPT: Script<{ draft: ArticleDraft }> = { file: '/inject-view.js', parse: parseDraftResponse };
/** The background's script: the finished article, sanitised in the page (a service worker has no DOM). */
const SAVE_SCRIPT: Script<{ article: Article }> = { file: '/inject-save.js', parse: parseContentResponse };

interface TabOptions {
  force?: boolean;
  timeoutMs?: number;
  applyRemovedBlocks?: boolean;
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/** The article in the tab, as a draft for a view to finish (sanitise) itself: behind the toolbar click and the shortcut. */
export function draftFromTab(tabId: number, options: TabOptions = {}): Promise<TabDraftResult> {
  return fromTab(tabId, VIEW_SCRIPT, options);
}

/** The finished, sanitised article in the tab: for the background, which has no DOM. */
export function articleFromTab(tabId: number, options: TabOptions = {}): Promise<TabArticleResult> {
  return fromTab(tabId, SAVE_SCRIPT, options);
}

async function fromTab<T>(tabId: number, script: Script<T>, options: TabOptions): Promise<TabResult<T>> {
  const tabUrl = browser.tabs.get(tabId).then(
    (t) => ({ gone: false, url: t.url }),
    () => ({ gone: true, url: undefined }),
  );
  // A plain click needs nothing from the URL: inject at once, while the tab is looked up.
  const early = options.force || options.applyRemovedBlocks ? null : inject(tabId, script, extractRequest(), options.timeoutMs);

  const tab = await tabUrl;
  if (tab.gone) return { ok: false, failure: { kind: 'inject-failed', message: t('tabGone') }, selection: '' };
  // An unknown URL means activeTab is not granted (yet): the injection's error says why.
  const reason = tab.url === undefined ? null : restrictedReason(tab.url);
  if (reason) return { ok: false, failure: { kind: 'restricted', reason }, selection: '' };
  if (early) return early;

  // "Show anyway", and saving from the background, which drops the removed blocks in the page.
  const removedBlocks = options.applyRemovedBlocks && tab.url ? await (await import('./storage')).removedBlocksFor(siteKey(tab.url)) : [];
  return inject(tabId, script, extractRequest(options.force ?? false, removedBlocks), options.timeoutMs);
}

async function inject<T>(tabId: number, script: Script<T>, request: ExtractRequest, timeoutMs = EXTRACT_TIMEOUT_MS): Promise<TabResult<T>> {
  const run = async (): Promise<PageResponse<T> | 'malformed' | undefined> => {
    performance.mark(MARK_INJECT);
    // The common case (a click on an article) is one round trip; a request needs a second.
    if (request.force || request.removedBlocks.length) {
      await browser.scripting.executeScript({
        target: { tabId },
        func: (key: string, req: ExtractRequest) => {
          (globalThis as Record<string, unknown>)[key] = req;
        },
        args: [REQUEST_GLOBAL, request],
        injectImmediately: true,
      });
    }
    // injectImmediately: a reader who clicks while ads still load gets the article now, not at document_idle.
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [script.file], injectImmediately: true });
    if (injection?.result === undefined || injection.result === null) return undefined;
    const answer = script.parse(injection.result);
    // What the page spent, for the benchmark's "where the time goes".
    performance.mark(MARK_EXTRACTED, { detail: answer && { startedAt: answer.startedAt, timings: answer.timings } });
    return answer ?? 'malformed';
  };

  try {
    const answer = await Promise.race([run(), timeout(timeoutMs)]);
    if (answer === 'timeout') return { ok: false, failure: { kind: 'timeout', seconds: timeoutMs / 1000 }, selection: '' };
    if (!answer) return { ok: false, failure: { kind: 'inject-failed', message: t('noAnswer') }, selection: '' };
    if (answer === 'malformed') return { ok: false, failure: { kind: 'inject-failed', message: t('answerNotUnderstood') }, selection: '' };
    // The version and clock are the protocol's; the views need the rest.
    const { v: _v, startedAt: _s, ...result } = answer;
    return result as TabResult<T>;
  } catch (err) {
    const message = errorMessage(err);
    const why = reasonFromInjectionError(message);
    return { ok: false, failure: why ? { kind: 'restricted', reason: why } : { kind: 'inject-failed', message }, selection: '' };
  }
}

/** The tab a view should show: `?tabId=N` from its URL, else the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
