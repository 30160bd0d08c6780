import type { ImportResult, Library } from '../db';
import { parseImport } from './index';

/** How many articles were added, updated or already there, and how many entries were skipped. */
export interface ImportOutcome {
  result: ImportResult;
  skipped: number;
}

/**
 * Reads an import file and merges it into the reading list in one
 * transaction: a file that cannot be read changes nothing. The worker and the
 * page's fallback both do exactly this.
 */
export async function importFile(file: Blob, lib: Library): Promise<ImportOutcome> {
  const parsed = parseImport(new Uint8Array(await file.arrayBuffer()));
  const result = await lib.importArticles(parsed.articles);
  return { result, skipped: parsed.warnings.length };
}
