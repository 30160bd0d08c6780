/**
 * Builds an export off the list page's main thread: 10,000 articles take
 * seconds to turn into Markdown or EPUB, and the page must stay usable. The
 * worker reads the articles from IndexedDB itself (same extension origin), so
 * they are not copied across; only the finished file comes back, as a Blob.
 */
import { openLibrary } from '@/utils/core/library/db';
import { buildExport } from '../../core/library/export/build';
import { articlesToExport } from '../../core/library/export/select';
import type { ExportReply, ExportRequest } from './export-messages';
import { toDownload } from '../../../components/list/download';
import { errorMessage } from '../../core/errors';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ExportRequest>) => void) | null; postMessage(m: ExportReply): void };

scope.onmessage = async (e) => {
  try {
    const articles = await articlesToExport(await openLibrary(), e.data.urls);
    const built = buildExport(e.data.kind, articles);
    // The Blob is made here: a 100 MB string or byte array turned into one on
    // the page's main thread blocked it for ~100 ms.
    scope.postMessage({ ok: true, download: toDownload(built), count: articles.length });
  } catch (err) {
    scope.postMessage({ ok: false, message: errorMessage(err) });
  }
};
