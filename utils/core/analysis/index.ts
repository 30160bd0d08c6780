import { extractFacts } from '../facts';
import type { Fact } from '../facts/types';
import { summarize } from '../summary';
import type { SummarySentence } from '../summary/types';

export interface Analysis {
  facts: Fact[];
  summary: SummarySentence[];
  timings: { facts: number; summary: number };
}

export interface AnalysisInput {
  text: string;
  title?: string | null;
  published?: string | null;
  lang?: string | null;
  sentences?: 3 | 5 | 7;
}

/**
 * The stages after extraction: key facts, then a summary that knows them.
 * Runs in extension pages, the background and the reader command: never in
 * the web page, so the content script stays small.
 */
export function analyse({ text, title, published, lang, sentences = 3 }: AnalysisInput): Analysis {
  const t0 = performance.now();
  const facts = extractFacts(text, { published, lang });
  const t1 = performance.now();
  const summary = summarize(text, { sentences, title, lang, facts });
  const t2 = performance.now();
  return { facts, summary, timings: { facts: t1 - t0, summary: t2 - t1 } };
}
