import { describe, expect, it } from 'vitest';
import { endsLikeSentence, hasText, textSize, wordCount } from './measure';

describe('language-neutral measures', () => {
  it('counts words in scripts written without spaces, not one word per paragraph', () => {
    expect(wordCount('北桥市议会周二投票决定关闭老港口大桥。')).toBeGreaterThanOrEqual(6);
    expect(wordCount('町の図書館が二十四時間開くようになった。')).toBeGreaterThanOrEqual(6);
    expect(wordCount('ภาษาไทยเขียนโดยไม่เว้นวรรคระหว่างคำ')).toBeGreaterThanOrEqual(6);
    expect(wordCount('북교시 의회는 화요일 다리의 통행을 금지했다.')).toBe(6);
    expect(wordCount('The council met on Tuesday — and voted.')).toBe(7);
    expect(wordCount('Städte wie Köln, München und Zürich')).toBe(6);
  });

  it('stops counting at the cap', () => {
    expect(wordCount('一'.repeat(5000), 20)).toBe(20);
    expect(wordCount('word '.repeat(500), 10)).toBe(10);
  });

  it('knows the sentence ends of every script', () => {
    for (const s of ['He left.', '他说。', '他说：「好。」', 'क्या हुआ।', 'ماذا حدث؟', 'Нет!', 'It ended…', 'He left.”', '«Oui.»', 'Voilà !'])
      expect(endsLikeSentence(s), s).toBe(true);
    for (const s of ['Most read', 'Updated 2020', 'WASHINGTON (AP) —', '关于我们', 'Teilen']) expect(endsLikeSentence(s), s).toBe(false);
  });

  it('has text when there is a letter or digit of any script', () => {
    for (const s of ['中文', 'עברית', 'हिन्दी', '42']) expect(hasText(s), s).toBe(true);
    for (const s of ['—', ' | ', '•••', '']) expect(hasText(s), s).toBe(false);
  });

  it('weighs a Chinese, Japanese or Korean character as about three Latin letters', () => {
    expect(textSize('abc')).toBe(3);
    expect(textSize('中文')).toBe(6);
    expect(textSize('a中')).toBe(4);
  });
});
