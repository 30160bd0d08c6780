import { describe, expect, it } from 'vitest';
import { scoreOverall, scorePage, shingles } from './extraction';
import { wordRuns as tokenize } from '../../../utils/core/text/word-runs';

describe('bench metric', () => {
  it('tokenises on Unicode letters, digits and underscores, keeping case', () => {
    expect(tokenize('Ça va, São_Paulo? 2,500 «да»')).toEqual(['Ça', 'va', 'São_Paulo', '2', '500', 'да']);
  });
  it('counts 4-gram shingles as a multiset; short texts give one shingle', () => {
    expect([...shingles(['a', 'b']).keys()]).toEqual(['a b']);
    expect(shingles('a b c d a b c d'.split(' ')).get('a b c d')).toBe(2);
  });
  it('scores extra text as lost precision and missing text as lost recall', () => {
    const truth = 'one two three four five six';
    expect(scorePage(truth, truth)).toMatchObject({ precision: 1, recall: 1, exact: true });
    const extra = scorePage(`${truth} seven eight`, truth);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBe(3 / 5);
    const missing = scorePage('one two three four', truth);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBe(1 / 3);
    expect(scorePage('One two three four five six', truth).exact).toBe(false);
  });
  it('averages per page and leaves empty extractions out of precision', () => {
    const o = scoreOverall([scorePage('a b c d', 'a b c d'), scorePage('', 'a b c d')]);
    expect(o.precision).toBe(1);
    expect(o.recall).toBe(0.5);
    expect(o.f1).toBeCloseTo(2 / 3);
    expect(o.accuracy).toBe(0.5);
  });
});
