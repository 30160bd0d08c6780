import type { Library } from '../../core/library/db';
import { importFile, type ImportOutcome } from '../../core/library/import/into-library';
import { parseImportReply, PROTOCOL_VERSION } from '../protocol';
import { callWorker } from './call-worker';
import { keepImportedChoices } from '../stories';
import { t } from '../i18n';
import { errorMessage } from '../../core/errors';
import { message } from '../../core/i18n/messages';
import { pageSanitizer, serveSanitizing, type ImportProgress } from './sanitize-port';

/**
 * Imports in a worker, so the page keeps answering; the page only sanitises the
 * imported HTML when the worker asks (it has the DOM). Where the worker cannot
 * start or dies, the page imports the file itself; an error the worker reports
 * (a broken file, a full disk) rejects with its message.
 */
export async function runImport(file: Blob, library: Promise<Library>, onProgress?: ImportProgress): Promise<ImportOutcome> {
  const channel = new MessageChannel();
  serveSanitizing(channel.port1, window, onProgress, (detail) => t('sanitiseFailed', detail));
  let reply;
  try {
    reply = await callWorker(
      () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
      { v: PROTOCOL_VERSION, file, port: channel.port2 },
      parseImportReply,
      [channel.port2],
    );
  } finally {
    channel.port1.close();
  }
  if (reply && !reply.ok) throw new Error(reply.message || t('requestNotUnderstood'));
  const outcome = reply ? reply : await importFile(file, await library, pageSanitizer(window, onProgress));
  const done = { result: outcome.result, skipped: outcome.skipped, warnings: outcome.warnings };
  const stories = outcome.stories;
  if (!stories || (!Object.keys(stories.placed).length && !Object.keys(stories.names).length)) return done;
  // The articles are in: choices that cannot be written are said, not taken for a failed import.
  try {
    await keepImportedChoices(stories);
    return done;
  } catch (e) {
    return { ...done, skipped: done.skipped + 1, warnings: [...done.warnings, message('storiesNotKept', errorMessage(e))] };
  }
}
