/** Opening Sift's own pages in a tab: the reader tab, the reading list, the options. */
import { browser } from 'wxt/browser';
import type { Article } from '../core/article/types';
import type { Source } from './article-source';
import { handOff } from './handoff';
import type { SiftPage } from './protocol';

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

export async function openExtensionPage(page: SiftPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(page as '/list.html') });
}
