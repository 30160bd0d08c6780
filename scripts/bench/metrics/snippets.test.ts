import { describe, expect, it } from 'vitest';
import { languageGroup, normSpace, snippetCounts, snippetScore } from './snippets';

describe('the multilingual benchmark score', () => {
  it('collapses whitespace as the benchmark does (no-break and ideographic spaces, record separators)', () => {
    expect(normSpace('  a\u00a0\u3000b\u001fc\n')).toBe('a b c');
  });

  it('counts snippets found and wrongly found, and sums them over pages', () => {
    const item = { with: ['the council  met', 'budget'], without: ['Newsletter'] };
    expect(snippetCounts(item, 'The vote: the council met on Tuesday.\n\nNewsletter')).toEqual([1, 1, 1, 0]);
    expect(snippetCounts(item, null)).toEqual([0, 0, 2, 1]);
    const s = snippetScore([
      [2, 0, 0, 1],
      [1, 1, 1, 0],
    ]);
    expect(s.counts).toEqual([3, 1, 1, 1]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f).toBeCloseTo(6 / 8);
    expect(s.accuracy).toBeCloseTo(4 / 6);
  });

  it('groups languages as the benchmark reports them', () => {
    expect(['de-AT', 'zh-CN', 'ja', 'uk', 'pt', null].map(languageGroup)).toEqual([
      'de',
      'zh/ja/ko',
      'zh/ja/ko',
      'ru/uk',
      'other',
      'other',
    ]);
  });
});
