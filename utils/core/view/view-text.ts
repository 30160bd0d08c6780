/**
 * The one rule that ties facts and summary sentences to the page a reader
 * sees: their offsets index the block text of the rendered view
 * (htmlBlocksText of the view's DOM, after removed blocks and image
 * settings), not the stored Article.text. The view reads its text here, and
 * goes back from an offset to the words on screen here.
 */
import { htmlBlocksText } from '../extract/text';
import { splitSentences } from '../text/sentences';
import { highlightQuote, occurrenceBefore } from './highlight';

/** A passage of the view's text: its words and where they start. */
export interface Span {
  quote: string;
  start: number;
}

/** The text facts and summary are read from, for this rendered view. */
export function viewText(root: Element): string {
  return htmlBlocksText(root);
}

/** The whole sentence of `text` that holds [start, end): a fact is shown in its sentence, not just its words. */
export function sentenceSpan(text: string, lang: string | null, start: number, end: number): Span | null {
  const s = splitSentences(text, lang).find((x) => x.start <= start && end <= x.end);
  return s ? { quote: s.text, start: s.start } : null;
}

/** Marks `span` (a passage of viewText(root)) in the view and returns its first mark, or null when it is not shown. */
export function markSpan(root: Element, text: string, span: Span, cls?: string): HTMLElement | null {
  return highlightQuote(root, span.quote, occurrenceBefore(text, span.quote, span.start), cls);
}
