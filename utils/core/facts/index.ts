/**
 * Key facts from an article's plain text: dates, casualties and troop numbers
 * (what counts as one: docs/facts.md). Pure and DOM-free: runs in the popup and in Node.
 */
import type { Fact } from './types';
import { splitSentences } from '../text/sentences';
import { extractDates } from './dates';
import { extractCounts } from './counts';
import { guessLanguage } from '../text/language';

export type { Fact } from './types';

export interface FactOptions {
  /** Publication date (ISO date or timestamp): relative dates resolve against its date part. */
  published?: string | null;
  /**
   * BCP 47 language tag of the text; guessed from the text when not given. Dates are read in every language
   * chrono reads (en, de, fr, es, it, pt, nl, ru, uk, ja); casualties and troops in the languages with a lexicon (en).
   */
  lang?: string | null;
}

/** Every date, casualty and troop fact in `text`, in text order; each quote is text.slice(start, end). */
export function extractFacts(text: string, options: FactOptions = {}): Fact[] {
  if (!text) return [];
  const lang = primaryLanguage(options.lang) ?? guessLanguage(text) ?? 'en';
  const sentences = splitSentences(text, lang);
  const dates = extractDates(text, sentences, options.published, lang);
  const facts = [...dates, ...extractCounts(text, sentences, lang, dates)];
  return facts.sort((a, b) => a.start - b.start);
}

/** "de-AT" → "de"; null for an empty or missing tag. */
function primaryLanguage(tag: string | null | undefined): string | null {
  const p = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return p || null;
}
