import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio, lowContrast } from './contrast';

describe('contrast', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // Order does not matter.
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('warns for text or links below AA, and only then', () => {
    expect(lowContrast({ text: '#767676', background: '#ffffff', link: '#3275d6' })).toEqual([]);
    const low = lowContrast({ text: '#777777', background: '#ffffff', link: '#6aa0ff' });
    expect(low.map((l) => l.pair)).toEqual(['text', 'link']);
    expect(low.every((l) => l.ratio < AA_TEXT)).toBe(true);
    expect(lowContrast({ text: '#eeeeee', background: '#111111', link: '#333333' }).map((l) => l.pair)).toEqual(['link']);
  });
});
