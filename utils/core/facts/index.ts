/**
 * Key facts from an article's plain text: dates, casualties and troop numbers
 * (what counts as one: docs/facts.md). Pure and DOM-free: runs in the popup and in Node.
 */
import type { Fact } from './types';
import { splitSentences } from '../text/sentences';
import { extractDates } from './dates';
import { extractCounts } from './counts';

export type { Fact } from './types';

export interface FactOptions {
  /** Publication date (ISO date or timestamp): relative dates resolve against its date part. */
  published?: string | null;
  /** BCP 47 language tag: picks chrono's locale for dates (en, de, fr, es, it, pt, nl); casualties and troops are read in English. */
  lang?: string | null;
}

/** Every date, casualty and troop fact in `text`, in text order; each quote is text.slice(start, end). */
export function extractFacts(text: string, options: FactOptions = {}): Fact[] {
  if (!text) return [];
  const sentences = splitSentences(text, options.lang);
  const dates = extractDates(text, sentences, options.published, options.lang);
  const lang = (options.lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
  const facts = [...dates, ...extractCounts(text, sentences, lang, dates)];
  return facts.sort((a, b) => a.start - b.start);
}
