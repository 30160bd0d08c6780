/**
 * The second step of building a saved article, the same for every way of saving:
 * its key (savedKey: a canonical counts only on the page's own site), its key
 * facts and a summary of the reader's length, both read from the text of the body
 * as saved (saved-body.ts), so their offsets point into that text.
 */
import type { Article } from '../article/types';
import { analyse } from '../analysis';
import type { SummaryLength } from '../settings/settings';
import { savedKey } from './key';
import { toSavedArticle, type SavedArticle } from './types';

export interface SavedArticleOptions {
  /** The address of the page the article came from (the tab's), when known. */
  pageUrl?: string | null;
  summaryLength: SummaryLength;
  tags?: string[];
  now?: number;
}

export function buildSavedArticle(article: Article, opts: SavedArticleOptions): SavedArticle {
  const a = analyse({
    text: article.text,
    title: article.title,
    published: article.published,
    lang: article.lang,
    sentences: opts.summaryLength,
  });
  return toSavedArticle(
    { ...article, url: savedKey(opts.pageUrl, article.url) },
    { facts: a.facts, summary: a.summary.map((s) => s.text), tags: opts.tags, now: opts.now },
  );
}
