/**
 * Date facts. chrono-node finds the calendar phrases in the text's language
 * (locales.ts); this module adds what chrono leaves alone (bare years, ranges,
 * English phrases counted from another date: english.ts), decides each one's
 * precision (day, month or year) and resolves what the text leaves open: a date
 * without a year takes it from the tense and the publication date in news, from
 * the events being told in a narrative (mode.ts); "the next day" counts from the
 * last date named.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Fact } from '../types';
import type { SentenceSpan } from '../../text/sentences';
import { dateLocale } from './locales';
import { readTense, type DateTense, type Tense, type TenseReader } from './tense';
import { englishPhrases, type Unit } from './english';
import { dateMode, type DateMode } from './mode';
import { addDays, parseReference, relativeMonthYear, resolveWeekday, resolveYear, utc, type Ymd } from './resolve';

export { resolveWeekday, resolveYear, parseReference } from './resolve';
export { dateMode } from './mode';

const pad = (n: number) => String(n).padStart(2, '0');

// Spans chrono returns that are not dates in the schema's sense.
const NOT_A_DATE =
  /\b(?:week|weekend|now|ago|hours?|minutes?|seconds?|days|decades?|centur(?:y|ies)|season)\b|\b(?:a|an|one)\s+(?:month|year)\b/i;
const DURATION =
  /\b(?:past|next|last|coming|previous|first|after|within|in|for|over)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\b/i;
const COUNTED_AGO =
  /^(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\s+ago)$/i;
const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
// "four years ago" is a year; "30 years ago" is a round figure, not a date.
// Weeks ago are week-level spans, which are no dates.
const AGO_LIMIT: Record<string, number> = { day: 31, week: 0, month: 24, year: 100 };
const MONTH_PART = /\b(?:end|beginning|start|middle|mid|early|late|first half|second half)\b/i;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;
const WEEKDAY_ABBR = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
// Words before a month or year that belong to its mention: "early October", "the end of the month", "mid-1996".
const LEAD = /(?:\b(?:early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)\s+|\b(?:mid|post|pre)-)$/i;

/** What a mention needs to become a value. */
type Need =
  | { k: 'abs'; y: number; m?: number; d?: number }
  | { k: 'md'; m: number; d?: number; weekday?: number }
  | { k: 'wd'; weekday: number; rel: 'last' | 'next' | null }
  | { k: 'ref'; value: { y: number; m?: number; d?: number } }
  | { k: 'anaphoric'; unit: Unit; offset: number }
  | { k: 'relMonth'; m: number; rel: 'last' | 'this' | 'next' }
  | { k: 'holiday'; m: number; d?: number; nth?: [number, number]; rel: 'last' | 'this' | 'next' | null };

interface Mention {
  /** Offsets in the sentence. */
  at: number;
  end: number;
  need: Need;
  sentence: SentenceSpan;
  tense: TenseReader | null;
  /** The end of a range: it lies on or after the start. */
  rangeEnd?: boolean;
}

/** A value with its precision. */
interface Value {
  y: number;
  m?: number;
  d?: number;
}

const fmt = (v: Value) => (v.m === undefined ? String(v.y) : v.d === undefined ? `${v.y}-${pad(v.m)}` : `${v.y}-${pad(v.m)}-${pad(v.d)}`);

// Bare years: 1500-2100, not "1990s", "2,000", "$2020", "2000 troops"; "mid-1996" and ranges ("1957-58") are read too.
const YEAR =
  /(?<![\d$£€#.,/]|(?<!\b(?:[Mm]id|[Pp]ost|[Pp]re))-)\b(1[5-9]\d\d|20\d\d|2100)\b(?![\d%]|'?s\b|\.\d|,\d|-year)(?:\s?[-–—]\s?(\d{4}|\d{2})\b(?![\d%-]))?/g;
const STREET =
  /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Highway|Hwy)\b/;
const YEAR_AFTER_REJECT =
  /^\s*(?:(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|cases|deaths|years|times|members|residents|children|men|women|units|votes|km|miles|metres|meters|feet|tons|tonnes|dollars|euros|pounds)\b|(?:g|kg|mg|km|m|cm|mm|ml|l|lb|lbs|oz|mph|kph|ft|mi|ha|kw|mw|gw|hp|cc|sq)\b(?!\.\w))/i;

// Words after which a number is a year even when a plural noun follows it.
const YEAR_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|in|of|since|by|from|until|to|for|before|after|during)|['’]s)\s+$/i;

/** One chrono result as what it needs; null when it is no date fact. */
function fromChrono(r: ParsedResult, c: ParsedComponents, sentence: string, english: boolean): Need | null {
  const text = r.text.trim();
  const ago = COUNTED_AGO.exec(text);
  if (!ago && (NOT_A_DATE.test(text) || DURATION.test(text))) return null;
  const yC = c.isCertain('year');
  const mC = c.isCertain('month');
  const dC = c.isCertain('day');
  const wC = c.isCertain('weekday');
  // A time of day alone ("4:30 a.m.") names no date.
  if (!yC && !mC && !dC && !wC) return null;
  const before = sentence.slice(0, r.index);
  if (english) {
    // A month name must be written as one: "may" the verb is not May.
    if (mC && !dC && !yC && !MONTH_NAME.test(text)) return null;
    // "Sun Microsystems", "sat down", "Wed": a weekday is written in full, with a capital, or with a date.
    if (wC && !mC && (WEEKDAY_ABBR.test(text.replace(/[\s,]+$/, '')) || !/[A-Z]/.test(text))) return null;
    // "31 7/8", "1/4": fractions, not dates, when no year comes with them.
    if (/^\d{1,2}\/\d{1,2}$/.test(text)) return null;
    // "a Christmas tradition": a holiday is a date after a preposition of time or "last/this/next" only.
    if (
      /^(?:Christmas|New Year|Thanksgiving|Halloween|Easter|Valentine)/.test(text) &&
      !/\b(?:on|at|by|before|after|since|until|till|over|for|during|from|to|last|this|next)\s+$/i.test(before)
    )
      return null;
    // "the March of the Mothers": a month followed by "of the" is a name.
    if (
      mC &&
      !dC &&
      !yC &&
      /^[A-Z][a-z]+(?:\s+of)?$/.test(text) &&
      /^\s*(?:of\s+)?the\s+[A-Z]/.test(sentence.slice(r.index + r.text.trimEnd().length - (/\s+of$/.test(text) ? 3 : 0)))
    )
      return null;
    // "USA Today", "VOA Today": a capital inside a sentence makes a name of it.
    if (/^(?:Today|Yesterday|Tomorrow|Tonight)$/.test(text) && /\S/.test(before) && !/["“‘(]\s*$/.test(before)) return null;
    // "Today, plague infections are rare": nowadays, not a day.
    if (/^today$/i.test(text) && /^\W*$/.test(before) && /^\s*,/.test(sentence.slice(r.index + r.text.length))) return null;
    // "the next year", "the following day": counted from the text's last date, not from today (english.ts reads them).
    if (/\b(?:next|following|previous)\s+(?:year|month|day)\b/i.test(text) && /\bthe\s+$/i.test(before)) return null;
    if (/\b(?:later|earlier|afterwards?|before|after)\b/i.test(text)) return null;
  }
  if (ago) {
    const unit = ago[2]!.toLowerCase();
    const n = /^\d/.test(ago[1]!) ? +ago[1]! : (SMALL_NUMBERS[ago[1]!.toLowerCase()] ?? 99);
    if (n > AGO_LIMIT[unit.replace(/s$/, '')]!) return null;
    // "30 years ago" is a round figure ("some thirty years"), "41 years ago" a year.
    if (unit.startsWith('year') && n >= 10 && n % 5 === 0) return null;
    const y = c.get('year')!;
    if (unit.startsWith('year')) return { k: 'ref', value: { y } };
    if (unit.startsWith('month')) return { k: 'ref', value: { y, m: c.get('month')! } };
    return { k: 'ref', value: { y, m: c.get('month')!, d: c.get('day')! } };
  }
  const relative = /\b(?:this|last|next|previous|following|today|yesterday|tomorrow|tonight)\b/i.test(text) || (yC && !/\d/.test(text));
  // "early August", "the end of the month" name a month; "late yesterday" is still a day.
  const monthOnly = mC && (!dC || ((MONTH_PART.test(text) || MONTH_PART.test(before.slice(-12))) && /\bmonth\b|[A-Z][a-z]{2}/.test(text)));
  // "the week of March 6": a week, which is no date.
  if (/\bweek\s+of\s+$/i.test(before)) return null;
  if (mC) {
    const m = c.get('month')!;
    const d = monthOnly ? undefined : c.get('day')!;
    if (yC)
      return relative && !/\d{4}/.test(text)
        ? { k: 'ref', value: { y: c.get('year')!, m, ...(d ? { d } : {}) } }
        : { k: 'abs', y: c.get('year')!, m, ...(d ? { d } : {}) };
    return { k: 'md', m, ...(d !== undefined ? { d } : {}), ...(wC && d !== undefined ? { weekday: c.get('weekday')! } : {}) };
  }
  if (wC) {
    const rel = /\b(?:last|previous)\b/i.test(text) ? 'last' : /\bnext\b/i.test(text) ? 'next' : null;
    return { k: 'wd', weekday: c.get('weekday')!, rel };
  }
  if (dC && yC) return { k: 'ref', value: { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! } };
  if (yC && relative) return { k: 'ref', value: { y: c.get('year')! } };
  return null;
}

interface Found {
  value: string;
  start: number;
  end: number;
}

/** Every date fact in the sentences, one per value, first mention kept. */
export function extractDates(text: string, sentences: SentenceSpan[], published?: string | null, lang = 'en'): Fact[] {
  const ref = parseReference(published);
  const locale = dateLocale(lang);
  const english = locale.lang === 'en';
  const instant = ref ? new Date(utc(ref.y, ref.m, ref.d) + 12 * 3_600_000) : new Date(Date.UTC(2000, 0, 1, 12));
  const mentions: Mention[] = [];
  const statedYears: number[] = [];

  for (const s of sentences) {
    const taken: [number, number][] = [];
    const here: Mention[] = [];
    const tense = english ? readTense(s) : null;
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
    // Spans chrono read but that are no dates ("30 years", "4:30 p.m."): no bare year is read inside them.
    const rejected: [number, number][] = [];
    const add = (at: number, end: number, need: Need) => {
      here.push({ at, end, need, sentence: s, tense });
      taken.push([at, end]);
    };
    if (locale.hint.test(s.text)) {
      const results = locale.chrono.parse(s.text, { instant, timezone: 0 });
      for (let k = 0; k < results.length; k++) {
        let r = results[k]!;
        // "the night of Friday, Oct. 23": chrono keeps the time and drops the date's certainty; read the date alone.
        const part = english ? /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/i.exec(r.text) : null;
        if (part && !r.start.isCertain('month') && !r.start.isCertain('weekday')) {
          const inner = locale.chrono.parse(r.text.slice(part[0].length), { instant, timezone: 0 })[0];
          if (inner)
            r = Object.assign(Object.create(Object.getPrototypeOf(inner)), inner, { index: r.index + part[0].length + inner.index });
        }
        const lead = r.text.length - r.text.trimStart().length;
        let at = r.index + lead;
        let end = r.index + r.text.trimEnd().length;
        // "May this year", "September in 2012", "May 2019": the year belongs to the month.
        let followingYear: number | null = null;
        const after = s.text.slice(end);
        const fy = /^(?:,?\s+(?:in|of)\s+|,?\s+)(1[5-9]\d\d|20\d\d)\b/.exec(after);
        if (fy && !r.start.isCertain('year')) {
          followingYear = +fy[1]!;
          end += fy[0].length;
        }
        const next = results[k + 1];
        if (
          next &&
          /^\s*,?\s*$/.test(s.text.slice(end, next.index)) &&
          /^\s*(?:this|last|next) year$/i.test(next.text) &&
          r.start.isCertain('month') &&
          !r.start.isCertain('year')
        ) {
          followingYear = next.start.get('year')!;
          end = next.index + next.text.length;
          k++;
        }
        const lead2 = LEAD.exec(s.text.slice(Math.max(0, at - 24), at));
        if (lead2) at -= lead2[0].length;
        let need = fromChrono(r, r.start, s.text, english);
        // "last May", "this September": counted from the publication's month (english.ts's rule), not chrono's.
        const rel = english ? /\b(last|this|next)\s+$/i.exec(s.text.slice(Math.max(0, at - 6), at)) : null;
        if (rel && need?.k === 'md' && need.d === undefined) {
          need = { k: 'relMonth', m: need.m, rel: rel[1]!.toLowerCase() as 'last' | 'this' | 'next' };
          at -= rel[0].length;
        }
        let needEnd = r.end ? fromChrono(r, r.end, s.text, english) : null;
        if (need || needEnd) taken.push([at, end]);
        else rejected.push([at, end]);
        if (need) {
          const n: Need =
            followingYear !== null && need.k === 'md' ? { k: 'abs', y: followingYear, m: need.m, ...(need.d ? { d: need.d } : {}) } : need;
          here.push({ at, end, need: n, sentence: s, tense });
        }
        // A range "from March 30 to April 2": the end takes the start's year when it has none of its own.
        if (needEnd && needEnd.k === 'md' && need?.k === 'abs')
          needEnd = { k: 'abs', y: need.y, m: needEnd.m, ...(needEnd.d ? { d: needEnd.d } : {}) };
        if (needEnd) here.push({ at, end, need: needEnd, sentence: s, tense, rangeEnd: true });
      }
    }
    if (english) {
      for (const p of englishPhrases(s.text)) {
        if (!free(p.start, p.end)) continue;
        if (p.k === 'year') add(p.start, p.end, { k: 'abs', y: p.y });
        else if (p.k === 'holiday')
          add(p.start, p.end, { k: 'holiday', m: p.m, ...(p.d ? { d: p.d } : {}), ...(p.nth ? { nth: p.nth } : {}), rel: p.rel });
        else if (p.k === 'relMonth') add(p.start, p.end, { k: 'relMonth', m: p.m, rel: p.rel });
        else add(p.start, p.end, { k: 'anaphoric', unit: p.unit, offset: p.offset });
      }
    }
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(s.text); m; m = YEAR.exec(s.text)) {
      let at = m.index;
      if (!free(at, at + 4) || rejected.some(([x, y]) => at < y && x < at + 4)) continue;
      if (YEAR_AFTER_REJECT.test(s.text.slice(at + m[0].length))) continue;
      // "fell 2014 points": a count of things; "the 2014 elections", "in 2014 talks began" keep their year.
      if (!m[2] && /^\s+[a-z]+s\b/.test(s.text.slice(at + 4)) && !YEAR_BEFORE.test(s.text.slice(Math.max(0, at - 12), at))) continue;
      // A year after "page", "No.", "flight" is a label.
      if (/\b(?:no|page|flight|route|room|number|code|model|pp?)\.?\s*$/i.test(s.text.slice(Math.max(0, at - 8), at))) continue;
      // "1909 Jolinda Drive": a street number.
      if (STREET.test(s.text.slice(at + 4, at + 40))) continue;
      const y = +m[1]!;
      const lead = LEAD.exec(s.text.slice(Math.max(0, at - 24), at));
      if (lead) at -= lead[0].length;
      add(at, m.index + 4, { k: 'abs', y });
      if (m[2]) {
        // "1957-58", "2009-2010", "the winter of 1941–42": both years.
        const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + +m[2] : +m[2];
        if (y2 > y && y2 - y < 100) here.push({ at: m.index, end: m.index + m[0].length, need: { k: 'abs', y: y2 }, sentence: s, tense });
      }
    }
    here.sort((a, b) => a.at - b.at || Number(!!a.rangeEnd) - Number(!!b.rangeEnd));
    // "Friday, Oct. 23": the weekday names the date that follows it.
    for (let k = here.length - 2; k >= 0; k--) {
      const a = here[k]!;
      const b = here[k + 1]!;
      if (a.need.k === 'wd' && (b.need.k === 'md' || b.need.k === 'abs') && /^\s*,?\s*$/.test(s.text.slice(a.end, b.at))) here.splice(k, 1);
    }
    for (const h of here) if (h.need.k === 'abs') statedYears.push(h.need.y);
    mentions.push(...here);
  }

  const deictic = mentions.filter((m) => m.need.k === 'ref' || m.need.k === 'wd').length;
  const mode = dateMode(text, statedYears, ref?.y ?? null, english, deictic);
  const seen = new Map<string, Found>();
  // The last date the text named, for "the next day" and, in a narrative, for dates without a year.
  let focus: Value | null = mode === 'news' && ref ? { ...ref } : null;
  mentions.forEach((mn, i) => {
    const v = resolve(mn, mentions, i, mode, ref, focus);
    if (!v) return;
    const f: Found = { value: fmt(v), start: mn.sentence.start + mn.at, end: mn.sentence.start + mn.end };
    if (!seen.has(f.value)) seen.set(f.value, f);
    // "a year earlier ... a year earlier": comparisons look back from the same date; "the next day" moves the story on.
    if (!(mn.need.k === 'anaphoric' && mn.need.offset < 0)) focus = v;
  });
  return [...seen.values()].map((f) => {
    // chrono may keep a trailing comma or full stop; the quote should not (an abbreviation's stop stays: "Nov.").
    let end = f.end;
    while (end > f.start + 1 && (/[\s,;:]/.test(text.charAt(end - 1)) || (text.charAt(end - 1) === '.' && /\d/.test(text.charAt(end - 2)))))
      end--;
    return { type: 'date', value: f.value, quote: text.slice(f.start, end), start: f.start, end };
  });
}

/** The nth weekday (0 = Sunday) of a month: Thanksgiving is the 4th Thursday of November. */
function nthWeekday(y: number, m: number, n: number, weekday: number): number {
  const first = new Date(utc(y, m, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
}

function tenseOf(mn: Mention): DateTense {
  return mn.tense ? mn.tense.at(mn.at, mn.end - mn.at) : 'unknown';
}
// The simple present leaves the direction open: news uses it for what is to come ("meets Monday") and for
// what was just said alike.
const asTense = (t: DateTense): Tense => (t === 'present' ? 'unknown' : t);

/** A mention's value, or null when the text does not settle it. */
function resolve(mn: Mention, all: Mention[], i: number, mode: DateMode, ref: Ymd | null, focus: Value | null): Value | null {
  const need = mn.need;
  switch (need.k) {
    case 'abs':
      return { y: need.y, ...(need.m ? { m: need.m } : {}), ...(need.d ? { d: need.d } : {}) };
    case 'ref':
      // Counted from the writer's day: none in a narrative, where that day is not the story's.
      return ref && mode === 'news' ? need.value : mode === 'narrative' && Object.keys(need.value).length === 1 && ref ? need.value : null;
    case 'md': {
      // "On December 7 (December 8 in Asian time zones), 1941": a year stated later in the sentence.
      const later = all.slice(i + 1).find((o) => o.sentence === mn.sentence && o.need.k === 'abs' && o.need.m !== undefined);
      if (later && later.need.k === 'abs' && later.at - mn.end < 60)
        return { y: later.need.y, m: need.m, ...(need.d ? { d: need.d } : {}) };
      if (mode === 'narrative') {
        const base = focus;
        if (!base) return null;
        // The year of the events being told: the last one the text named (a story that jumps between
        // places goes back in time as often as forward, so no guess that a smaller month is next year).
        return { y: base.y, m: need.m, ...(need.d ? { d: need.d } : {}) };
      }
      // The end of a range follows its start: "from today through Nov. 17".
      if (mn.rangeEnd && focus?.m !== undefined) {
        const y = need.m > focus.m || (need.m === focus.m && (need.d ?? 31) >= (focus.d ?? 1)) ? focus.y : focus.y + 1;
        return { y, m: need.m, ...(need.d ? { d: need.d } : {}) };
      }
      if (!ref) return null;
      return { y: resolveYear(ref, need.m, need.d, asTense(tenseOf(mn)), need.weekday), m: need.m, ...(need.d ? { d: need.d } : {}) };
    }
    case 'wd': {
      if (mode === 'narrative') {
        if (!focus || focus.d === undefined) return null;
        return resolveWeekday(focus as Ymd, need.weekday, 'future');
      }
      if (!ref) return null;
      const t: Tense = need.rel === 'last' ? 'past' : need.rel === 'next' ? 'future' : asTense(tenseOf(mn));
      const day = resolveWeekday(ref, need.weekday, t);
      // "last Wednesday" written on a Wednesday is a week before, "next Wednesday" a week after.
      if (need.rel && day.y === ref.y && day.m === ref.m && day.d === ref.d) return addDays(ref, need.rel === 'last' ? -7 : 7);
      return day;
    }
    case 'relMonth': {
      const base = mode === 'narrative' ? focus : ref;
      if (!base) return null;
      if (mode === 'narrative') return { y: need.rel === 'last' ? base.y - 1 : need.rel === 'next' ? base.y + 1 : base.y, m: need.m };
      return { y: relativeMonthYear(ref!, need.m, need.rel), m: need.m };
    }
    case 'holiday': {
      // The year as for any month and day: by tense from the publication date, from the story in a narrative.
      const dayIn = (y: number) => need.d ?? nthWeekday(y, need.m, need.nth![0], need.nth![1]);
      let y: number;
      if (mode === 'narrative') {
        if (!focus) return null;
        y = focus.y;
      } else {
        if (!ref) return null;
        if (need.rel === 'this') y = ref.y;
        else {
          const t: Tense = need.rel === 'last' ? 'past' : need.rel === 'next' ? 'future' : asTense(tenseOf(mn));
          y = resolveYear(ref, need.m, dayIn(ref.y), t);
          if (need.rel && y === ref.y && utc(y, need.m, dayIn(y)) === utc(ref.y, ref.m, ref.d)) y += need.rel === 'last' ? -1 : 1;
        }
      }
      return { y, m: need.m, d: dayIn(y) };
    }
    case 'anaphoric': {
      if (!focus) return null;
      if (need.unit === 'year') return { y: focus.y + need.offset };
      if (focus.m === undefined) return null;
      if (need.unit === 'month') {
        const t = focus.y * 12 + (focus.m - 1) + need.offset;
        return { y: Math.floor(t / 12), m: (t % 12) + 1 };
      }
      if (focus.d === undefined) return null;
      return addDays(focus as Ymd, need.offset);
    }
  }
}
