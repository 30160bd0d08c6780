import type { Article } from '../article/types';
import type { Fact } from '../facts/types';
import { openLibrary, type Library } from '../library/db';
import { LibraryError, toSavedArticle, type SavedArticle } from '../library/types';
import { analyse } from '../analysis';

export type SaveOutcome =
  | { ok: true; saved: SavedArticle; updated: boolean }
  | { ok: false; message: string };

let library: Promise<Library> | null = null;
/** One open handle per extension page / background. */
export function getLibrary(): Promise<Library> {
  library ??= openLibrary().catch((err) => {
    library = null;
    throw err;
  });
  return library;
}

/**
 * Saves a clean article to the reading list with its summary and key facts
 * (computed here when the caller has none). Saving the same URL again updates
 * the entry. Never throws: a full disk or a blocked database is a message.
 */
export async function saveToLibrary(
  article: Article,
  computed?: { facts: Fact[]; summary: string[] },
): Promise<SaveOutcome> {
  try {
    const { facts, summary } =
      computed ??
      (() => {
        const a = analyse({ text: article.text, title: article.title, published: article.published, lang: article.lang });
        return { facts: a.facts, summary: a.summary.map((s) => s.text) };
      })();
    const lib = await getLibrary();
    const before = await lib.getArticle(article.url);
    const saved = await lib.saveArticle(toSavedArticle(article, { facts, summary }));
    return { ok: true, saved, updated: Boolean(before) };
  } catch (err) {
    const message =
      err instanceof LibraryError ? err.message : `Could not save: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, message };
  }
}
