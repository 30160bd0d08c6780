/**
 * The performance marks Sift's pages set on their own timeline, so the
 * benchmarks (bench:perf, bench:list) can tell where a reader's wait goes.
 */
/** The view's first script runs. */
export const MARK_VIEW_SCRIPT = 'sift:view-script';
/** The content script is about to be injected. */
export const MARK_INJECT = 'sift:inject';
/** The page's answer is back (detail: when its script started, and its stage timings). */
export const MARK_EXTRACTED = 'sift:extracted';
/** The page's draft is sanitised into an article. */
export const MARK_FINISHED = 'sift:finished';
/** The clean view is painted. */
export const MARK_PAINTED = 'sift:clean-view-painted';
/** The reading list's first screen is painted. */
export const MARK_LIST_FIRST_SCREEN = 'sift:list-first-screen';
/** The story page's first screen is painted. */
export const MARK_STORY_FIRST_SCREEN = 'sift:story-first-screen';
