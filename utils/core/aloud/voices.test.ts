import { describe, expect, it } from 'vitest';
import { orderVoices, pickVoice, readingPlan, sentenceAt, type VoiceInfo } from './voices';

const v = (voiceURI: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  voiceURI,
  name: voiceURI,
  lang,
  default: false,
  localService: true,
  ...extra,
});
const VOICES = [
  v('en-us', 'en-US', { default: true }),
  v('ru', 'ru-RU'),
  v('en-gb', 'en-GB'),
  v('fr', 'fr-FR'),
  v('ru-net', 'ru', { localService: false }),
];

describe('orderVoices', () => {
  it('puts the voices of the article’s language first, its own region first', () => {
    const { matching, others } = orderVoices(VOICES, 'en-GB');
    expect(matching.map((x) => x.voiceURI)).toEqual(['en-gb', 'en-us']);
    expect(others.map((x) => x.voiceURI)).toEqual(['fr', 'ru-net', 'ru']);
  });
  it('prefers on-device voices, and matches the language whatever the case or separator', () => {
    expect(orderVoices(VOICES, 'RU_ru').matching.map((x) => x.voiceURI)).toEqual(['ru', 'ru-net']);
  });
  it('has no matching voice for a language the system cannot speak, and none for an unknown language', () => {
    expect(orderVoices(VOICES, 'ja').matching).toEqual([]);
    expect(orderVoices(VOICES, null).matching).toEqual([]);
  });
});

describe('pickVoice', () => {
  it('keeps the reader’s choice for the language while the voice exists', () => {
    expect(pickVoice(VOICES, 'ru-RU', { ru: 'ru-net' })?.voiceURI).toBe('ru-net');
    expect(pickVoice(VOICES, 'ru-RU', { ru: 'gone' })?.voiceURI).toBe('ru');
  });
  it('falls back to the system default when no voice speaks the language, and to nothing without voices', () => {
    expect(pickVoice(VOICES, 'ja', {})?.voiceURI).toBe('en-us');
    expect(pickVoice([], 'en', {})).toBeNull();
  });
});

describe('readingPlan and sentenceAt', () => {
  const text = 'Dr. Smith arrived on Monday. He spoke.\n\n—\n\nПрезидент выступил. 会議は終わった。次は明日。';
  const plan = readingPlan(text, null);
  it('reads the summary’s sentences, skipping ones with no word to say', () => {
    expect(plan.map((s) => s.text)).toEqual([
      'Dr. Smith arrived on Monday.',
      'He spoke.',
      'Президент выступил.',
      '会議は終わった。',
      '次は明日。',
    ]);
  });
  it('finds the sentence of an offset, and the next one for an offset between sentences', () => {
    expect(sentenceAt(plan, text.indexOf('spoke'))).toBe(1);
    expect(sentenceAt(plan, text.indexOf('—'))).toBe(2);
    expect(sentenceAt(plan, text.length)).toBe(-1);
  });
});
