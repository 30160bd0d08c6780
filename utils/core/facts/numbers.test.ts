import { describe, expect, it } from 'vitest';
import { parseNumber, findNumbers } from './numbers';
import { tokensOf } from './tokens';

describe('parseNumber', () => {
  it.each([
    ['2,500', { value: 2500 }],
    ['1.2 million', { value: 1_200_000 }],
    ['25 million', { value: 25_000_000 }],
    ['two', { value: 2 }],
    ['twenty-five', { value: 25 }],
    ['Twelve thousand', { value: 12_000 }],
    ['two hundred and fifty', { value: 250 }],
    ['a dozen', { value: 12 }],
    ['two dozen', { value: 24 }],
    ['a couple', { value: 2 }],
    ['a hundred', { value: 100 }],
    ['dozens', { magnitude: 'dozens' }],
    ['scores', { magnitude: 'scores' }],
    ['tens of thousands', { magnitude: 'tens of thousands' }],
    ['hundreds of thousands', { magnitude: 'hundreds of thousands' }],
    ['several thousand', { magnitude: 'thousands' }],
    ['several', { magnitude: 'several' }],
    ['at least 106', { value: 106, qualifier: 'at least' }],
    ['more than 1.4 million', { value: 1_400_000, qualifier: 'at least' }],
    ['some 2,500', { value: 2500, qualifier: 'about' }],
    ['nearly 650', { value: 650, qualifier: 'about' }],
    ['an estimated 200,000', { value: 200_000, qualifier: 'about' }],
    ['as many as 200', { value: 200, qualifier: 'up to' }],
    ['up to 90', { value: 90, qualifier: 'up to' }],
  ])('%s', (phrase, expected) => {
    expect(parseNumber(phrase)).toEqual(expected);
  });

  it('refuses what is not one number', () => {
    expect(parseNumber('massive number')).toBeNull();
    expect(parseNumber('two three')).toBeNull();
    expect(parseNumber('troops')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('finds each number with its offsets and qualifier', () => {
    const text = 'At least 106 protesters in 21 cities, and as many as 200 in all.';
    const found = findNumbers(tokensOf(text));
    expect(found.map((n) => n.value)).toEqual([106, 21, 200]);
    expect(text.slice(found[0]!.qualStart, found[0]!.end)).toBe('At least 106');
    expect(found[2]!.qualifier).toBe('up to');
  });
});
