import type { SavedArticle } from '../types';
import { dateStamp, type ExportFile } from './types';
import { storiesForBackup, type StoriesBackup } from '../../stories/backup';
import { NO_CHOICES, type StoryChoices } from '../../stories/types';

export const SIFT_FORMAT = 'sift-library';
/** 2: the reader's story choices (`stories`). Version 1 files, without them, still import. */
export const SIFT_VERSION = 2;

export interface SiftLibraryFile {
  format: typeof SIFT_FORMAT;
  version: typeof SIFT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  articles: SavedArticle[];
  /** The reader's choices about the stories of these articles. */
  stories: StoriesBackup;
}

/** Everything Sift stores, losslessly: the backup format that importJson reads back. */
export function exportJson(articles: readonly SavedArticle[], now = Date.now(), stories: StoryChoices = NO_CHOICES): ExportFile {
  const file: SiftLibraryFile = {
    format: SIFT_FORMAT,
    version: SIFT_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: [...articles],
    stories: storiesForBackup(
      stories,
      articles.map((a) => a.url),
    ),
  };
  return { filename: `sift-library-${dateStamp(now)}.json`, mime: 'application/json', data: JSON.stringify(file) };
}
