/** Whitespace as Sift compares text: every run of spaces, line breaks, no-break and zero-width spaces is one space. */

/** Collapse runs of whitespace (incl. no-break and zero-width spaces) to one space and trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u200b]+/g, ' ').trim();
}

/** Whether one character counts as whitespace for collapseWhitespace. */
export function isSpaceChar(ch: string): boolean {
  return /[\s\u200b]/.test(ch);
}
