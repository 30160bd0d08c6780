/**
 * Saving to the reading list, the same for every way of saving (the Save button,
 * the shortcut, the context menu): the body without the reader's removed blocks
 * (saved-body.ts: in the view here, in the page for a save from the background),
 * then the key, key facts and a summary of the reader's length (saved-article.ts).
 */
import type { Article } from '../core/article/types';
import type { SummaryLength } from '../core/settings/settings';
import { LibraryError, type SavedArticle } from '../core/library/types';
import { errorMessage } from '../core/errors';
import { getLibrary } from './library';
import { t } from './i18n';

export type SaveOutcome = { ok: true; saved: SavedArticle; updated: boolean } | { ok: false; message: string };

export interface SaveOptions {
  /** The address of the tab the article came from, when known: a canonical counts only on its site. */
  pageUrl?: string | null;
  summaryLength: SummaryLength;
  tags?: string[];
}

/**
 * Saves an article whose removed blocks are already left out (saved-body.ts).
 * Saving the same URL again updates the entry. Never throws: a full disk or a
 * blocked database is a message.
 */
export async function saveArticle(article: Article, opts: SaveOptions): Promise<SaveOutcome> {
  try {
    // Loaded on demand: views that only read never pay for the fact and summary code here.
    const { buildSavedArticle } = await import('../core/library/saved-article');
    const rec = buildSavedArticle(article, opts);
    const lib = await getLibrary();
    // A damaged stored copy must not block saving a good one over it.
    const before = await lib.getArticle(rec.url).catch(() => undefined);
    const saved = await lib.saveArticle(rec);
    // The story index is stale now: group again once the save is told, so a story page opened next paints from the index.
    setTimeout(() => void import('./stories').then(({ storiesOf }) => storiesOf(lib)).catch(() => undefined), 0); // an index not kept only makes the next story page group itself
    return { ok: true, saved, updated: Boolean(before) };
  } catch (err) {
    const message = err instanceof LibraryError ? err.message : t('couldNotSave', errorMessage(err));
    return { ok: false, message };
  }
}

/** The Save button: the view's article, its removed blocks left out here (a view has a DOM), then saved. */
export async function saveFromView(article: Article, removedBlocks: readonly string[], opts: SaveOptions): Promise<SaveOutcome> {
  const { withoutRemovedBlocks } = await import('../core/library/saved-body');
  const kept = withoutRemovedBlocks(article, removedBlocks, window);
  if (!kept) return { ok: false, message: t('nothingLeftToSave') };
  return saveArticle(kept, opts);
}
