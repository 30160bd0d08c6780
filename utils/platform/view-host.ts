/**
 * What a clean view needs from where it runs. The popup and the reader tab are
 * extension pages: they load the fact code, open the reading list and open tabs
 * themselves. The reader over the page runs in the page as a content script:
 * it asks the service worker for all three (overlay-client.ts).
 */
import type { Analysis, AnalysisInput } from '../core/analysis';
import type { Article } from '../core/article/types';
import type { SavedArticle } from '../core/library/types';
import type { SummaryLength } from '../core/settings/settings';
import type { StoryContext } from '../core/stories/context';
import type { StoryArticle } from '../core/stories/types';
import { loadArticle, type Load, type Source } from './article-source';
import { openExtensionPage, openReaderTab } from './navigation';
import type { SiftPage } from './protocol';

export type Surface = 'popup' | 'tab' | 'overlay';

/** How a save went, in the terms a view shows (the entry, where the view can reach the reading list itself). */
export type SaveResult = { ok: true; updated: boolean; saved?: SavedArticle } | { ok: false; message: string };

export interface ViewHost {
  surface: Surface;
  /** Where the article comes from. */
  source: Source;
  /** Loads the article again ("Show anyway", "Try again"). */
  load(force: boolean): Promise<Load>;
  analyse(input: AnalysisInput): Promise<Pick<Analysis, 'facts' | 'summary'>>;
  /** Saves the article as the reader sees it (the removed blocks left out), with facts and a summary of their length. */
  save(article: Article, removedBlocks: readonly string[], opts: { summaryLength: SummaryLength; tags?: string[] }): Promise<SaveResult>;
  openReaderTab(source: Source, shown: { article: Article; selection: string } | null, force: boolean): Promise<void>;
  openPage(page: SiftPage): Promise<void>;
  /** Leaves the view after it opened another: the popup and the reader over the page close, a tab stays. */
  leave(): void;
  /** The story of the reading list this article belongs to, if any (after the facts are read). */
  storyContext(article: StoryArticle): Promise<StoryContext | null>;
}

/** The popup's and the reader tab's host: an extension page does it all itself. */
export function extensionPageHost(surface: 'popup' | 'tab', source: Source): ViewHost {
  return {
    surface,
    source,
    load: (force) => loadArticle(source, force),
    // The fact and summary code loads after the view is painted, not before.
    analyse: async (input) => (await import('../core/analysis')).analyse(input),
    // The reading list's code (IndexedDB and all) loads on the first save.
    save: async (article, removedBlocks, opts) => (await import('./save')).saveFromView(article, removedBlocks, opts),
    openReaderTab,
    openPage: openExtensionPage,
    leave: () => {
      if (surface === 'popup') window.close();
    },
    storyContext: async (article) => (await import('./stories')).storyContextOf(article),
  };
}
