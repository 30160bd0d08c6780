/** Per-sentence features the scorer combines. Pure and linear in the text length. */
import type { Fact } from '../facts/types';
import { stopWords, wordTokens } from '../text/words';
import type { SentenceSpan } from '../text/sentences';
import { endsLikeSentence, isClutter, quotedShare, startsMidSentence } from './filters';

export interface SentenceInfo extends SentenceSpan {
  /** Index in the article's sentence list. */
  index: number;
  /** Content words (lower case, no stop words), with repeats. */
  terms: string[];
  /** The same, once each. */
  termSet: Set<string>;
  wordCount: number;
  /** Never shown: clutter, captions, headings, fragments. */
  excluded: boolean;
  quoted: number;
  facts: number;
  numbers: number;
  /** Looks like a headline: short, no closing punctuation. */
  heading: boolean;
  /** Ends in a colon: it introduces a list or a quote rather than stating a point. */
  intro: boolean;
  /** Opens with a pronoun or connective that points back ("He said", "But"): unclear on its own. */
  dangling: boolean;
}

// Openers that lean on the sentence before, in the languages the stop lists cover.
const DANGLING =
  /^["“„«]?(he|she|it|they|this|these|those|but|also|however|meanwhile|instead|er|es|dies|aber|elle|ils|elles|cela|mais|él|ella|ellos|pero|lui|lei|loro|ele|ela|eles|mas|hij|zij|maar)\b/iu;

/** Content words of `text` (no stop words, no lone Latin letters) and its word count. */
export function contentTerms(text: string, lang: string | null): { terms: string[]; words: number } {
  const tokens = wordTokens(text);
  const stop = stopWords(lang);
  const terms: string[] = [];
  for (const t of tokens) {
    if (stop.has(t.word)) continue;
    // One Latin letter carries nothing; one CJK character can.
    if (t.word.length < 2 && /^[\p{Script=Latin}\p{N}]$/u.test(t.word)) continue;
    terms.push(t.word);
  }
  return { terms, words: tokens.length };
}

/** Features of every sentence; `minWords` shorter than that are excluded. */
export function describe(sentences: SentenceSpan[], lang: string | null, facts: readonly Fact[], minWords: number): SentenceInfo[] {
  return sentences.map((s, index) => {
    const { terms, words } = contentTerms(s.text, lang);
    const heading = !endsLikeSentence(s.text) && !/[:;,]$/u.test(s.text) && words < 16;
    const excluded = isClutter(s.text) || startsMidSentence(s.text) || words < minWords || heading || terms.length === 0;
    let inFacts = 0;
    for (const f of facts) if (f.start < s.end && f.end > s.start) inFacts++;
    const numbers = (s.text.match(/\p{N}+/gu) ?? []).length;
    const intro = /:["'”’]?$/u.test(s.text);
    const dangling = DANGLING.test(s.text);
    return {
      ...s,
      index,
      terms,
      termSet: new Set(terms),
      wordCount: words,
      excluded,
      quoted: quotedShare(s.text),
      facts: inFacts,
      numbers,
      heading,
      intro,
      dangling,
    };
  });
}
