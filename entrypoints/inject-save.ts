import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/utils/core/extract';
import { withoutRemovedBlocks } from '@/utils/core/library/saved-body';
import { startPageWork } from '@/utils/platform/in-page';
import { PROTOCOL_VERSION, type ContentResponse } from '@/utils/platform/protocol';

/**
 * The content script a save from the background injects (shortcut, context
 * menu). The background is a service worker with no DOM to sanitise with, so
 * this one finishes the article in the page, sanitiser included, and leaves out
 * the blocks the reader removed the way the Save button does (saved-body.ts),
 * so every way of saving stores the same article. Every view sanitises again
 * before rendering.
 */
export default defineUnlistedScript({
  main(): ContentResponse {
    const { request, copy, url, selection, timings, startedAt, freshCopy } = startPageWork();
    const r = extractArticle(copy, { url, window, force: request.force, freshCopy });
    Object.assign(timings, r.timings);
    const article = r.ok ? withoutRemovedBlocks(r.article, request.removedBlocks, window) : null;
    if (article) return { v: PROTOCOL_VERSION, ok: true, article, timings, selection, startedAt };
    return { v: PROTOCOL_VERSION, ok: false, failure: r.ok ? { kind: 'empty' } : r.failure, timings, selection, startedAt };
  },
});
