/**
 * Builds an export off the list page's main thread: 10,000 articles take
 * seconds to turn into Markdown or EPUB, and the page must stay usable. The
 * worker reads the articles from IndexedDB itself (same extension origin), so
 * they are not copied across; only the finished file comes back, as a Blob.
 */
import { openLibrary } from '../../core/library/db';
import { buildExport } from '../../core/library/export/build';
import { articlesToExport } from '../../core/library/export/select';
import { toDownload } from '../../core/library/export/types';
import { errorMessage } from '../../core/errors';
import { parseExportRequest, PROTOCOL_VERSION, type ExportReply } from '../protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<unknown>) => void) | null; postMessage(m: ExportReply): void };

// A worker has no i18n: an empty message says the request was not understood, and the page words it (run-export.ts).
async function answer(data: unknown): Promise<ExportReply> {
  const request = parseExportRequest(data);
  if (!request) return { v: PROTOCOL_VERSION, ok: false, message: '' };
  try {
    const articles = await articlesToExport(await openLibrary(), request.urls);
    // The Blob is made here: a 100 MB string or byte array turned into one on
    // the page's main thread blocked it for ~100 ms.
    return {
      v: PROTOCOL_VERSION,
      ok: true,
      download: toDownload(buildExport(request.kind, articles, request.stories)),
      count: articles.length,
    };
  } catch (err) {
    return { v: PROTOCOL_VERSION, ok: false, message: errorMessage(err) };
  }
}

scope.onmessage = (e) => {
  void answer(e.data).then((reply) => scope.postMessage(reply));
};
