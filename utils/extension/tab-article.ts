import { browser } from 'wxt/browser';
import { reasonFromInjectionError, restrictedReason, siteKey } from '../pages/restricted';
import { removedBlocksFor } from '../settings/storage';
import { REQUEST_GLOBAL, type ContentResponse, type ExtractRequest, type TabArticleResult } from './messages';

/** How long a page may take to answer before the reader is told so. */
export const EXTRACT_TIMEOUT_MS = 5000;

const CONTENT_SCRIPT = '/content-scripts/content.js';

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
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, failure: { kind: 'inject-failed', message: 'The tab is gone.' }, selection: '' };
  }
  // An unknown URL means activeTab is not granted (yet): try anyway and read the error.
  const reason = url === undefined ? null : restrictedReason(url);
  if (reason) return { ok: false, failure: { kind: 'restricted', reason }, selection: '' };

  // The views drop removed blocks themselves; saving from the background asks the page to.
  const request: ExtractRequest = {
    force: options.force ?? false,
    removedBlocks: options.applyRemovedBlocks && url ? await removedBlocksFor(siteKey(url)) : [],
  };
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
      });
    }
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    performance.mark('sift:extracted');
    return injection?.result as ContentResponse | undefined;
  };

  try {
    const answer = await Promise.race([run(), timeout(options.timeoutMs ?? EXTRACT_TIMEOUT_MS)]);
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
