import type { Article } from '@/utils/core/article/types';
import { keepTabArticles, loadArticle, type Load, type Source } from '@/utils/platform/article-source';
import { keepForTab, keptFor, takeHandoff } from '@/utils/platform/handoff';
import { currentTabId } from '@/utils/platform/runtime';

// reader.html?tabId=N: the live page of that tab (activeTab was granted by the click).
// reader.html?saved=URL: an article from the reading list, read offline.
// &force=1: "Show anyway" was chosen in the popup that opened this tab.
// &handoff=1: the popup left its article in storage.session (utils/platform/handoff.ts).
// &url=URL: the article this tab showed. The tab keeps it (handoff.ts) for its reloads, so
// a reload shows it again even when its source tab is closed or shows another page by now;
// a bookmark of the address reopens it from the reading list.
const params = new URLSearchParams(location.search);
const saved = params.get('saved');
const shown = params.get('url');
const tabId = Number(params.get('tabId'));
const liveTab = Number.isInteger(tabId) && tabId > 0 ? tabId : null;
const forced = params.get('force') === '1';
const self = currentTabId();

/** Keep what this tab shows, and name it in the tab's address (a reload finds it kept; a bookmark, in the list). */
function keep(article: Article, selection: string): void {
  void self.then((me) => me !== null && keepForTab(me, article, selection));
  const next = new URLSearchParams(location.search);
  next.set('url', article.url);
  history.replaceState(history.state, '', `${location.pathname}?${next}`);
}

async function plan(): Promise<{ source: Source; initial: Promise<Load> }> {
  if (saved) return { source: { kind: 'saved', url: saved }, initial: loadArticle({ kind: 'saved', url: saved }) };
  const source: Source = { kind: 'tab', tabId: liveTab };
  if (shown !== null) {
    // A reload (the address names the article shown): what this tab kept.
    const me = await self;
    const kept = me === null ? null : await keptFor(me);
    if (kept?.article.url === shown)
      return { source, initial: Promise.resolve({ state: 'ready', article: kept.article, selection: kept.selection }) };
    // Nothing kept for this tab (a bookmark, or a browser restart): the reading list, or the page if it still shows this article.
    const fromList = await loadArticle({ kind: 'saved', url: shown });
    if (fromList.state === 'ready') return { source: { kind: 'saved', url: shown }, initial: Promise.resolve(fromList) };
    const again = liveTab === null ? null : await loadArticle(source, forced);
    if (again?.state === 'ready' && again.article.url === shown) {
      keep(again.article, again.selection);
      keepTabArticles(keep);
      return { source, initial: Promise.resolve(again) };
    }
    return { source, initial: Promise.resolve({ state: 'failed', failure: { kind: 'not-kept', url: shown }, selection: '' }) };
  }
  // From here on, every article this tab loads from its page is kept.
  keepTabArticles(keep);
  if (liveTab !== null && params.get('handoff') === '1') {
    const h = await takeHandoff(liveTab);
    if (h) {
      keep(h.article, h.selection);
      return { source, initial: Promise.resolve({ state: 'ready', article: h.article, selection: h.selection }) };
    }
  }
  return { source, initial: loadArticle(source, forced) };
}

// &at=N&quote=Q: a passage to show (the story page links a figure to its sentence).
const at = Number(params.get('at'));
const quote = params.get('quote');
const focus = quote && Number.isInteger(at) && at >= 0 ? { quote, start: at } : undefined;

const planned = plan();
void Promise.all([planned, import('@/components/reader/mount')]).then(([{ source, initial }, { mountReader }]) =>
  mountReader({ surface: 'tab', source, initial, forced, focus }),
);
