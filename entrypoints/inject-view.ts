import { defineUnlistedScript } from '#imports';
import { extractDraft } from '@/utils/core/extract/draft';
import { startPageWork } from '@/utils/platform/in-page';
import { PROTOCOL_VERSION, type DraftResponse } from '@/utils/platform/protocol';

/**
 * The content script a click injects (never declared in the manifest, so Sift
 * runs on no page the user did not ask about). It does in the page only what
 * must be done there: copy the page and extract the cleaned article from the
 * copy. The view that asked sanitises it (utils/core/extract/finish.ts), so DOMPurify
 * is neither compiled nor run in the page on the way to the clean view.
 * An unlisted script rather than a WXT content script: it needs no browser
 * API, and WXT's wrapper would add the API polyfill to every injection.
 */
export default defineUnlistedScript({
  main(): DraftResponse {
    const { request, copy, url, selection, timings, startedAt, freshCopy } = startPageWork();
    const r = extractDraft(copy, { url, force: request.force, removedBlocks: request.removedBlocks, freshCopy });
    Object.assign(timings, r.timings);
    return r.ok
      ? { v: PROTOCOL_VERSION, ok: true, draft: { ...r.meta, unsafeHtml: r.content.outerHTML }, timings, selection, startedAt }
      : { v: PROTOCOL_VERSION, ok: false, failure: r.failure, timings, selection, startedAt };
  },
});
