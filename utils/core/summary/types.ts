/** One sentence of an extractive summary, with its place in the article text. */
export interface SummarySentence {
  text: string;
  /** Character offsets into the article text. */
  start: number;
  end: number;
}
