/**
 * Reads and merges an import off the list page's main thread: parsing a
 * 10,000-article backup froze the page for about 1.5 s. The worker opens the
 * reading list itself (same extension origin); the page sanitises the imported
 * HTML for it (a worker has no DOM; sanitize-port.ts), and only the counts come back.
 */
import { openLibrary } from '../../core/library/db';
import { importFile } from '../../core/library/import/into-library';
import { errorMessage } from '../../core/errors';
import { parseImportRequest, PROTOCOL_VERSION, type ImportReply } from '../protocol';
import { portSanitizer } from './sanitize-port';

const scope = self as unknown as { onmessage: ((e: MessageEvent<unknown>) => void) | null; postMessage(m: ImportReply): void };

// A worker has no i18n: an empty message says the request was not understood, and the page words it (run-import.ts).
async function answer(data: unknown): Promise<ImportReply> {
  const request = parseImportRequest(data);
  if (!request?.port) return { v: PROTOCOL_VERSION, ok: false, message: '' };
  try {
    return { v: PROTOCOL_VERSION, ok: true, ...(await importFile(request.file, await openLibrary(), portSanitizer(request.port))) };
  } catch (err) {
    return { v: PROTOCOL_VERSION, ok: false, message: errorMessage(err) };
  } finally {
    request.port.close();
  }
}

scope.onmessage = (e) => {
  void answer(e.data).then((reply) => scope.postMessage(reply));
};
