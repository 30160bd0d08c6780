/**
 * The casualty and troop lexicon of a language. Only English has one so far: a
 * text in another language gets its dates (chrono reads them) but no casualty or
 * troop facts, rather than English rules misreading it.
 */
import type { CountLexicon } from './types';
import { EN } from './en';

export type { CountLexicon, CasualtyWord, CasualtyRole } from './types';

const LEXICONS: Record<string, CountLexicon> = { en: EN };

/** The lexicon for a primary language subtag ("en"), or null when there is none. */
export function countLexicon(lang: string): CountLexicon | null {
  return LEXICONS[lang] ?? null;
}
