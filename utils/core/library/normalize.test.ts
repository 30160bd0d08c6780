import { describe, expect, it } from 'vitest';
import { cleanLine, cutGraphemes, isLibraryTime, keyOfUrl, normalizeTag, normalizeTags, parseTagInput } from './normalize';
import { savedKey } from './key';

describe('one form for tags, shown and filtered alike', () => {
  it('lower case, NFC, one space, no leading #, in several scripts', () => {
    expect(normalizeTags(['France', 'FRANCE', ' france ', '#France'])).toEqual(['france']);
    expect(normalizeTags(['Économie', 'E\u0301conomie'])).toEqual(['économie']);
    expect(normalizeTags(['Средняя  Азия', 'средняя азия'])).toEqual(['средняя азия']);
    expect(normalizeTags(['東京', 'Ελλάδα', 'ΕΛΛΆΔΑ'])).toEqual(['東京', 'ελλάδα']);
    expect(normalizeTag('a\u0000b\u009fc\td')).toBe('a b c d');
  });

  it('commas and bars separate tags; empties and repeats go; order is kept', () => {
    expect(normalizeTags(['Kazakhstan, energy', 'news|world', ',', '', 'energy'])).toEqual(['kazakhstan', 'energy', 'news', 'world']);
    expect(parseTagInput('Europe, energy policy,  ,Energy Policy')).toEqual(['europe', 'energy policy']);
  });

  it('must not split or change what has no separator: slashes, hyphens, digits, emoji', () => {
    expect(normalizeTags(['news/europe', 'covid-19', '2024', '🇺🇦 ukraine'])).toEqual(['news/europe', 'covid-19', '2024', '🇺🇦 ukraine']);
  });

  it('caps a tag at 100 characters without cutting a character, and a list at 100 tags', () => {
    expect(normalizeTag('😀'.repeat(80))).toBe('😀'.repeat(50));
    expect(normalizeTags(Array.from({ length: 150 }, (_, i) => `t${i}`))).toHaveLength(100);
  });
});

describe('one-line fields and times', () => {
  it('cleanLine drops control characters and lone surrogates, and collapses white space', () => {
    expect(cleanLine('  A\ttitle\n\nover\u0085lines \ud800 ')).toBe('A title over lines \ufffd');
    expect(cutGraphemes('ae\u0301b', 2)).toBe('a');
  });
  it('library times run from 1970 to the end of 2099', () => {
    for (const t of [0, Date.UTC(2025, 0, 1), Date.UTC(2099, 11, 31, 23, 59)]) expect(isLibraryTime(t)).toBe(true);
    for (const t of [-1, Date.UTC(2100, 0, 1), 1e300, NaN, Infinity, '1']) expect(isLibraryTime(t)).toBe(false);
  });
});

describe('the saved key', () => {
  const page = 'https://www.news.example/2024/story?id=1#comments';
  it('a canonical on the same site is the key (www. or not); the fragment is not part of it', () => {
    expect(savedKey(page, 'https://news.example/2024/story')).toBe('https://news.example/2024/story');
    expect(savedKey('http://news.example/a', 'https://www.news.example/a#top')).toBe('https://www.news.example/a');
  });
  it("a canonical on another site (or a subdomain, or not a web address) is ignored: the key is the page's own address", () => {
    expect(savedKey(page, 'https://victim.example/their-story')).toBe('https://www.news.example/2024/story?id=1');
    expect(savedKey('https://blog.host.example/x', 'https://host.example/x')).toBe('https://blog.host.example/x');
    expect(savedKey('https://host.example/x', 'https://evil.host.example/x')).toBe('https://host.example/x');
    expect(savedKey(page, 'not a url')).toBe('https://www.news.example/2024/story?id=1');
  });
  it('without the page address, the address the article carries', () => {
    expect(savedKey(null, 'https://a.example/x#y')).toBe('https://a.example/x');
    expect(keyOfUrl('nonsense')).toBe('nonsense');
  });
});
