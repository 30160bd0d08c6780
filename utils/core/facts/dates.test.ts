import { describe, expect, it } from 'vitest';
import { extractFacts } from './index';
import { resolveWeekday, resolveYear } from './dates';

const dates = (text: string, published: string | null = '2019-11-19') =>
  extractFacts(text, { published })
    .filter((f) => f.type === 'date')
    .map((f) => f.value);

describe('date resolution', () => {
  it('the tense decides the year of a date written without one', () => {
    expect(dates('He boarded a flight on May 15 and reached Mexico.')).toEqual(['2019-05-15']);
    expect(dates('Sentencing is scheduled for Feb. 14.')).toEqual(['2020-02-14']);
    expect(dates('The license is now set to expire in February.')).toEqual(['2020-02']);
    expect(dates('The budget was approved by Republicans in April.')).toEqual(['2019-04']);
  });

  it('a stated weekday picks the year it falls in', () => {
    expect(dates('It happened on Saturday, May 18.')).toEqual(['2019-05-18']);
  });

  it('weekdays: the last one in the past tense, the next one in the future tense', () => {
    expect(dates('The minister resigned on Friday.')).toEqual(['2019-11-15']);
    expect(dates('The committee will meet on Friday.')).toEqual(['2019-11-22']);
    expect(dates('Teachers rallied on Tuesday.')).toEqual(['2019-11-19']);
  });

  it('relative months and years at their own precision', () => {
    expect(dates('The plan was announced last month.')).toEqual(['2019-10']);
    expect(dates('Other protests were held last year.')).toEqual(['2018']);
    expect(dates('It opens in the first half of next year.')).toEqual(['2020']);
  });

  it('bare years, ranges and named years', () => {
    expect(dates('From 2010 to 2015 there were 3,248 cases.')).toEqual(['2010', '2015']);
    expect(dates('He donated to the 2016 election campaign.')).toEqual(['2016']);
    expect(dates('The first debate took place in 2010.', null)).toEqual(['2010']);
  });

  it('labels no durations, ages, decades, centuries, week spans or addresses', () => {
    expect(dates('He served 30 years and is now an 81-year-old man.')).toEqual([]);
    expect(dates('Over three decades, in the 1300s, the plague spread.')).toEqual([]);
    expect(dates('It happened earlier this week, over the weekend.')).toEqual([]);
    expect(dates('Blair, 29, of 1909 Jolinda Drive, was there.')).toEqual([]);
    expect(dates('Police said 2000 people marched.')).toEqual([]);
  });

  it('without a publication date only a stated year anchors a date', () => {
    expect(dates('Officers said Wednesday the drawdown starts this month.', null)).toEqual([]);
    expect(dates('They leave by the end of September in 2012.', null)).toEqual(['2012-09']);
  });

  it('uses the date part of a full timestamp', () => {
    expect(dates('Police arrested six people Monday.', '2019-11-20T09:15:00+01:00')).toEqual(['2019-11-18']);
  });

  it('one fact per value, first mention kept', () => {
    const facts = extractFacts('Talks began on Thursday (6 January). On 6 January they ended.', { published: '2022-01-06' });
    expect(facts.filter((f) => f.type === 'date')).toHaveLength(1);
  });

  it('resolveYear and resolveWeekday', () => {
    const ref = { y: 2019, m: 11, d: 19 };
    expect(resolveYear(ref, 12, 12, 'unknown')).toBe(2019);
    expect(resolveYear(ref, 1, undefined, 'past')).toBe(2019);
    expect(resolveYear(ref, 1, undefined, 'future')).toBe(2020);
    expect(resolveWeekday(ref, 1, 'past')).toEqual({ y: 2019, m: 11, d: 18 });
    expect(resolveWeekday(ref, 1, 'future')).toEqual({ y: 2019, m: 11, d: 25 });
  });
});

describe('language', () => {
  it("the article's language picks chrono's locale", () => {
    const de = extractFacts('Der Minister ist am Montag zurückgetreten.', { published: '2022-01-07', lang: 'de-DE' });
    expect(de.filter((f) => f.type === 'date').map((f) => f.value)).toEqual(['2022-01-03']);
    const fr = extractFacts('Le sommet a eu lieu le 3 mars 2021.', { published: '2022-01-07', lang: 'fr' });
    expect(fr.filter((f) => f.type === 'date').map((f) => f.value)).toEqual(['2021-03-03']);
  });
});
