import { describe, expect, it } from 'vitest';
import { formatPublished, formatReadingTime, isoDay } from './format';

describe('formatPublished', () => {
  it('keeps the publisher’s calendar day whatever the time zone', () => {
    expect(formatPublished('2022-01-06T23:30:00-08:00')).toBe('6 January 2022');
    expect(formatPublished('2022-01-06')).toBe('6 January 2022');
  });
  it('shows nothing for a missing or malformed date', () => {
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('yesterday')).toBeNull();
  });
});

describe('isoDay and reading time', () => {
  it('gives the day part and a readable duration', () => {
    expect(isoDay('2022-01-06T10:00:00Z')).toBe('2022-01-06');
    expect(formatReadingTime(1)).toBe('1 min read');
    expect(formatReadingTime(7)).toBe('7 min read');
  });
});
