import type { Library } from '@/utils/core/library/db';
import { buildExport } from '../../core/library/export/build';
import { articlesToExport } from '../../core/library/export/select';
import type { ExportReply, ExportRequest } from './export-messages';
import { toDownload, type Download } from '../../../components/list/download';
import { callWorker } from './call-worker';

/**
 * Builds the export in a worker, so the page keeps answering. Where the worker
 * cannot start or dies, the export is built in the page as before; an error
 * the worker reports (the reading list cannot be read) rejects with its message.
 */
export async function runExport(request: ExportRequest, library: Promise<Library>): Promise<{ download: Download; count: number }> {
  const reply = await inWorker(request);
  if (!reply) return buildInPage(request, await library);
  if (!reply.ok) throw new Error(reply.message);
  return reply;
}

function inWorker(request: ExportRequest): Promise<ExportReply | null> {
  return callWorker<ExportRequest, ExportReply>(
    () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }),
    request,
  );
}

async function buildInPage(request: ExportRequest, lib: Library): Promise<{ download: Download; count: number }> {
  const articles = await articlesToExport(lib, request.urls);
  return { download: toDownload(buildExport(request.kind, articles)), count: articles.length };
}
