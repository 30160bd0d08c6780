/**
 * The multilingual benchmark's score (docs/benchmarks.md): each page has
 * snippets that must be in the extraction ("with") and snippets that must not
 * ("without"). A snippet is found when its whitespace-collapsed text is a
 * substring of the whitespace-collapsed extraction. Counts are summed over the
 * pages (a micro average): precision tp/(tp+fp), recall tp/(tp+fn), F
 * 2tp/(2tp+fp+fn), accuracy (tp+tn)/all; 0 on an empty denominator. An
 * extraction that failed finds nothing. Pure functions, no DOM.
 */

/** Whitespace as the benchmark's scorer counts it (its language's Unicode whitespace, which JavaScript's \s differs from a little). */
const SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

export function normSpace(text: string): string {
  return text.replace(SPACE, ' ').replace(/^ | $/g, '');
}

/** tp, fp, fn, tn of one page. */
export type SnippetCounts = [number, number, number, number];

export function snippetCounts(snippets: { with: readonly string[]; without: readonly string[] }, extracted: string | null): SnippetCounts {
  if (extracted === null) return [0, 0, snippets.with.length, snippets.without.length];
  const hay = normSpace(extracted);
  const tp = snippets.with.filter((s) => hay.includes(normSpace(s))).length;
  const fp = snippets.without.filter((s) => hay.includes(normSpace(s))).length;
  return [tp, fp, snippets.with.length - tp, snippets.without.length - fp];
}

export interface SnippetScore {
  pages: number;
  counts: SnippetCounts;
  precision: number;
  recall: number;
  f: number;
  accuracy: number;
}

export function snippetScore(pages: readonly SnippetCounts[]): SnippetScore {
  const c: SnippetCounts = [0, 0, 0, 0];
  for (const p of pages) for (let i = 0; i < 4; i++) c[i]! += p[i]!;
  const [tp, fp, fn, tn] = c;
  const all = tp + fp + fn + tn;
  return {
    pages: pages.length,
    counts: c,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    f: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
    accuracy: all ? (tp + tn) / all : 0,
  };
}

/** The language groups the benchmark reports. */
export const LANGUAGE_GROUPS = ['en', 'de', 'fr', 'es', 'pl', 'zh/ja/ko', 'ru/uk', 'other'] as const;

export function languageGroup(lang: string | null | undefined): string {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (['en', 'de', 'fr', 'es', 'pl'].includes(base)) return base;
  if (['zh', 'ja', 'ko'].includes(base)) return 'zh/ja/ko';
  if (['ru', 'uk'].includes(base)) return 'ru/uk';
  return 'other';
}
