import type { SavedArticle } from '@/utils/library/types';
import type { ExportFile } from '@/utils/library/export/types';
import { exportJson } from '@/utils/library/export/json';
import { exportMarkdownSingle, exportMarkdownZip } from '@/utils/library/export/markdown';
import { exportEpub } from '@/utils/library/export/epub';
import { exportNetscape } from '@/utils/library/export/netscape';
import { exportInstapaperCsv, exportPocketCsv } from '@/utils/library/export/csv';
import type { ExportKind } from './ExportPanel';

/** Build the chosen export in the page (the browser's own DOMParser reads the article HTML). */
export function buildExport(kind: ExportKind, articles: SavedArticle[]): ExportFile {
  const parser = new DOMParser();
  switch (kind) {
    case 'json':
      return exportJson(articles);
    case 'markdown-zip':
      return exportMarkdownZip(articles, parser);
    case 'markdown':
      return exportMarkdownSingle(articles, parser);
    case 'epub':
      return exportEpub(articles, parser);
    case 'netscape':
      return exportNetscape(articles);
    case 'pocket':
      return exportPocketCsv(articles);
    case 'instapaper':
      return exportInstapaperCsv(articles);
  }
}
