/**
 * Extractive summary for news: the lead matters, then sentences that carry the
 * article's recurring terms, the title's words and its key facts; near
 * duplicates are dropped (MMR) and the picks keep article order.
 */
import type { Fact } from '../facts/types';
import { splitSentences } from '../text/sentences';
import { contentTerms, describe, type SentenceInfo } from './features';
import { datelineLength } from '../extract/dateline';
import type { SummarySentence } from './types';

export interface SummarizeOptions {
  sentences?: 3 | 5 | 7;
  title?: string | null;
  lang?: string | null;
  facts?: Fact[];
}

/**
 * Score weights. Set on general grounds (news leads carry the point; quotes,
 * list intros and over-long sentences make poor key points) and checked on the
 * dev set as a whole; exported for experiments only.
 */
export const WEIGHTS = {
  lead: 1.0,
  leadDecay: 0.35,
  central: 0.2,
  title: 0.8,
  fact: 0.15,
  number: 0.05,
  quote: 0.75,
  intro: 0.5,
  long: 0.01,
  longFrom: 40,
  dangling: 0.2,
  redundancy: 1,
};

const MIN_WORDS = 6;

/** 3, 5 or 7 sentences of `text` (fewer when it has fewer), in article order. */
export function summarize(text: string, options: SummarizeOptions = {}): SummarySentence[] {
  const want = options.sentences ?? 3;
  const lang = options.lang ?? null;
  const all = splitSentences(text, lang);
  if (all.length === 0) return [];

  let infos = describe(all, lang, options.facts ?? [], MIN_WORDS);
  let pool = infos.filter((s) => !s.excluded);
  // Very short or oddly shaped articles: relax the filters rather than show nothing.
  if (pool.length < want) {
    infos = describe(all, lang, options.facts ?? [], 1);
    pool = infos.filter((s) => !s.excluded);
    if (pool.length === 0) pool = infos;
  }
  if (pool.length <= want) return pool.map(toSummary);

  // With no title given, a headline left at the top of the text stands in for it.
  const first = infos[0];
  const title = options.title ?? (first?.heading ? first.text : null);
  const scores = score(pool, title, lang);
  return select(pool, scores, want).map(toSummary);
}

function toSummary(s: SentenceInfo): SummarySentence {
  // A wire story's dateline ("WASHINGTON (AP) — ") stays in the article, not at the head of a key point.
  const skip = datelineLength(s.text);
  return { text: s.text.slice(skip), start: s.start + skip, end: s.end };
}

/** Linear blend of lead position, term centrality, title overlap and fact cues. */
function score(pool: SentenceInfo[], title: string | null, lang: string | null): number[] {
  const W = WEIGHTS;
  // Sentence frequency of each term: a word the article keeps returning to is central.
  const sf = new Map<string, number>();
  for (const s of pool) for (const t of s.termSet) sf.set(t, (sf.get(t) ?? 0) + 1);
  const titleTerms = new Set(title ? contentTerms(title, lang).terms : []);

  const central = pool.map((s) => {
    const uniq = s.termSet;
    let sum = 0;
    // Cosine of the sentence's terms with the rest of the article's term counts.
    for (const t of uniq) sum += (sf.get(t) ?? 1) - 1;
    return uniq.size ? sum / Math.sqrt(uniq.size) : 0;
  });
  const maxCentral = central.reduce((a, b) => Math.max(a, b), 1e-9);

  return pool.map((s, rank) => {
    const uniq = s.termSet;
    let titleHits = 0;
    for (const t of titleTerms) if (uniq.has(t)) titleHits++;
    const titleScore = titleTerms.size ? titleHits / titleTerms.size : 0;
    return (
      W.lead / (1 + W.leadDecay * rank) +
      W.central * (central[rank]! / maxCentral) +
      W.title * titleScore +
      W.fact * Math.min(2, s.facts) +
      W.number * Math.min(3, s.numbers) -
      W.quote * s.quoted -
      W.intro * (s.intro ? 1 : 0) -
      W.long * Math.max(0, s.wordCount - W.longFrom)
    );
  });
}

function similarity(a: SentenceInfo, b: SentenceInfo): number {
  const A = a.termSet;
  const B = b.termSet;
  let both = 0;
  for (const t of A) if (B.has(t)) both++;
  return A.size && B.size ? both / Math.sqrt(A.size * B.size) : 0;
}

/** Greedy maximal marginal relevance, then article order. */
function select(pool: SentenceInfo[], scores: number[], want: number): SentenceInfo[] {
  const chosen: number[] = [];
  const left = new Set(pool.map((_, i) => i));
  while (chosen.length < want && left.size) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const s = pool[i]!;
      let maxSim = 0;
      for (const j of chosen) maxSim = Math.max(maxSim, similarity(s, pool[j]!));
      // A sentence that leans on the one before reads badly without it.
      const orphan = s.dangling && !chosen.some((j) => pool[j]!.index === s.index - 1);
      const value = scores[i]! - WEIGHTS.redundancy * maxSim - (orphan ? WEIGHTS.dangling : 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    chosen.push(best);
    left.delete(best);
  }
  return chosen.sort((a, b) => a - b).map((i) => pool[i]!);
}
