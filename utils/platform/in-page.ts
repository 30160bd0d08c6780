/**
 * What both content scripts do before extracting: take the request the
 * extension left on the isolated world's global, and copy the page (only the
 * story in view, on an infinite-scroll page), without what the page's own
 * style sheets hide. The location is read when they run, so a single-page
 * app gives the article of the URL shown now.
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
  /** A fresh copy of the page, for extraction's second look (made only when asked for). */
  freshCopy: () => Document;
}

/** The click's time for asking the live page what it hides: past it, what is left counts as shown. */
export const VISIBILITY_BUDGET_MS = 15;

/** Elements whose visibility says nothing about the article's text (closed <details> hide a part the reader opens). */
const NOT_ASKED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'META',
  'LINK',
  'TITLE',
  'BR',
  'WBR',
  'SOURCE',
  'TRACK',
  'PARAM',
  'AREA',
  'MAP',
  'DETAILS',
  'DIALOG',
  'OPTION',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'svg',
  'math',
]);

const isStyle = (el: Element) => el.localName === 'style';

/**
 * Removes from `copy` (a copy of `live` made just now) the elements that the
 * page's style sheets hide, as the live elements themselves answer
 * (checkVisibility: display:none, visibility:hidden, content-visibility).
 * Inline display:none is caught later without a live page; this catches a
 * hidden menu, a mobile duplicate, a "read the rest" box styled away. An
 * element that holds most of the page's text is kept (a page that hides its
 * story until a script shows it). Walks the two trees side by side; the copy
 * has no <style> elements, which are skipped in the live tree. Stops at the
 * time budget.
 */
export function dropHiddenElements(live: Document, copy: Document, budgetMs = VISIBILITY_BUDGET_MS): number {
  const liveBody = live.body;
  const copyBody = copy.body;
  if (!liveBody || !copyBody || typeof liveBody.checkVisibility !== 'function') return 0;
  const deadline = performance.now() + budgetMs;
  const total = Math.max(1, (liveBody.textContent ?? '').length);
  let asked = 0;
  let dropped = 0;
  const doomed: Element[] = [];
  const walk = (l: Element, c: Element): boolean => {
    let cc = c.firstElementChild;
    for (let lc = l.firstElementChild; lc; lc = lc.nextElementSibling) {
      if (isStyle(lc)) continue;
      if (!cc) return true;
      if (cc.tagName !== lc.tagName) return false; // the trees differ: stop asking
      if (!NOT_ASKED.has(lc.tagName)) {
        if ((++asked & 63) === 0 && performance.now() > deadline) return false;
        if (!lc.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions)) {
          if ((lc.textContent ?? '').length < total / 2) {
            doomed.push(cc);
            dropped++;
          }
        } else if (lc.firstElementChild && !walk(lc, cc)) return false;
      }
      cc = cc.nextElementSibling;
    }
    return true;
  };
  walk(liveBody, copyBody);
  for (const el of doomed) el.remove();
  return dropped;
}

/** A copy of the page as extraction reads it: styles out, stylesheet-hidden elements out, only the story in view. */
function pageCopy(doc: Document, checkVisibility: boolean): Document {
  const copy = cloneForExtraction(doc);
  if (checkVisibility) dropHiddenElements(doc, copy);
  keepOnlyStory(copy, currentStoryIndex(doc, { height: window.innerHeight }));
  return copy;
}

export function startPageWork(): PageWork {
  const startedAt = performance.timeOrigin + performance.now();
  const request = takeExtractRequest(globalThis);
  const selection = window.getSelection()?.toString() ?? '';
  const t0 = performance.now();
  const copy = pageCopy(document, true);
  return {
    request,
    copy,
    url: location.href,
    selection,
    timings: { clone: performance.now() - t0 },
    startedAt,
    freshCopy: () => pageCopy(document, false),
  };
}
