// Its own module: the content script counts words with it and must not load the stop-word lists of words.ts.

/**
 * Maximal runs of Unicode letters, digits and underscores, as written: what
 * the article's word count counts, and the tokens of the extraction
 * benchmark's shingles.
 */
const WORD_RUN = /[\p{L}\p{N}_]+/gu;

export function wordRuns(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}
