import { describe, expect, it } from 'vitest';
import { locate, scoreDateCorpus, type DateDoc, type Timex } from './date-spans';

const text = 'On May 3 the council met. It met again on May 3 and in June, for two weeks, and on Friday night.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const tx = (s: string, value: string, decision: Timex['decision'], from = 0): Timex => ({
  start: at(s, from),
  end: at(s, from) + s.length,
  text: s,
  value,
  decision,
});
const doc: DateDoc = {
  id: 'd',
  text,
  timex: [
    tx('May 3', '2020-05-03', 'keep'),
    tx('May 3', '2020-05-03', 'keep', 10),
    tx('June', '2020-06', 'keep'),
    tx('two weeks', 'P2W', 'out'),
    tx('Friday night', '2020-05-08TNI', 'ignore'),
  ],
  values: ['2020-05-03', '2020-06'],
};

describe('TIMEX-style date scores', () => {
  it('expands one fact per value to every repeat of its quote', () => {
    const s = scoreDateCorpus(
      [doc],
      new Map([['d', { facts: [{ type: 'date', value: '2020-05-03', quote: 'May 3', start: 3, end: 8 }] }]]),
    );
    expect(s.asis.relaxed).toBe(1);
    expect(s.expanded.relaxed).toBe(2);
    expect(s.expanded.strict).toBe(2);
    expect(s.key.tp).toBe(1);
    expect(s.key.fn).toBe(1);
  });

  it('counts a date on an "out" mention as spurious, and leaves one inside an ignored mention out', () => {
    const facts = [
      { type: 'date', value: '2020-06', quote: 'June', start: at('June'), end: at('June') + 4 },
      { type: 'date', value: '2020-05-22', quote: 'two weeks', start: at('two weeks'), end: at('two weeks') + 9 },
      { type: 'date', value: '2020-05-08', quote: 'Friday', start: at('Friday'), end: at('Friday') + 6 },
    ];
    const s = scoreDateCorpus([doc], new Map([['d', { facts }]]));
    expect(s.expanded.sys).toBe(2);
    expect(s.expanded.excused).toBe(1);
    expect(s.errors.filter((e) => e.kind === 'spurious').map((e) => e.quote)).toEqual(['two weeks']);
    // key score: the Friday value comes only from an ignored region, so it is no extra
    expect(s.keyErrors.filter((e) => e.kind === 'extra').map((e) => e.value)).toEqual(['2020-05-22']);
  });

  it('scores a wrong value as a relaxed match without the value', () => {
    const s = scoreDateCorpus(
      [doc],
      new Map([['d', { facts: [{ type: 'date', value: '2021-06', quote: 'June', start: at('June'), end: at('June') + 4 }] }]]),
    );
    expect(s.expanded.relaxed).toBe(1);
    expect(s.expanded.value).toBe(0);
    expect(s.expanded.valueF1).toBe(0);
  });

  it('finds a quote in the gold text when the system read another copy of it', () => {
    expect(locate('a  May\n3 b', 'May 3', 0)).toEqual({ start: 3, end: 8 });
    expect(locate(text, 'May 3', 40)).toEqual({ start: at('May 3', 10), end: at('May 3', 10) + 5 });
  });
});
