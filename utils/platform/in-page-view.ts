/**
 * The reader over the page reads its article where it runs, in the page: the
 * same copy, extraction and sanitiser as the popup's path, without the trip
 * to an extension page and back.
 */
import { extractDraft } from '../core/extract/draft';
import { finishDraft } from '../core/extract/finish';
import type { Load } from './article-source';
import { MARK_EXTRACTED, MARK_FINISHED } from './marks';
import { startPageWork } from './in-page';
import { savedKey } from '../core/library/key';

export function loadThisPage(force: boolean): Load {
  const { copy, url, selection, timings, startedAt, freshCopy } = startPageWork();
  const r = extractDraft(copy, { url, force, freshCopy });
  Object.assign(timings, r.timings);
  performance.mark(MARK_EXTRACTED, { detail: { startedAt, timings } });
  if (!r.ok) return { state: 'failed', failure: r.failure, selection };
  const finished = finishDraft({ ...r.meta, unsafeHtml: r.content.outerHTML }, window, timings);
  performance.mark(MARK_FINISHED);
  if (!finished) return { state: 'failed', failure: { kind: 'empty' }, selection };
  // A canonical on another site does not count (it would replace that site's saved entry).
  return { state: 'ready', article: { ...finished, url: savedKey(url, finished.url) }, selection };
}
