import { describe, expect, it } from 'vitest';
import { formatPublished, formatReadingTime, isoDay } from './format';

describe('formatPublished', () => {
  it('keeps the publisher’s calendar day whatever the time zone', () => {
    expect(formatPublished('2022-01-06T23:30:00-08:00')).toBe('6 January 2022');
    expect(formatPublished('2022-01-06')).toBe('6 January 2022');
  });
  it('writes the date in the article’s language, and in English for a missing or unknown language', () => {
    expect(formatPublished('2022-01-06', 'ru')).toBe('6 января 2022 г.');
    expect(formatPublished('2022-01-06', 'uk-UA')).toBe('6 січня 2022 р.');
    expect(formatPublished('2022-01-06', 'fr')).toBe('6 janvier 2022');
    expect(formatPublished('2022-01-06', 'ja')).toBe('2022年1月6日');
    expect(formatPublished('2022-01-06', 'zz-!!')).toBe('6 January 2022');
    expect(formatPublished('2022-01-06', 'en')).toBe('6 January 2022');
    expect(formatPublished('2022-01-06', 'en-US')).toBe('January 6, 2022');
  });
  it('shows nothing for a missing or malformed date', () => {
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('yesterday')).toBeNull();
  });
});

describe('isoDay and reading time', () => {
  it('gives the day part and a readable duration', () => {
    expect(isoDay('2022-01-06T10:00:00Z')).toBe('2022-01-06');
    expect(formatReadingTime(0)).toBe('1 min');
    expect(formatReadingTime(7)).toBe('7 min');
    expect(formatReadingTime(7, 'ru')).toBe('7 мин');
    expect(formatReadingTime(7, 'ja')).toBe('7 分');
    expect(formatReadingTime(7, 'de')).toBe('7 Min.');
  });
});
