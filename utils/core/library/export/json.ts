import type { SavedArticle } from '../types';
import { dateStamp, type ExportFile } from './types';

export const SIFT_FORMAT = 'sift-library';
export const SIFT_VERSION = 1;

export interface SiftLibraryFile {
  format: typeof SIFT_FORMAT;
  version: typeof SIFT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  articles: SavedArticle[];
}

/** Everything Sift stores, losslessly: the backup format that importJson reads back. */
export function exportJson(articles: readonly SavedArticle[], now = Date.now()): ExportFile {
  const file: SiftLibraryFile = {
    format: SIFT_FORMAT,
    version: SIFT_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: [...articles],
  };
  return { filename: `sift-library-${dateStamp(now)}.json`, mime: 'application/json', data: JSON.stringify(file) };
}
