import { describe, expect, it } from 'vitest';
import { wcxbOverall, wcxbPage } from './wcxb';

describe('the modern-web benchmark score', () => {
  it('normalises each page and averages precision and recall over the pages that have them', () => {
    const truth = 'one two three four five six';
    const perfect = wcxbPage(truth, truth);
    expect(perfect).toMatchObject({ tp: 1, fp: 0, fn: 0, exact: true });
    const half = wcxbPage('one two three four', truth); // 1 of 3 shingles, no extra
    expect(half.tp).toBeCloseTo(1 / 3);
    expect(half.fn).toBeCloseTo(2 / 3);
    const none = wcxbPage('', truth);
    const o = wcxbOverall([perfect, half, none]);
    // Precision over the two pages that extracted something; recall over all three.
    expect(o.precision).toBeCloseTo(1);
    expect(o.recall).toBeCloseTo((1 + 1 / 3 + 0) / 3);
    expect(o.f1).toBeCloseTo((2 * o.precision * o.recall) / (o.precision + o.recall));
    expect(o.accuracy).toBeCloseTo(1 / 3);
  });

  it('scores a page whose truth and extraction are both empty as neither', () => {
    const o = wcxbOverall([wcxbPage('', '')]);
    expect(o).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('finds "with" and "without" snippets case-insensitively', () => {
    const p = wcxbPage('The Council met. Subscribe now', 'x', { with: ['the council met', 'budget'], without: ['SUBSCRIBE'] });
    expect(p.withShare).toBe(0.5);
    expect(p.withoutShare).toBe(1);
  });
});
