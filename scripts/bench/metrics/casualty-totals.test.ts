import { describe, expect, it } from 'vitest';
import { scoreTotals } from './casualty-totals';

const killed = (value: number) => ({ type: 'casualties', kind: 'killed', count: { value } });

describe('death tolls of event notes', () => {
  it('finds the coded total among the killed facts, and says when it is the only one', () => {
    const s = scoreTotals(
      [
        { id: 'a', killed: 3, deathWords: true },
        { id: 'b', killed: 5, deathWords: true },
        { id: 'c', killed: 2, deathWords: false },
      ],
      new Map([
        ['a', [killed(3)]],
        ['b', [killed(5), killed(2)]],
      ]),
    );
    expect(s.scored).toBe(2); // c has no word of death: not scored
    expect(s.totalFound).toBe(1);
    expect(s.onlyTotal).toBe(0.5);
  });

  it('counts false alarms on notes coded without deaths', () => {
    const s = scoreTotals(
      [
        { id: 'a', killed: 0, deathWords: true },
        { id: 'b', killed: 0, deathWords: false },
        { id: 'c', killed: 0, deathWords: false },
      ],
      new Map([
        ['a', [killed(1)]],
        ['b', [{ type: 'casualties', kind: 'injured', count: { value: 4 } }]],
      ]),
    );
    expect(s.zero).toBe(3);
    expect(s.falseAlarm).toBeCloseTo(1 / 3);
    expect(s.falseAlarmClean).toBe(0);
    expect(s.alarms.map((a) => a.id)).toEqual(['a']);
  });
});
