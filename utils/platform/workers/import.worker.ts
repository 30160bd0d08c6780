/**
 * Reads and merges an import off the list page's main thread: parsing a
 * 10,000-article backup froze the page for about 1.5 s. The worker opens the
 * reading list itself (same extension origin); only the counts come back.
 */
import { openLibrary } from '@/utils/core/library/db';
import { importFile } from '../../core/library/import/into-library';
import type { ImportReply, ImportRequest } from './import-messages';
import { errorMessage } from '../../core/errors';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage(m: ImportReply): void };

scope.onmessage = async (e) => {
  try {
    scope.postMessage({ ok: true, ...(await importFile(e.data.file, await openLibrary())) });
  } catch (err) {
    scope.postMessage({ ok: false, message: errorMessage(err) });
  }
};
