import { describe, expect, it } from 'vitest';
import { scoreArticle, microAverage } from './facts';
import { factKey } from '../../../utils/core/facts/keys';

describe('scoring', () => {
  it('keys: date by value, casualties by kind and count, troops by count', () => {
    expect(factKey({ type: 'date', value: '2022-01-06' })).toBe('2022-01-06');
    expect(factKey({ type: 'casualties', kind: 'killed', count: { magnitude: 'dozens' } })).toBe('killed dozens');
    expect(factKey({ type: 'troops', count: { value: 2500, qualifier: 'about' } })).toBe('2500');
  });

  it('counts matches, misses and extras per type and micro-averages them', () => {
    const gold = [
      { type: 'date', value: '2022-01-06', quote: 'on Thursday' },
      { type: 'casualties', kind: 'killed', count: { magnitude: 'dozens' as const }, quote: 'Dozens killed' },
      { type: 'troops', count: { value: 2500 }, quote: '2,500 personnel' },
    ];
    const predicted = [
      { type: 'date', value: '2022-01-06' },
      { type: 'date', value: '2022-01-05', quote: 'yesterday' },
      { type: 'casualties', kind: 'injured', count: { magnitude: 'dozens' as const } },
      { type: 'troops', count: { value: 2500, qualifier: 'about' as const } },
    ];
    const r = scoreArticle('a', gold, predicted);
    expect(r.counts.date).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.counts.casualties).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.counts.troops).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.misses).toEqual([{ id: 'a', type: 'casualties', key: 'killed dozens', quote: 'Dozens killed' }]);
    const s = microAverage([r, scoreArticle('b', [{ type: 'date', value: '2020' }], [])]);
    expect(s.date.precision).toBeCloseTo(1 / 2);
    expect(s.date.recall).toBeCloseTo(1 / 2);
    expect(s.troops.f1).toBe(1);
  });
});
