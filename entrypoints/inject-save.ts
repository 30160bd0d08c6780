import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/utils/core/extract';
import { startPageWork } from '@/utils/platform/in-page';
import { PROTOCOL_VERSION, type ContentResponse } from '@/utils/platform/protocol';

/**
 * The content script a save from the background injects (shortcut, context
 * menu). The background is a service worker with no DOM to sanitise with, so
 * this one finishes the article in the page, sanitiser included. Every view
 * sanitises again before rendering.
 */
export default defineUnlistedScript({
  main(): ContentResponse {
    const { request, copy, url, selection, timings, startedAt, freshCopy } = startPageWork();
    const r = extractArticle(copy, { url, window, force: request.force, removedBlocks: request.removedBlocks, freshCopy });
    Object.assign(timings, r.timings);
    return r.ok
      ? { v: PROTOCOL_VERSION, ok: true, article: r.article, timings, selection, startedAt }
      : { v: PROTOCOL_VERSION, ok: false, failure: r.failure, timings, selection, startedAt };
  },
});
