/**
 * The article-body extraction metric of the article bench (docs/benchmarks.md):
 * word 4-gram shingles over Unicode
 * letter/digit/underscore tokens, case-sensitive, matched as multisets; precision
 * and recall are averaged over pages, F1 is taken from those averages, and
 * accuracy is the share of pages whose token sequence equals the ground truth's.
 * Pure functions, no DOM.
 */

import { wordRuns } from '../../../utils/core/text/word-runs';

/** Multiset of 4-token shingles (1-3 tokens: one shingle of all of them; none: empty). */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  if (tokens.length < n) {
    add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join(' '));
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing was extracted (the page is left out of the precision average). */
  precision: number | null;
  recall: number;
  /** Token sequences are identical. */
  exact: boolean;
}

export function scorePage(extracted: string, truth: string): PageScore {
  const et = wordRuns(extracted);
  const gt = wordRuns(truth);
  const es = shingles(et);
  const gs = shingles(gt);
  let tp = 0;
  let eTotal = 0;
  let gTotal = 0;
  for (const c of gs.values()) gTotal += c;
  for (const [k, c] of es) {
    eTotal += c;
    tp += Math.min(c, gs.get(k) ?? 0);
  }
  const fp = eTotal - tp;
  const fn = gTotal - tp;
  return {
    tp,
    fp,
    fn,
    precision: eTotal > 0 ? tp / eTotal : null,
    recall: gTotal > 0 ? tp / gTotal : eTotal === 0 ? 1 : 0,
    exact: et.length === gt.length && et.every((t, i) => t === gt[i]),
  };
}

export interface OverallScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function scoreOverall(pages: PageScore[]): OverallScore {
  const withP = pages.filter((p) => p.precision !== null);
  const precision = withP.length ? withP.reduce((s, p) => s + (p.precision as number), 0) / withP.length : 0;
  const recall = pages.length ? pages.reduce((s, p) => s + p.recall, 0) / pages.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? pages.filter((p) => p.exact).length / pages.length : 0;
  return { pages: pages.length, precision, recall, f1, accuracy };
}

/** F1 of one page (0 when nothing was extracted). */
export function pageF1(p: PageScore): number {
  const pr = p.precision ?? 0;
  return pr + p.recall > 0 ? (2 * pr * p.recall) / (pr + p.recall) : 0;
}
