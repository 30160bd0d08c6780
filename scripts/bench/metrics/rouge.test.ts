import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeL, rougeN } from './rouge';

describe('rouge', () => {
  it('scores identical texts 1 and disjoint texts 0', () => {
    const same = rouge('The senate adjourned.', 'the Senate adjourned');
    expect([same.rouge1.f1, same.rouge2.f1, same.rougeL.f1]).toEqual([1, 1, 1]);
    const none = rouge('cats sleep', 'troops withdrew');
    expect([none.rouge1.f1, none.rouge2.f1, none.rougeL.f1]).toEqual([0, 0, 0]);
  });

  it('computes unigram and bigram overlap with clipped counts', () => {
    // candidate "the the the cat": unigrams overlap min(3,1)+min(1,1)=2 of 4; reference has 3.
    const r1 = rougeN(['the', 'the', 'the', 'cat'], ['the', 'cat', 'sat'], 1);
    expect(r1.precision).toBeCloseTo(2 / 4);
    expect(r1.recall).toBeCloseTo(2 / 3);
    expect(r1.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    const r2 = rougeN(['the', 'cat', 'sat', 'down'], ['the', 'cat', 'sat'], 2);
    expect(r2.precision).toBeCloseTo(2 / 3);
    expect(r2.recall).toBeCloseTo(1);
  });

  it('uses the longest common subsequence for ROUGE-L, so order matters', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toBe(3);
    const inOrder = rougeL(['police', 'arrested', 'six'], ['police', 'arrested', 'six']);
    const shuffled = rougeL(['six', 'arrested', 'police'], ['police', 'arrested', 'six']);
    expect(inOrder.f1).toBe(1);
    expect(shuffled.f1).toBeLessThan(inOrder.f1);
  });

  it('gives zero, not NaN, for empty input', () => {
    expect(rouge('', 'something').rouge1.f1).toBe(0);
    expect(rouge('something', '').rougeL.f1).toBe(0);
  });
});
