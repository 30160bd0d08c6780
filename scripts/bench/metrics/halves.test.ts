import { describe, expect, it } from 'vitest';
import { halfOf } from './halves';

describe('halves', () => {
  it('puts a document in the same half whatever its extension or folder', () => {
    expect(halfOf('dir/abc.json')).toBe(halfOf('abc'));
    expect(halfOf('abc.txt')).toBe(halfOf('abc'));
  });
  it('follows the first byte of sha1(name): even is A, odd is B', () => {
    // sha1("a") = 86f7e437…: 0x86 is even; sha1("b") = e9d71f5e…: 0xe9 is odd.
    expect(halfOf('a')).toBe('A');
    expect(halfOf('b')).toBe('B');
  });
  it('splits many names roughly in two', () => {
    const names = Array.from({ length: 400 }, (_, i) => `doc-${i}`);
    const a = names.filter((n) => halfOf(n) === 'A').length;
    expect(a).toBeGreaterThan(150);
    expect(a).toBeLessThan(250);
  });
});
