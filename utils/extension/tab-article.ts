import { browser } from 'wxt/browser';
import { reasonFromInjectionError, restrictedReason, siteKey } from '../pages/restricted';
import { REQUEST_GLOBAL, type ContentResponse, type ExtractRequest, type TabArticleResult } from './messages';

/** How long a page may take to answer before the reader is told so. */
export const EXTRACT_TIMEOUT_MS = 5000;

const CONTENT_SCRIPT = '/extract.js';

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * Injects Sift's content script into the tab (allowed by the activeTab grant
 * that the toolbar click, shortcut or context menu gave) and returns the
 * clean article it extracted. Never throws: every failure is a value.
 */
export async function articleFromTab(
  tabId: number,
  options: { force?: boolean; timeoutMs?: number; applyRemovedBlocks?: boolean } = {},
): Promise<TabArticleResult> {
  const tabUrl = browser.tabs.get(tabId).then(
    (t) => ({ gone: false, url: t.url }),
    () => ({ gone: true, url: undefined }),
  );
  // A plain click needs nothing from the URL: inject at once, while the tab is looked up.
  const early = options.force || options.applyRemovedBlocks ? null : inject(tabId, { force: false, removedBlocks: [] }, options.timeoutMs);

  const tab = await tabUrl;
  if (tab.gone) return { ok: false, failure: { kind: 'inject-failed', message: 'The tab is gone.' }, selection: '' };
  // An unknown URL means activeTab is not granted (yet): the injection's error says why.
  const reason = tab.url === undefined ? null : restrictedReason(tab.url);
  if (reason) return { ok: false, failure: { kind: 'restricted', reason }, selection: '' };
  if (early) return early;

  // "Show anyway", and saving from the background, which drops the removed blocks in the page.
  const removedBlocks =
    options.applyRemovedBlocks && tab.url ? await (await import('../settings/storage')).removedBlocksFor(siteKey(tab.url)) : [];
  return inject(tabId, { force: options.force ?? false, removedBlocks }, options.timeoutMs);
}

async function inject(tabId: number, request: ExtractRequest, timeoutMs = EXTRACT_TIMEOUT_MS): Promise<TabArticleResult> {
  const run = async (): Promise<ContentResponse | undefined> => {
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
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT], injectImmediately: true });
    performance.mark('sift:extracted');
    return injection?.result as ContentResponse | undefined;
  };

  try {
    const answer = await Promise.race([run(), timeout(timeoutMs)]);
    if (answer === 'timeout') return { ok: false, failure: { kind: 'timeout' }, selection: '' };
    if (!answer) return { ok: false, failure: { kind: 'inject-failed', message: 'The page gave no answer.' }, selection: '' };
    return answer;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
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
