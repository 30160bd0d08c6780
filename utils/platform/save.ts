import type { Article } from '../core/article/types';
import type { Fact } from '../core/facts/types';
import { LibraryError, toSavedArticle, type SavedArticle } from '../core/library/types';
import { getLibrary } from './library';
import { errorMessage } from '../core/errors';

export type SaveOutcome = { ok: true; saved: SavedArticle; updated: boolean } | { ok: false; message: string };

async function analyseForSaving(article: Article): Promise<{ facts: Fact[]; summary: string[] }> {
  // Loaded on demand: views that only read never pay for the fact and summary code here.
  const { analyse } = await import('../core/analysis');
  const a = analyse({ text: article.text, title: article.title, published: article.published, lang: article.lang });
  return { facts: a.facts, summary: a.summary.map((s) => s.text) };
}

/**
 * Saves a clean article to the reading list with its summary and key facts
 * (computed here when the caller has none). Saving the same URL again updates
 * the entry. Never throws: a full disk or a blocked database is a message.
 */
export async function saveToLibrary(article: Article, computed?: { facts: Fact[]; summary: string[] }): Promise<SaveOutcome> {
  try {
    const { facts, summary } = computed ?? (await analyseForSaving(article));
    const lib = await getLibrary();
    // A damaged stored copy must not block saving a good one over it.
    const before = await lib.getArticle(article.url).catch(() => undefined);
    const saved = await lib.saveArticle(toSavedArticle(article, { facts, summary }));
    return { ok: true, saved, updated: Boolean(before) };
  } catch (err) {
    const message = err instanceof LibraryError ? err.message : `Could not save: ${errorMessage(err)}`;
    return { ok: false, message };
  }
}
