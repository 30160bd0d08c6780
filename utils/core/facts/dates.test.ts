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

describe('narratives: dates without a year take the year of the events told', () => {
  // A made-up history, read as a page would give it: downloaded long after the events.
  const history = [
    'The siege of the port began in March 1812. By early April, the defenders had run short of food.',
    'On April 19, the garrison surrendered. The victors entered the town the next day.',
    'In 1813 the war moved north. In June, a second army crossed the river, and two days later it met the enemy near the ford.',
    'The following year, both sides signed a truce in May.',
  ].join('\n\n');

  it('takes the last year named, not the publication year', () => {
    expect(dates(history, '2015-06-01')).toEqual(['1812-03', '1812-04', '1812-04-19', '1812-04-20', '1813', '1813-06', '1814', '1814-05']);
  });

  it('news keeps the publication date as the anchor, whatever years it cites', () => {
    const news = 'The bridge, built in 1956 and rebuilt in 1988, was closed on Tuesday. Repairs will start in March, officials said.';
    expect(dates(news, '2019-11-21')).toEqual(['1956', '1988', '2019-11-19', '2020-03']);
  });

  it('a narrative in German takes the last year named too', () => {
    const de = [
      'Der Aufstand begann im März 1848 in Wien. Am 13. März zogen Studenten vor das Landhaus.',
      'Im Jahr 1849 wurde die Revolution niedergeschlagen. Am 6. Oktober wurden die Anführer hingerichtet.',
      'Die Ereignisse von 1848 und 1849 prägten das Land. Im Sommer 1850 kehrte Ruhe ein.',
    ].join('\n\n');
    const v = extractFacts(de, { published: '2016-02-01', lang: 'de' })
      .filter((f) => f.type === 'date')
      .map((f) => f.value);
    expect(v).toContain('1848-03-13');
    expect(v).toContain('1849-10-06');
  });
});

describe('relative offsets and references', () => {
  it.each<[string, string[]]>([
    ['The company was founded four years ago.', ['2015']],
    ['Prices fell last May.', ['2019-05']],
    ['Prices fell last October.', ['2018-10']],
    ['The merger closes this December.', ['2019-12']],
    ['He left in 2012. The following year he returned.', ['2012', '2013']],
    ['The plant opened in March 2016. The previous month, workers had struck.', ['2016-03', '2016-02']],
    ['She arrived on June 3, 2018, and left three days later.', ['2018-06-03', '2018-06-06']],
    ['Sales fell 5% from a year earlier.', ['2018']],
    ['The factory closed on Sunday.', ['2019-11-17']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('a round count of years ago is no date, and nothing counted in weeks', () => {
    expect(dates('The party was founded some 30 years ago.')).toEqual([]);
    expect(dates('They met two weeks ago and again a few days ago.')).toEqual([]);
  });
});

describe('ranges and compounds', () => {
  it.each<[string, string[]]>([
    ['The drought of 2009-2010 hit farmers hard.', ['2009', '2010']],
    ['The 1957-58 season was his best.', ['1957', '1958']],
    ['Growth slowed in mid-1996.', ['1996']],
    ['The army froze in the winter of 1941–42.', ['1941', '1942']],
    ['Talks ran from March 30 to April 2, 2015.', ['2015-03-30', '2015-04-02']],
    ['Between 2010 and 2015 the town grew.', ['2010', '2015']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
});

describe('not dates', () => {
  it.each([
    'Sun Microsystems shares rose.',
    'The minister sat down and listened.',
    'The stock closed at 31 7/8, up 1/4.',
    'Add 1200 g of flour and 1500 ml of water.',
    'He is 45 years old and has worked there for 12 years.',
    'The index fell 2014 points.',
    'She watched USA Today on the plane.',
    'He led the March of the Mothers.',
    'In the years that followed, the town grew.',
    'It is a long-running Christmas tradition.',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('languages chrono reads', () => {
  const v = (text: string, lang: string | null, published = '2022-03-10') =>
    extractFacts(text, { published, lang })
      .filter((f) => f.type === 'date')
      .map((f) => f.value);
  it.each<[string, string, string[]]>([
    ['ru', 'Переговоры прошли 24 февраля 2022 года в Минске. Вчера стороны встретились снова.', ['2022-02-24', '2022-03-09']],
    ['uk', 'Переговори відбулися 28 лютого 2022 року. Вчора сторони зустрілися знову.', ['2022-02-28', '2022-03-09']],
    ['ja', '会談は2022年2月24日に行われた。昨日、発表された。', ['2022-02-24', '2022-03-09']],
    ['de', 'Die Gespräche fanden am 24. Februar 2022 statt. Gestern trafen sich beide Seiten erneut.', ['2022-02-24', '2022-03-09']],
    ['es', 'Las conversaciones se celebraron el 24 de febrero de 2022. Ayer volvieron a reunirse.', ['2022-02-24', '2022-03-09']],
    ['pt', 'As conversas aconteceram em 24 de fevereiro de 2022. Ontem voltaram a reunir-se.', ['2022-02-24', '2022-03-09']],
    ['nl', 'De gesprekken vonden plaats op 24 februari 2022. Gisteren kwamen ze opnieuw bijeen.', ['2022-02-24', '2022-03-09']],
    ['fr', 'Les pourparlers ont eu lieu le 24 février 2022. Hier, les deux camps se sont revus.', ['2022-02-24', '2022-03-09']],
  ])('%s, from the page language', (lang, text, want) => {
    expect(v(text, lang)).toEqual(want);
  });

  it('the language is guessed when the page gives none', () => {
    expect(v('Переговоры прошли 24 февраля 2022 года в Минске. Вчера стороны встретились снова в том же зале.', null)).toEqual([
      '2022-02-24',
      '2022-03-09',
    ]);
    expect(
      v('Die Gespräche fanden am 24. Februar 2022 in der Stadt statt, und gestern trafen sich die beiden Seiten erneut.', null),
    ).toEqual(['2022-02-24', '2022-03-09']);
  });
});
