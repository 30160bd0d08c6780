/**
 * The year of a date written without one, and the day a weekday names. News
 * (the default) counts from the publication date and the tense; a narrative
 * counts from the events being told (mode.ts decides which a text is).
 */
import type { Tense } from './tense';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
export const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** Parse the date part of an ISO date or timestamp; null when it is not one. */
export function parseReference(published: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

// A date written without a year rarely lies far from the day it is written on: a tense that points
// the other way is believed only while its year is no more than this many days further off.
const TENSE_WEIGHT_DAYS = 300;

/**
 * The year for a month (and day) written without one. The year nearest the
 * reference wins, a year against the tense ("was extended to Nov. 16" read on
 * 30 October is still this November) counting TENSE_WEIGHT_DAYS further off;
 * a stated weekday must agree with the day.
 */
export function resolveYear(ref: Ymd, m: number, d: number | undefined, tense: Tense, weekday?: number): number {
  const refT = utc(ref.y, ref.m, ref.d);
  let years = [ref.y - 1, ref.y, ref.y + 1];
  if (d !== undefined && weekday !== undefined) {
    const fit = years.filter((y) => new Date(utc(y, m, d)).getUTCDay() === weekday);
    if (fit.length) years = fit;
  }
  // Month precision: the whole month counts as "on or before" once it has begun.
  const start = (y: number) => (d === undefined ? utc(y, m, 1) : utc(y, m, d));
  const end = (y: number) => (d === undefined ? utc(y, m + 1, 1) - DAY_MS : utc(y, m, d));
  const cost = (y: number) => {
    const past = start(y) <= (d === undefined ? utc(ref.y, ref.m, 1) : refT);
    const distance = past ? Math.max(0, refT - end(y)) : start(y) - refT;
    const against = (tense === 'past' && !past) || (tense === 'future' && past && !(d === undefined && y === ref.y && m === ref.m));
    return distance / DAY_MS + (against ? TENSE_WEIGHT_DAYS : 0);
  };
  return years.reduce((best, y) => (cost(y) < cost(best) ? y : best));
}

/** The day a bare weekday names: the last one on or before the reference, or the next one after it in the future tense. */
export function resolveWeekday(ref: Ymd, weekday: number, tense: Tense): Ymd {
  const refT = utc(ref.y, ref.m, ref.d);
  const refW = new Date(refT).getUTCDay();
  // The reference day itself counts both ways: "a deadline of Tuesday" in Tuesday's paper is that day.
  const delta = tense === 'future' ? (weekday - refW + 7) % 7 : -((refW - weekday + 7) % 7);
  return addDays(ref, delta);
}

export function addDays(ref: Ymd, days: number): Ymd {
  const dt = new Date(utc(ref.y, ref.m, ref.d) + days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** "last May" said in March 2021 is May 2020; "last February" said then is February 2020 too (last month would be "last month"). */
export function relativeMonthYear(ref: Ymd, m: number, rel: 'last' | 'this' | 'next'): number {
  if (rel === 'this') return ref.y;
  if (rel === 'last') return m < ref.m - 1 ? ref.y : ref.y - 1;
  return m > ref.m + 1 ? ref.y : ref.y + 1;
}
