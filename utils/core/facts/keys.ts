/** When two facts say the same thing: the panel keeps one of them, and the benchmark matches facts on it. */
import type { Count, FactType } from './types';

/** The part of a fact its key is made of: extracted facts and labelled ones both fit. */
export interface KeyedFact {
  type: FactType | string;
  value?: string;
  kind?: string;
  count?: Count;
}

/** The count key: the number, or else the magnitude word ("dozens"). */
export function countKey(c: Count | undefined): string {
  if (!c) return '';
  return c.value !== undefined ? String(c.value) : (c.magnitude ?? '');
}

/** Date by value, casualties by kind and count, troops by count. */
export function factKey(f: KeyedFact): string {
  if (f.type === 'date') return f.value ?? '';
  if (f.type === 'casualties') return `${f.kind ?? ''} ${countKey(f.count)}`;
  return countKey(f.count);
}
