import type { Library } from '../db';
import type { SavedArticle } from '../types';

/** The articles an export covers: every saved one, or those URLs (any deleted meanwhile are skipped). */
export async function articlesToExport(lib: Library, urls?: string[]): Promise<SavedArticle[]> {
  if (!urls) return (await lib.allArticles()).items;
  const got = await Promise.all(urls.map((u) => lib.getArticle(u)));
  return got.filter((a): a is SavedArticle => !!a);
}
