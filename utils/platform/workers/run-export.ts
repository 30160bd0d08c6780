import type { Library } from '../../core/library/db';
import { buildExport } from '../../core/library/export/build';
import { articlesToExport } from '../../core/library/export/select';
import { toDownload, type Download } from '../../core/library/export/types';
import { parseExportReply, PROTOCOL_VERSION, type ExportReply, type ExportRequest } from '../protocol';
import { callWorker } from './call-worker';
import { t } from '../i18n';
import { loadChoices } from '../stories';

/** What the list page asks for: every article, or those URLs. */
export type ExportAsk = Omit<ExportRequest, 'v'>;

/**
 * Builds the export in a worker, so the page keeps answering. Where the worker
 * cannot start or dies, the export is built in the page as before; an error
 * the worker reports (the reading list cannot be read) rejects with its message.
 */
export async function runExport(ask: ExportAsk, library: Promise<Library>): Promise<{ download: Download; count: number }> {
  // The backup keeps the reader's story choices; the worker cannot read them from storage, so they travel with the request.
  if (ask.kind === 'json' && !ask.stories) ask = { ...ask, stories: await loadChoices() };
  const reply = await inWorker({ v: PROTOCOL_VERSION, ...ask });
  if (!reply) return buildInPage(ask, await library);
  if (!reply.ok) throw new Error(reply.message || t('requestNotUnderstood'));
  return { download: reply.download, count: reply.count };
}

function inWorker(request: ExportRequest): Promise<ExportReply | null> {
  return callWorker(() => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }), request, parseExportReply);
}

async function buildInPage(ask: ExportAsk, lib: Library): Promise<{ download: Download; count: number }> {
  const articles = await articlesToExport(lib, ask.urls);
  return { download: toDownload(buildExport(ask.kind, articles, ask.stories)), count: articles.length };
}
