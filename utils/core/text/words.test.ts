import { describe, expect, it } from 'vitest';
import { isStopWord, tokenize, wordTokens } from './words';

describe('tokenize', () => {
  it('lower-cases and splits on punctuation, apostrophes and hyphens', () => {
    expect(tokenize("The Senate's D-Minn. vote: 1,960 troops!")).toEqual(['the', 'senate', 's', 'd', 'minn', 'vote', '1', '960', 'troops']);
  });

  it('keeps accented, Cyrillic and Greek letters inside words', () => {
    expect(tokenize('Élysée Straße Москва Αθήνα')).toEqual(['élysée', 'straße', 'москва', 'αθήνα']);
  });

  it('cuts scripts without spaces into bigrams and keeps Latin runs whole', () => {
    expect(tokenize('北京下雨')).toEqual(['北京', '京下', '下雨']);
    expect(tokenize('中COVID国')).toEqual(['中', 'covid', '国']);
  });

  it('gives offsets into the input', () => {
    const t = 'Ahmad Lawan, on Tuesday';
    for (const w of wordTokens(t)) expect(t.slice(w.start, w.end).toLowerCase()).toBe(w.word);
  });
});

describe('isStopWord', () => {
  it('knows function words of several languages and not content words', () => {
    for (const w of ['the', 'und', 'les', 'del', 'della', 'что']) expect(isStopWord(w)).toBe(true);
    for (const w of ['senate', 'troops', 'regierung']) expect(isStopWord(w)).toBe(false);
  });

  it('narrows to one language when told', () => {
    expect(isStopWord('die')).toBe(true);
    expect(isStopWord('die', 'en-GB')).toBe(false);
    expect(isStopWord('die', 'de')).toBe(true);
  });
});
