/**
 * Date facts: chrono-node finds the calendar phrases, this file decides their
 * precision (day, month or year) and, where the text gives no year, picks it
 * from the tense of the clause. Bare years ("in 2014", "the 2016 election"),
 * which chrono leaves alone, are read here.
 */
import { casual as en } from 'chrono-node/en';
import { casual as de } from 'chrono-node/de';
import { casual as fr } from 'chrono-node/fr';
import { casual as es } from 'chrono-node/es';
import { casual as it } from 'chrono-node/it';
import { casual as pt } from 'chrono-node/pt';
import { casual as nl } from 'chrono-node/nl';
import type { Chrono, ParsedResult } from 'chrono-node';
import type { Fact } from './types';
import { tenseAround, type Tense } from './tense';
import type { SentenceSpan } from '../text/sentences';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

// The article's language picks chrono's locale; these six cost about 12 KB gzipped over English alone.
const LOCALES: Record<string, Chrono> = { en, de, fr, es, it, pt, nl };

/** chrono for a BCP 47 tag ("de-AT" → German); English when chrono has no such locale. */
export function chronoFor(lang: string | null | undefined): { chrono: Chrono; english: boolean } {
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const chrono = LOCALES[primary];
  return chrono ? { chrono, english: primary === 'en' } : { chrono: en, english: true };
}

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const pad = (n: number) => String(n).padStart(2, '0');

/** Parse the date part of an ISO date or timestamp; null when it is not one. */
export function parseReference(published: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

// Only sentences with one of these go to chrono: it is the slow part.
const CHRONO_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|month|year)\b/i;
// Spans chrono returns that are not dates in the schema's sense.
const NOT_A_DATE =
  /\b(?:week|weekend|now|ago|hours?|minutes?|seconds?|days?|decades?|centur(?:y|ies)|season)\b|\b(?:a|an|one)\s+(?:month|year)\b/i;
const DURATION = /\b(?:past|next|last|coming|previous|first)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\b/i;
const MONTH_PART = /\b(?:end|beginning|start|middle|mid|early|late|first half|second half)\b/i;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;

interface Found {
  value: string;
  start: number;
  end: number;
}

function fmt(p: { y: number; m?: number; d?: number }): string {
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** The year for a month (and day) written without one, by tense; weekday, when given, must agree. */
export function resolveYear(ref: Ymd, m: number, d: number | undefined, tense: Tense, weekday?: number): number {
  const refT = utc(ref.y, ref.m, ref.d);
  let years = [ref.y - 1, ref.y, ref.y + 1];
  if (d !== undefined && weekday !== undefined) {
    const fit = years.filter((y) => new Date(utc(y, m, d)).getUTCDay() === weekday);
    if (fit.length) years = fit;
  }
  // Month precision: the whole month counts as "on or before" once it has begun.
  const t = (y: number) => (d === undefined ? utc(y, m, 1) : utc(y, m, d));
  const refCmp = d === undefined ? utc(ref.y, ref.m, 1) : refT;
  if (tense === 'past') {
    const ok = years.filter((y) => t(y) <= refCmp);
    if (ok.length) return Math.max(...ok);
  } else if (tense === 'future') {
    const ok = years.filter((y) => (d === undefined ? t(y) >= refCmp : t(y) > refT));
    if (ok.length) return Math.min(...ok);
  }
  const mid = (y: number) => (d === undefined ? utc(y, m, 15) : t(y));
  return years.reduce((best, y) => (Math.abs(mid(y) - refT) < Math.abs(mid(best) - refT) ? y : best));
}

/** The day a bare weekday names: the last one on or before the reference, or the next one after it in the future tense. */
export function resolveWeekday(ref: Ymd, weekday: number, tense: Tense): Ymd {
  const refT = utc(ref.y, ref.m, ref.d);
  const refW = new Date(refT).getUTCDay();
  // The reference day itself counts both ways: "a deadline of Tuesday" in Tuesday's paper is that day.
  const delta = tense === 'future' ? (weekday - refW + 7) % 7 : -((refW - weekday + 7) % 7);
  const dt = new Date(refT + delta * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function fromChrono(
  r: ParsedResult,
  which: 'start' | 'end',
  sentence: string,
  ref: Ymd | null,
  lastYear: number | null,
  followingYear: number | null,
  english = true,
): string | null {
  const c = which === 'start' ? r.start : r.end;
  if (!c) return null;
  const text = r.text;
  if (NOT_A_DATE.test(text) || DURATION.test(text)) return null;
  const yC = c.isCertain('year');
  const mC = c.isCertain('month');
  const dC = c.isCertain('day');
  const wC = c.isCertain('weekday');
  // A time of day alone ("4:30 a.m.") names no date.
  if (!yC && !mC && !dC && !wC) return null;
  // A month name must be written as one: "may" the verb is not May.
  const mName = MONTH_NAME.exec(text);
  if (english && mC && !dC && !yC && !mName) return null;
  const relative = /\b(?:this|last|next|previous|following|today|yesterday|tomorrow|tonight)\b/i.test(text);
  const before = sentence.slice(0, r.index);
  // "The next year", "the following year": anaphoric, counted from the last year the text named.
  if (/\b(?:next|following|previous)\s+year\b/i.test(text) && /\bthe\s+$/i.test(before)) {
    if (lastYear === null) return null;
    return String(/previous/i.test(text) ? lastYear - 1 : lastYear + 1);
  }
  // "Today, plague infections are rare": "nowadays", not a day.
  if (/^today$/i.test(text) && /^\W*$/.test(before) && /^\s*,/.test(sentence.slice(r.index + text.length))) return null;
  if (!ref && (relative || !yC)) {
    // Without a publication date only a stated year anchors a date.
    if (followingYear === null || !mC) return null;
  }
  const tense = tenseAround(sentence, r.index, text.length);
  const monthOnly = mC && (!dC || MONTH_PART.test(text) || MONTH_PART.test(before.slice(-12)));
  if (mC) {
    const m = c.get('month')!;
    const d = monthOnly ? undefined : c.get('day')!;
    let y: number;
    if (yC) y = c.get('year')!;
    else if (followingYear !== null) y = followingYear;
    else y = resolveYear(ref!, m, d, tense, wC ? c.get('weekday')! : undefined);
    return fmt({ y, m, d });
  }
  if (wC && ref) {
    return fmt(
      resolveWeekday(
        ref,
        c.get('weekday')!,
        relative && /last|previous/i.test(text) ? 'past' : relative && /next/i.test(text) ? 'future' : tense,
      ),
    );
  }
  if (dC && yC) return fmt({ y: c.get('year')!, m: c.get('month')!, d: c.get('day')! });
  if (yC && relative) return String(c.get('year'));
  return null;
}

// Bare years: 1500-2100, not "1990s", "2,000", "$2020", "2019-20", "2000 troops".
const YEAR = /(?<![\d$£€#.,\-/])\b(1[5-9]\d\d|20\d\d|2100)\b(?![\d%]|'?s\b|-\d|-year|\.\d|,\d)/g;
const STREET =
  /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Highway|Hwy)\b/;
const YEAR_AFTER_REJECT =
  /^\s+(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|cases|deaths|years|times|members|residents|children|men|women|units|votes|km|miles|metres|meters|feet|tons|tonnes|dollars|euros|pounds)\b/;

/** Every date fact in the sentences, one per value, first mention kept. */
export function extractDates(text: string, sentences: SentenceSpan[], published?: string | null, lang?: string | null): Fact[] {
  const ref = parseReference(published);
  const { chrono, english } = chronoFor(lang);
  const instant = ref ? new Date(utc(ref.y, ref.m, ref.d) + 12 * 3_600_000) : new Date();
  const seen = new Map<string, Found>();
  let lastYear: number | null = null;
  const add = (f: Found) => {
    if (!seen.has(f.value)) seen.set(f.value, f);
  };

  for (const s of sentences) {
    const taken: [number, number][] = [];
    const hits: { at: number; f: Found | null; year?: number }[] = [];
    // The hint words are English; other languages send every sentence to chrono.
    const results = !english || CHRONO_HINT.test(s.text) ? chrono.parse(s.text, { instant, timezone: 0 }) : [];
    for (let k = 0; k < results.length; k++) {
      const r = results[k]!;
      let end = r.index + r.text.length;
      const after = s.text.slice(end);
      // "May this year", "September in 2012", "May 2019": the year belongs to the month.
      let followingYear: number | null = null;
      const fy = /^(?:,?\s+(?:in|of)\s+|,?\s+)(1[5-9]\d\d|20\d\d)\b/.exec(after);
      if (fy && !r.start.isCertain('year')) {
        followingYear = +fy[1]!;
        end += fy[0].length;
      }
      const next = results[k + 1];
      if (
        next &&
        /^\s*,?\s*$/.test(s.text.slice(r.index + r.text.length, next.index)) &&
        /^(?:this|last|next) year$/i.test(next.text) &&
        r.start.isCertain('month') &&
        !r.start.isCertain('year')
      ) {
        followingYear = next.start.get('year')!;
        end = next.index + next.text.length;
        k++;
      }
      taken.push([r.index, end]);
      const v = fromChrono(r, 'start', s.text, ref, lastYear, followingYear, english);
      if (v) hits.push({ at: r.index, f: { value: v, start: s.start + r.index, end: s.start + end } });
      if (r.end) {
        const v2 = fromChrono(r, 'end', s.text, ref, lastYear, followingYear, english);
        if (v2) hits.push({ at: r.index + 1, f: { value: v2, start: s.start + r.index, end: s.start + end } });
      }
    }
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(s.text); m; m = YEAR.exec(s.text)) {
      const at = m.index;
      if (taken.some(([a, b]) => at >= a && at < b)) continue;
      if (YEAR_AFTER_REJECT.test(s.text.slice(at + 4))) continue;
      // A year after a number word or count ("3248 cases ... 2015") is fine; one after "page", "No." is a label.
      if (/\b(?:no|page|flight|route|room|number|code|model|pp?)\.?\s*$/i.test(s.text.slice(Math.max(0, at - 8), at))) continue;
      // "1909 Jolinda Drive": a street number.
      if (STREET.test(s.text.slice(at + 4, at + 40))) continue;
      const y = +m[1]!;
      hits.push({ at, f: { value: String(y), start: s.start + at, end: s.start + at + 4 }, year: y });
    }
    hits.sort((a, b) => a.at - b.at);
    for (const h of hits) {
      if (!h.f) continue;
      add(h.f);
      const y = +h.f.value.slice(0, 4);
      if (h.year !== undefined || /\b\d{4}\b/.test(text.slice(h.f.start, h.f.end))) lastYear = y;
    }
  }
  return [...seen.values()].map((f) => {
    // chrono may keep a trailing comma or full stop; the quote should not.
    let end = f.end;
    while (end > f.start + 1 && /[\s,;:]/.test(text.charAt(end - 1))) end--;
    return { type: 'date', value: f.value, quote: text.slice(f.start, end), start: f.start, end };
  });
}
