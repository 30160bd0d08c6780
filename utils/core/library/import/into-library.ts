import type { ImportResult, Library } from '../db';
import { parseImport } from './index';
import { sanitizeImport, type SanitizeHtml } from './sanitize';
import type { ImportNote } from './types';
import type { StoryChoices } from '../../stories/types';

/** How many articles were added, updated or already there, and what was skipped or repaired. */
export interface ImportOutcome {
  result: ImportResult;
  /** How many entries of the file were skipped or repaired. */
  skipped: number;
  /** The first of their warnings, with line numbers, for the page to put in words. */
  warnings: ImportNote[];
  /** A Sift backup's story choices, for the page to keep (a worker cannot write extension storage). */
  stories?: StoryChoices;
}

/** How many warnings travel back to the page: enough to say what went wrong. */
export const MAX_WARNINGS = 5;

/**
 * Reads an import file, sanitises its HTML, and merges it into the reading
 * list in one transaction: a file that cannot be read changes nothing. The
 * worker and the page's fallback both do exactly this.
 */
export async function importFile(file: Blob, lib: Library, sanitize: SanitizeHtml): Promise<ImportOutcome> {
  const read = parseImport(new Uint8Array(await file.arrayBuffer()));
  // A body is sanitised only where it will be kept: a saved article with as much text keeps its own (mergeArticle).
  const withHtml = read.articles.filter((a) => a.html).map((a) => a.url);
  const local = withHtml.length ? await lib.storedTextLengths(withHtml) : new Map<string, number>();
  const parsed = await sanitizeImport(read, sanitize, (a) => !local.has(a.url) || a.text.length > local.get(a.url)!);
  const result = await lib.importArticles(parsed.articles);
  const outcome: ImportOutcome = { result, skipped: parsed.warnings.length, warnings: parsed.warnings.slice(0, MAX_WARNINGS) };
  return read.stories ? { ...outcome, stories: read.stories } : outcome;
}
