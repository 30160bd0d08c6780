/**
 * Casualty facts against event notes that carry one coded total each (a death
 * toll per conflict event): those labels are totals, not every fact a reader
 * would list, so the score asks one question per note: is the coded total among
 * the "killed" facts? (docs/benchmarks.md, bench:facts)
 *
 * - scored: notes coded with deaths (> 0) whose text has a word of death;
 * - totalFound: share of scored notes where a killed fact's count.value is the coded total;
 * - onlyTotal: and no other killed count;
 * - any: share of scored notes with any killed fact;
 * - falseAlarm: share of notes coded 0 deaths that still got a killed fact
 *   (falseAlarmClean: the same on those without a word of death).
 */

export interface EventNote {
  id: string;
  /** Coded deaths: null when the note has no coded total. */
  killed: number | null;
  /** The note's text has a word of death (died, killed, bodies...). */
  deathWords: boolean;
}

export interface KilledFact {
  type: string;
  kind?: string;
  count?: { value?: number; magnitude?: string };
}

export interface TotalsScore {
  scored: number;
  found: number;
  only: number;
  any: number;
  zero: number;
  zeroAlarm: number;
  zeroClean: number;
  zeroAlarmClean: number;
  totalFound: number;
  onlyTotal: number;
  anyKilled: number;
  falseAlarm: number;
  falseAlarmClean: number;
  /** Scored notes whose total was not found, and zero-death notes that got a killed fact. */
  misses: { id: string; killed: number; got: (number | string)[] }[];
  alarms: { id: string; got: (number | string)[] }[];
}

export function scoreTotals(notes: EventNote[], predictions: Map<string, KilledFact[]>): TotalsScore {
  const s = { scored: 0, found: 0, only: 0, any: 0, zero: 0, zeroAlarm: 0, zeroClean: 0, zeroAlarmClean: 0 };
  const misses: TotalsScore['misses'] = [];
  const alarms: TotalsScore['alarms'] = [];
  for (const n of notes) {
    const got = (predictions.get(n.id) ?? [])
      .filter((f) => f.type === 'casualties' && f.kind === 'killed')
      .map((f) => (f.count?.value !== undefined ? f.count.value : (f.count?.magnitude ?? '?')));
    if (n.killed !== null && n.killed > 0) {
      if (!n.deathWords) continue;
      s.scored++;
      const hit = got.includes(n.killed);
      if (hit) s.found++;
      else misses.push({ id: n.id, killed: n.killed, got });
      if (hit && got.every((v) => v === n.killed)) s.only++;
      if (got.length) s.any++;
    } else if (n.killed === 0) {
      s.zero++;
      if (got.length) {
        s.zeroAlarm++;
        alarms.push({ id: n.id, got });
      }
      if (!n.deathWords) {
        s.zeroClean++;
        if (got.length) s.zeroAlarmClean++;
      }
    }
  }
  const r = (a: number, b: number) => (b ? a / b : 0);
  return {
    ...s,
    totalFound: r(s.found, s.scored),
    onlyTotal: r(s.only, s.scored),
    anyKilled: r(s.any, s.scored),
    falseAlarm: r(s.zeroAlarm, s.zero),
    falseAlarmClean: r(s.zeroAlarmClean, s.zeroClean),
    misses,
    alarms,
  };
}
