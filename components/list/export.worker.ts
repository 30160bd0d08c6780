/**
 * Builds an export off the list page's main thread: 10,000 articles take
 * seconds to turn into Markdown or EPUB, and the page must stay usable. The
 * worker reads the articles from IndexedDB itself (same extension origin), so
 * they are not copied across; only the finished file comes back, transferred.
 */
import { openLibrary } from '@/utils/library/db';
import { buildExport } from './exporters';
import { articlesToExport } from './export-source';
import type { ExportReply, ExportRequest } from './export-messages';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ExportRequest>) => void) | null; postMessage(m: ExportReply, transfer?: Transferable[]): void };

scope.onmessage = async (e) => {
  try {
    const articles = await articlesToExport(await openLibrary(), e.data.urls);
    const built = buildExport(e.data.kind, articles);
    // Text goes back as UTF-8 bytes, transferred: a 100 MB string would be
    // copied, and then encoded into the Blob, on the page's main thread.
    const data = typeof built.data === 'string' ? new TextEncoder().encode(built.data) : built.data;
    scope.postMessage({ ok: true, file: { ...built, data }, count: articles.length }, [data.buffer as ArrayBuffer]);
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
