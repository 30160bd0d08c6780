/**
 * What both content scripts do before extracting: take the request the
 * extension left on the isolated world's global, and copy the page (only the
 * story in view, on an infinite-scroll page). The location is read when they
 * run, so a single-page app gives the article of the URL shown now.
 */
import type { StageTimings } from '../core/article/types';
import { cloneForExtraction } from '../core/extract/clone';
import { currentStoryIndex, keepOnlyStory } from '../core/extract/current-article';
import { takeExtractRequest, type ExtractRequest } from './protocol';

export interface PageWork {
  request: ExtractRequest;
  copy: Document;
  url: string;
  selection: string;
  timings: StageTimings;
  /** Epoch ms when the script's code began, for the benchmark's breakdown. */
  startedAt: number;
}

export function startPageWork(): PageWork {
  const startedAt = performance.timeOrigin + performance.now();
  const request = takeExtractRequest(globalThis);
  const selection = window.getSelection()?.toString() ?? '';
  const t0 = performance.now();
  const copy = cloneForExtraction(document);
  keepOnlyStory(copy, currentStoryIndex(document, { height: window.innerHeight }));
  return {
    request,
    copy,
    url: location.href,
    selection,
    timings: { clone: performance.now() - t0 },
    startedAt,
  };
}
