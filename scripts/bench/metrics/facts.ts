/** Fact scoring (docs/benchmarks.md): key sets per article, micro-averaged per type. */
import type { FactType } from '../../../utils/core/facts/types';
import { factKey, type KeyedFact } from '../../../utils/core/facts/keys';

/** The scored part of a fact: gold files and extracted facts both fit. */
export interface ScoredFact extends KeyedFact {
  quote?: string;
}

export const FACT_TYPES: FactType[] = ['date', 'casualties', 'troops'];

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Mismatch {
  id: string;
  type: string;
  key: string;
  quote: string;
}
export interface ArticleResult {
  counts: Record<FactType, TypeCounts>;
  misses: Mismatch[];
  extras: Mismatch[];
}

const zero = (): Record<FactType, TypeCounts> => ({
  date: { tp: 0, fp: 0, fn: 0 },
  casualties: { tp: 0, fp: 0, fn: 0 },
  troops: { tp: 0, fp: 0, fn: 0 },
});

function keyed(facts: ScoredFact[], type: FactType): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of facts) if (f.type === type && !m.has(factKey(f))) m.set(factKey(f), f.quote ?? '');
  return m;
}

/** Compare one article's predicted facts with its gold facts. */
export function scoreArticle(id: string, gold: ScoredFact[], predicted: ScoredFact[]): ArticleResult {
  const counts = zero();
  const misses: Mismatch[] = [];
  const extras: Mismatch[] = [];
  for (const type of FACT_TYPES) {
    const g = keyed(gold, type);
    const p = keyed(predicted, type);
    for (const [key, quote] of g) {
      if (p.has(key)) counts[type].tp++;
      else {
        counts[type].fn++;
        misses.push({ id, type, key, quote });
      }
    }
    for (const [key, quote] of p)
      if (!g.has(key)) {
        counts[type].fp++;
        extras.push({ id, type, key, quote });
      }
  }
  return { counts, misses, extras };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Micro-averaged precision, recall and F1 per type over articles. An empty side scores 1 (nothing to get wrong). */
export function microAverage(results: ArticleResult[]): Record<FactType, Prf> {
  const out = {} as Record<FactType, Prf>;
  for (const type of FACT_TYPES) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const r of results) {
      tp += r.counts[type].tp;
      fp += r.counts[type].fp;
      fn += r.counts[type].fn;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[type] = { precision, recall, f1, tp, fp, fn };
  }
  return out;
}
