/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin, 2004), as the benchmark reports them.
 *
 * Tokens: lower-cased words of letters/digits (utils/core/text/words.ts `tokenize`);
 * punctuation, apostrophes and hyphens split words, like Google's rouge_score.
 * No stemming and no stop-word removal: stemming is English-only and the
 * benchmark compares two systems on the same footing, so the plain form keeps
 * the figures language-neutral and easy to reproduce.
 * ROUGE-L is the LCS over the whole token sequences (rouge_score's "rougeL",
 * not the per-sentence "rougeLsum").
 */
import { tokenize } from '../../../utils/core/text/words';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

function score(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount ? overlap / candidateCount : 0;
  const recall = referenceCount ? overlap / referenceCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N on token arrays; overlap counts are clipped to the reference's. */
export function rougeN(candidate: string[], reference: string[], n: number): RougeScore {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let overlap = 0;
  for (const [key, c] of cand) overlap += Math.min(c, ref.get(key) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function rougeL(candidate: string[], reference: string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** All three scores for a candidate text against a reference text. */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = tokenize(candidate);
  const r = tokenize(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}
