/**
 * The service worker's side of the reader over the page: putting it on the
 * page (the content script /inject-overlay.js, by the activeTab grant of the
 * click or shortcut), and answering what it asks (protocol.ts, channel 6).
 */
import { browser, type Browser } from 'wxt/browser';
import { errorMessage } from '../core/errors';
import { failureMessage } from '../core/pages/failures';
import { say } from './i18n';
import { restrictedReason } from '../core/pages/restricted';
import { handOff } from './handoff';
import { openExtensionPage } from './navigation';
import { KNOWN_GLOBAL, parseOverlayAsk, PROTOCOL_VERSION, type OverlayAnswer } from './protocol';
import { knownFor } from './known-cache';

/** Opens the reader over the page in `tabId`, or closes it when it is open (the script toggles). */
export async function toggleOverlay(tabId: number, url?: string): Promise<void> {
  try {
    const known = knownFor(url);
    // Not awaited: injections into a frame run in the order they were asked for, and the script reads
    // storage itself when it finds nothing, so the options cost no round trip before the script.
    if (known) {
      void browser.scripting
        .executeScript({
          target: { tabId },
          func: (key: string, value: unknown) => {
            (globalThis as Record<string, unknown>)[key] = value;
          },
          args: [KNOWN_GLOBAL, known],
          injectImmediately: true,
        })
        .catch(() => undefined); // the script below reads storage instead
    }
    await browser.scripting.executeScript({ target: { tabId }, files: ['/inject-overlay.js'], injectImmediately: true });
  } catch (err) {
    // A page no extension may script (a browser page, a store): say so on the badge.
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const reason = restrictedReason(tab?.url);
    const detail = reason ? say(failureMessage({ kind: 'restricted', reason }).detail) : errorMessage(err);
    const ui = browser.action ?? browser.browserAction;
    await ui.setBadgeText({ tabId, text: '!' }).catch(() => undefined); // the tab may be gone
    await ui.setTitle({ tabId, title: `Sift: ${detail}` }).catch(() => undefined); // the tab may be gone
  }
}

/** Answers one message of a reader over the page; anything else gets no answer. */
export function answerOverlay(message: unknown, sender: Browser.runtime.MessageSender): Promise<OverlayAnswer> | undefined {
  if (sender.id !== browser.runtime.id || !sender.tab?.id) return undefined;
  const ask = parseOverlayAsk(message);
  if (!ask) return undefined;
  const tabId = sender.tab.id;
  const fail = (err: unknown): OverlayAnswer => ({ v: PROTOCOL_VERSION, ok: false, message: errorMessage(err) });
  switch (ask.kind) {
    case 'ui':
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/overlay-ui.js'], injectImmediately: true })
        .then((): OverlayAnswer => ({ v: PROTOCOL_VERSION, ok: true }))
        .catch(fail);
    case 'story':
      return import('./stories')
        .then(({ storyContextOf }) => storyContextOf(ask.article))
        .then((story): OverlayAnswer => ({ v: PROTOCOL_VERSION, ok: true, story }))
        .catch(fail);
    case 'analyse':
      return import('../core/analysis')
        .then(({ analyse }) => {
          const a = analyse(ask.input);
          return { v: PROTOCOL_VERSION, ok: true, facts: a.facts, summary: a.summary } as const;
        })
        .catch(fail);
    case 'save':
      // Keyed already (the page's own address checked its canonical) and its removed blocks left out in the page.
      return import('./save')
        .then(({ saveArticle }) => saveArticle(ask.article, { summaryLength: ask.summaryLength, tags: ask.tags }))
        .then((r): OverlayAnswer =>
          r.ok ? { v: PROTOCOL_VERSION, ok: true, updated: r.updated } : { v: PROTOCOL_VERSION, ok: false, message: r.message },
        )
        .catch(fail);
    case 'open':
      return openExtensionPage(ask.page)
        .then((): OverlayAnswer => ({ v: PROTOCOL_VERSION, ok: true }))
        .catch(fail);
    case 'open-reader':
      return handOff(tabId, ask.article, ask.selection)
        .then((handed) =>
          browser.tabs.create({
            url: browser.runtime.getURL(`/reader.html?tabId=${tabId}${handed ? '&handoff=1' : ''}` as '/reader.html'),
          }),
        )
        .then((): OverlayAnswer => ({ v: PROTOCOL_VERSION, ok: true }))
        .catch(fail);
  }
}
