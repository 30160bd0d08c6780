/**
 * The modern-web benchmark's score (docs/benchmarks.md), as its own scorer
 * computes it: 4-token shingles over Unicode letter/digit/underscore runs
 * (case kept), matched as multisets; each page's tp/fp/fn are normalised by
 * their sum, precision is averaged over the pages that extracted something,
 * recall over the pages whose truth has text, F1 is taken from those two
 * averages; accuracy is the share of pages whose token sequence is exactly the
 * truth's. Snippet coverage: the share of a page's "with" (and "without")
 * snippets found, lower-cased, in the extraction. Pure functions, no DOM.
 */
import { wordRuns } from '../../../utils/core/text/word-runs';
import { shingles } from './extraction';

export interface WcxbPage {
  /** Normalised: tp + fp + fn = 1 (or all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
  /** Share of the page's "with" snippets found (null when it has none). */
  withShare: number | null;
  /** Share of the page's "without" snippets found (null when it has none). */
  withoutShare: number | null;
}

function snippetShare(snippets: readonly string[], extracted: string): number | null {
  if (!snippets.length) return null;
  const hay = extracted.toLowerCase();
  return snippets.filter((s) => hay.includes(s.toLowerCase())).length / snippets.length;
}

export function wcxbPage(extracted: string, truth: string, snippets: { with?: string[]; without?: string[] } = {}): WcxbPage {
  const et = wordRuns(extracted);
  const gt = wordRuns(truth);
  const es = shingles(et);
  const gs = shingles(gt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of es) {
    const g = gs.get(k) ?? 0;
    tp += Math.min(c, g);
    fp += Math.max(0, c - g);
  }
  for (const [k, g] of gs) fn += Math.max(0, g - (es.get(k) ?? 0));
  const total = tp + fp + fn;
  const n = (x: number) => (total > 0 ? x / total : x);
  return {
    tp: n(tp),
    fp: n(fp),
    fn: n(fn),
    exact: et.length === gt.length && et.every((t, i) => t === gt[i]),
    withShare: snippetShare(snippets.with ?? [], extracted),
    withoutShare: snippetShare(snippets.without ?? [], extracted),
  };
}

function pagePrecision(p: WcxbPage): number {
  if (p.fp === 0 && p.fn === 0) return 1;
  if (p.tp === 0 && p.fp === 0) return 0;
  return p.tp / (p.tp + p.fp);
}

function pageRecall(p: WcxbPage): number {
  if (p.fp === 0 && p.fn === 0) return 1;
  if (p.tp === 0 && p.fn === 0) return 0;
  return p.tp / (p.tp + p.fn);
}

export interface WcxbOverall {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Mean share of "with" snippets found, over the pages that have some. */
  withShare: number;
  /** Mean share of "without" snippets found (lower is better). */
  withoutShare: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export function wcxbOverall(pages: readonly WcxbPage[]): WcxbOverall {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  return {
    pages: pages.length,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
    withShare: mean(pages.flatMap((p) => (p.withShare === null ? [] : [p.withShare]))),
    withoutShare: mean(pages.flatMap((p) => (p.withoutShare === null ? [] : [p.withoutShare]))),
  };
}

/** F1 of one page, for the lists of pages Sift loses and gains most on. */
export function wcxbPageF1(p: WcxbPage): number {
  const pr = p.tp + p.fp > 0 ? pagePrecision(p) : 0;
  const re = pageRecall(p);
  return pr + re > 0 ? (2 * pr * re) / (pr + re) : 0;
}
