/** Milliseconds for stage timings: performance.now where there is one (pages, Node), else Date.now. */
export const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
