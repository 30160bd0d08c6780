/** Opening Sift's own pages in a tab: the reader tab, the reading list, the options. */
import { browser } from 'wxt/browser';
import type { Article } from '../core/article/types';
import type { Source } from './article-source';
import { handOff } from './handoff';
import { LIST_CHANNEL, parseListFocusReply, parseListFocusRequest, PROTOCOL_VERSION, type ListFocusReply, type SiftPage } from './protocol';

/** The reader tab for `source`. A live article is handed over so the tab shows it at once; "Show anyway" carries over for its reloads. */
export async function openReaderTab(source: Source, shown: { article: Article; selection: string } | null, force: boolean): Promise<void> {
  let query: string;
  if (source.kind === 'saved') query = `saved=${encodeURIComponent(source.url)}`;
  // The reader over the page opens its tab through the service worker (overlay.ts), which knows the tab.
  else if (source.kind === 'page') return;
  else {
    const handed = shown && source.tabId !== null ? await handOff(source.tabId, shown.article, shown.selection) : false;
    query = `tabId=${source.tabId}${force ? '&force=1' : ''}${handed ? '&handoff=1' : ''}`;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${query}` as '/reader.html') });
}

/** How long a view waits for an open reading list to answer before it opens one. Pages of one extension answer in a few ms. */
export const LIST_ANSWER_MS = 250;

/** Brings an open reading list forward (it answers on LIST_CHANNEL); false when none answered. */
export async function focusOpenList(timeoutMs = LIST_ANSWER_MS): Promise<boolean> {
  if (typeof BroadcastChannel === 'undefined') return false;
  const channel = new BroadcastChannel(LIST_CHANNEL);
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      channel.onmessage = (e: MessageEvent<unknown>) => {
        const reply = parseListFocusReply(e.data);
        if (reply?.id !== id) return;
        clearTimeout(timer);
        resolve(true);
      };
      channel.postMessage({ v: PROTOCOL_VERSION, kind: 'focus-list', id });
    });
  } finally {
    channel.close();
  }
}

/** On the reading list page: bring this tab forward when a view asks for the list. Returns a function that stops listening. */
export function answerListFocus(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LIST_CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const req = parseListFocusRequest(e.data);
    if (!req) return;
    void (async () => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined) return;
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      const reply: ListFocusReply = { v: PROTOCOL_VERSION, kind: 'list-focused', id: req.id };
      channel.postMessage(reply);
    })().catch(() => undefined); // a list that cannot come forward stays quiet: the view opens another
  };
  return () => channel.close();
}

/** The reading list (the open one, brought forward, when there is one), the options or a story, in a tab. */
export async function openExtensionPage(page: SiftPage): Promise<void> {
  if (page === '/list.html' && (await focusOpenList())) return;
  await browser.tabs.create({ url: browser.runtime.getURL(page as '/list.html') });
}
