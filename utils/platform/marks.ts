/** performance.mark the views set when the clean view is painted; the benchmark reads it. */
export const MARK_PAINTED = 'sift:clean-view-painted';
