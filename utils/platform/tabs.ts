import { browser } from 'wxt/browser';
import { reasonFromInjectionError, restrictedReason } from '../core/pages/restricted';
import { siteKey } from '../core/pages/site';
import {
  REQUEST_GLOBAL,
  type ExtractRequest,
  type PageResponse,
  type TabArticleResult,
  type TabDraftResult,
  type TabResult,
} from './protocol';
import type { Article, ArticleDraft } from '../core/article/types';
import { errorMessage } from '../core/errors';

/** How long a page may take to answer before the reader is told so. */
export const EXTRACT_TIMEOUT_MS = 5000;

type ScriptFile = '/inject-view.js' | '/inject-save.js';

/** The click's script: the cleaned draft, which the view sanitises. */
const VIEW_SCRIPT: ScriptFile = '/inject-view.js';
/** The background's script: the finished article, sanitised in the page (a service worker has no DOM). */
const SAVE_SCRIPT: ScriptFile = '/inject-save.js';

interface TabOptions {
  force?: boolean;
  timeoutMs?: number;
  applyRemovedBlocks?: boolean;
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * The article in the tab, as a draft for a view to finish (sanitise) itself:
 * the content script behind the toolbar click and the shortcut.
 */
export function draftFromTab(tabId: number, options: TabOptions = {}): Promise<TabDraftResult> {
  return fromTab<{ draft: ArticleDraft }>(tabId, VIEW_SCRIPT, options);
}

/** The finished, sanitised article in the tab: for the background, which has no DOM. */
export function articleFromTab(tabId: number, options: TabOptions = {}): Promise<TabArticleResult> {
  return fromTab<{ article: Article }>(tabId, SAVE_SCRIPT, options);
}

/**
 * Injects one of Sift's content scripts into the tab (allowed by the activeTab
 * grant that the toolbar click, shortcut or context menu gave) and returns
 * what it extracted. Never throws: every failure is a value.
 */
async function fromTab<T>(tabId: number, file: ScriptFile, options: TabOptions): Promise<TabResult<T>> {
  const tabUrl = browser.tabs.get(tabId).then(
    (t) => ({ gone: false, url: t.url }),
    () => ({ gone: true, url: undefined }),
  );
  // A plain click needs nothing from the URL: inject at once, while the tab is looked up.
  const early =
    options.force || options.applyRemovedBlocks ? null : inject<T>(tabId, file, { force: false, removedBlocks: [] }, options.timeoutMs);

  const tab = await tabUrl;
  if (tab.gone) return { ok: false, failure: { kind: 'inject-failed', message: 'The tab is gone.' }, selection: '' };
  // An unknown URL means activeTab is not granted (yet): the injection's error says why.
  const reason = tab.url === undefined ? null : restrictedReason(tab.url);
  if (reason) return { ok: false, failure: { kind: 'restricted', reason }, selection: '' };
  if (early) return early;

  // "Show anyway", and saving from the background, which drops the removed blocks in the page.
  const removedBlocks = options.applyRemovedBlocks && tab.url ? await (await import('./storage')).removedBlocksFor(siteKey(tab.url)) : [];
  return inject<T>(tabId, file, { force: options.force ?? false, removedBlocks }, options.timeoutMs);
}

async function inject<T>(tabId: number, file: ScriptFile, request: ExtractRequest, timeoutMs = EXTRACT_TIMEOUT_MS): Promise<TabResult<T>> {
  const run = async (): Promise<PageResponse<T> | undefined> => {
    performance.mark('sift:inject');
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
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [file], injectImmediately: true });
    const answer = injection?.result as PageResponse<T> | undefined;
    // What the page spent, for the benchmark's "where the time goes".
    performance.mark('sift:extracted', { detail: answer && { startedAt: answer.startedAt, timings: answer.timings } });
    return answer;
  };

  try {
    const answer = await Promise.race([run(), timeout(timeoutMs)]);
    if (answer === 'timeout') return { ok: false, failure: { kind: 'timeout' }, selection: '' };
    if (!answer) return { ok: false, failure: { kind: 'inject-failed', message: 'The page gave no answer.' }, selection: '' };
    return answer;
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
