import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/utils/extract';
import { currentStoryIndex, keepOnlyStory } from '@/utils/extract/current-article';
import { REQUEST_GLOBAL, type ContentResponse, type ExtractRequest } from '@/utils/extension/messages';

/**
 * Sift's content script, injected on demand (never declared in the manifest,
 * so Sift runs on no page the user did not ask about). An unlisted script
 * rather than a WXT content script: it needs no browser API, and WXT's content
 * script wrapper would add the API polyfill and a context object to every
 * injection (~12 KB to compile on each click). Extracts from a clone so the live page is
 * never touched, and returns plain data as the executeScript result. The
 * location is read when it runs, so a single-page app gives the article of
 * the URL shown now.
 */
export default defineUnlistedScript({
  main(): ContentResponse {
    const request = ((globalThis as Record<string, unknown>)[REQUEST_GLOBAL] ?? {}) as Partial<ExtractRequest>;
    delete (globalThis as Record<string, unknown>)[REQUEST_GLOBAL];
    const selection = window.getSelection()?.toString() ?? '';
    const t0 = performance.now();
    const clone = document.cloneNode(true) as Document;
    keepOnlyStory(clone, currentStoryIndex(document, { height: window.innerHeight }));
    const cloneMs = performance.now() - t0;
    const result = extractArticle(clone, {
      url: location.href,
      window,
      force: request.force ?? false,
      removedBlocks: request.removedBlocks ?? [],
    });
    return { ...result, timings: { clone: cloneMs, ...result.timings }, selection } as ContentResponse;
  },
});
