import { browser } from 'wxt/browser';
import type { Article } from '../core/article/types';
import type { ViewFailure } from '../core/pages/failures';
import { errorMessage } from '../core/errors';
import { savedKey } from '../core/library/key';
import { MARK_FINISHED } from './marks';
import { draftFromTab } from './tabs';

/** Where a view's article comes from: a live tab, or the reading list (offline). */
export type Source =
  | { kind: 'tab'; tabId: number | null }
  | { kind: 'saved'; url: string }
  /** The page the reader over the page is drawn on: its content script extracts it. */
  | { kind: 'page' };

export type Load =
  | { state: 'loading' }
  | { state: 'ready'; article: Article; selection: string }
  | { state: 'failed'; failure: ViewFailure; selection: string };

/** The address a tab shows (activeTab lets the view read it), or null. */
function tabUrl(tabId: number): Promise<string | null> {
  return browser.tabs.get(tabId).then(
    (t) => t.url ?? null,
    () => null,
  );
}

/** Told of every article a view loads from a tab: the reader tab keeps it for its reloads (see entrypoints/reader). */
let onTabArticle: ((article: Article, selection: string) => void) | null = null;
export function keepTabArticles(keep: (article: Article, selection: string) => void): void {
  onTabArticle = keep;
}

/** Fetches a view's article. Kept out of the UI chunk so a view can start it before the UI has loaded. */
export async function loadArticle(source: Source, force = false): Promise<Load> {
  if (source.kind === 'saved') {
    try {
      // The reading list's code loads only for saved articles: a click on a page never waits for it.
      const { getLibrary } = await import('./library');
      const rec = await (await getLibrary()).getArticle(source.url);
      if (!rec) return { state: 'failed', failure: { kind: 'not-saved', url: source.url }, selection: '' };
      return { state: 'ready', article: rec, selection: '' };
    } catch (err) {
      return { state: 'failed', failure: { kind: 'storage', message: errorMessage(err) }, selection: '' };
    }
  }
  if (source.kind === 'page' || source.tabId === null) return { state: 'failed', failure: { kind: 'no-tab' }, selection: '' };
  const drafting = draftFromTab(source.tabId, { force });
  const pageUrl = tabUrl(source.tabId);
  // The page sends its cleaned article unsanitised: it is sanitised here, where
  // the sanitiser is loaded (the UI chunk has it) and warm. The code that does
  // it loads while the page works, once the injection is on its way.
  const finishing = import('../core/extract/finish');
  finishing.catch(() => undefined); // awaited below only when the page answered
  const r = await drafting;
  if (!r.ok) return { state: 'failed', failure: r.failure, selection: r.selection };
  const { finishDraft } = await finishing;
  const finished = finishDraft(r.draft, window);
  performance.mark(MARK_FINISHED);
  if (!finished) return { state: 'failed', failure: { kind: 'empty' }, selection: r.selection };
  // The page names its address; a canonical on another site does not count (it would replace that site's saved entry).
  const article = { ...finished, url: savedKey(await pageUrl, finished.url) };
  onTabArticle?.(article, r.selection);
  return { state: 'ready', article, selection: r.selection };
}
