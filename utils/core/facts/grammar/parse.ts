/**
 * One sentence read once: tokens (offsets into the article text), numbers,
 * tags and chunks. Dates (for the tense of their verb) and casualties read the
 * same sentences, so the reading is kept per sentence for the length of one
 * extraction.
 */
import { tokensOf, type Token } from '../tokens';
import { findNumbers, type NumberMatch } from '../numbers';
import type { CountLexicon } from '../lexicon';
import { tagTokens, type TagLexicon, type Tagged } from './tags';
import { chunkSentence, type Chunk } from './chunks';
import type { SentenceSpan } from '../../text/sentences';

export interface ParsedSentence {
  tokens: Token[];
  numbers: NumberMatch[];
  tags: Tagged[];
  chunks: Chunk[];
}

/** What the tagger knows of a lexicon's words. */
export function tagLexiconOf(lex: CountLexicon): TagLexicon {
  let tl = TAG_LEXICONS.get(lex);
  if (!tl) {
    tl = {
      isVerb: (w) => lex.casualty.get(w)?.role === 'verb' || lex.casualty.get(w)?.role === 'intransitive',
      isNoun: (w) => lex.peoplePlural.has(w) || lex.personSingular.has(w) || lex.troops.has(w) || lex.notPeople.has(w) || lex.toll.has(w),
      people: (w) => (lex.personSingular.has(w) ? 'singular' : lex.peoplePlural.has(w) || lex.troops.has(w) ? 'plural' : undefined),
      casualty: (w) => lex.casualty.get(w),
    };
    TAG_LEXICONS.set(lex, tl);
  }
  return tl;
}
const TAG_LEXICONS = new WeakMap<CountLexicon, TagLexicon>();

/** Tokens of a sentence, with offsets into the text it was cut from; kept with the sentence. */
export function sentenceTokens(sp: SentenceSpan): Token[] {
  let t = TOKENS.get(sp);
  if (!t) TOKENS.set(sp, (t = tokensOf(sp.text, sp.start)));
  return t;
}
const TOKENS = new WeakMap<SentenceSpan, Token[]>();

/** The whole reading of a sentence; kept with the sentence (and its lexicon). */
export function parseSentence(sp: SentenceSpan, lex: CountLexicon): ParsedSentence {
  let byLex = PARSED.get(sp);
  const had = byLex?.get(lex);
  if (had) return had;
  const tokens = sentenceTokens(sp);
  const numbers = findNumbers(tokens);
  const numberAt = new Set<number>();
  for (const n of numbers) for (let i = n.first; i < n.last; i++) numberAt.add(i);
  const tags = tagTokens(tokens, numberAt, tagLexiconOf(lex));
  const parsed = { tokens, numbers, tags, chunks: chunkSentence(tokens, tags, numbers) };
  if (!byLex) PARSED.set(sp, (byLex = new Map()));
  byLex.set(lex, parsed);
  return parsed;
}
const PARSED = new WeakMap<SentenceSpan, Map<CountLexicon, ParsedSentence>>();
