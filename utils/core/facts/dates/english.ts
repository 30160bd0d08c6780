/**
 * English date phrases chrono leaves alone or reads as counted from today when
 * they count from the events being told: "last May", "the following year",
 * "two days later", "that same day", years written in words ("nineteen
 * ninety-one"). Each comes as a span of the sentence and what it needs to be
 * resolved.
 */

export type Unit = 'day' | 'month' | 'year';

export type EnglishPhrase =
  /** counted from the last date the text named ("the next day", "a year later") */
  | { k: 'anaphoric'; unit: Unit; offset: number; start: number; end: number }
  /** "last May", "this September", "next March" */
  | { k: 'relMonth'; m: number; rel: 'last' | 'this' | 'next'; start: number; end: number }
  /** a year written in words */
  | { k: 'year'; y: number; start: number; end: number }
  /** a holiday: a month and a day, or the nth weekday of the month ("Thanksgiving": the fourth Thursday of November) */
  | { k: 'holiday'; m: number; d?: number; nth?: [number, number]; rel: 'last' | 'this' | 'next' | null; start: number; end: number };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SMALL: Record<string, number> = {
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const unitOf = (w: string): Unit | 'week' =>
  w.startsWith('day') ? 'day' : w.startsWith('week') ? 'week' : w.startsWith('month') ? 'month' : 'year';

const ANAPHORA: [RegExp, (m: RegExpExecArray) => { unit: Unit; offset: number } | null][] = [
  // "the next day", "the following year", "the previous month", "the same day"
  [
    /\bthe\s+(next|following|previous|preceding|same)\s+(day|month|year)\b/gi,
    (m) => ({ unit: m[2]!.toLowerCase() as Unit, offset: /same/i.test(m[1]!) ? 0 : /next|following/i.test(m[1]!) ? 1 : -1 }),
  ],
  // "the next morning", "the following evening": the day after the last one named
  [/\bthe\s+(?:next|following)\s+(?:morning|afternoon|evening|night)\b/gi, () => ({ unit: 'day', offset: 1 })],
  // "the day before", "the day after"
  [/\bthe\s+day\s+(before|after)\b(?!\s+(?:the|a|his|her|its|their)\b)/gi, (m) => ({ unit: 'day', offset: /after/i.test(m[1]!) ? 1 : -1 })],
  // "that day", "that same year", "later that month"
  [/\b(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(day|month|year)\b/gi, (m) => ({ unit: m[1]!.toLowerCase() as Unit, offset: 0 })],
  // "two days later", "a year earlier", "18 months afterwards"
  [
    /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\s+(days?|weeks?|months?|years?)\s+(later|afterwards?|earlier|before)\b(?!\s+(?:the|a|an|his|her|its|their|he|she|it|they)\b)/gi,
    (m) => {
      const n = /^\d/.test(m[1]!) ? +m[1]! : SMALL[m[1]!.toLowerCase()];
      if (n === undefined) return null;
      const u = unitOf(m[2]!.toLowerCase());
      const sign = /later|after/i.test(m[3]!) ? 1 : -1;
      return u === 'week' ? { unit: 'day', offset: sign * 7 * n } : { unit: u, offset: sign * n };
    },
  ],
];

// Holidays whose day the calendar fixes; [n, weekday] is the nth such weekday of the month.
const HOLIDAYS: [RegExp, number, number | [number, number]][] = [
  [/\bChristmas\s+Eve\b/, 12, 24],
  [/\bChristmas(?:\s+Day)?\b/, 12, 25],
  [/\bNew\s+Year['’]s\s+Eve\b/, 12, 31],
  [/\bNew\s+Year['’]s(?:\s+Day)?\b/, 1, 1],
  [/\bThanksgiving(?:\s+Day)?\b/, 11, [4, 4]],
  [/\bHalloween\b/, 10, 31],
  [/\bValentine['’]s\s+Day\b/, 2, 14],
  [/\bBoxing\s+Day\b/, 12, 26],
];

const REL_MONTH = new RegExp(`\\b(last|this|next)\\s+(${MONTHS.join('|')})\\b`, 'gi');

// "nineteen ninety-one", "nineteen forty", "nineteen hundred", "two thousand and one", "the year two thousand"
const SPELLED = new RegExp(
  '\\b(?:(fifteen|sixteen|seventeen|eighteen|nineteen)\\s+(?:(hundred)|(' +
    Object.keys(TENS).join('|') +
    ')(?:[-\\s](' +
    Object.keys(UNITS).join('|') +
    '))?|(' +
    Object.keys(TEENS).join('|') +
    '))|two\\s+thousand(?:\\s+(?:and\\s+)?(' +
    [...Object.keys(TEENS), ...Object.keys(UNITS)].join('|') +
    '))?)\\b',
  'gi',
);

/** English date phrases of one sentence, with offsets into it. */
export function englishPhrases(sentence: string): EnglishPhrase[] {
  const out: EnglishPhrase[] = [];
  // Most sentences have none of these phrases: look for their words first.
  const units = /\b(?:days?|weeks?|months?|years?)\b/i.test(sentence);
  const rel = /\b(?:last|this|next)\s+[A-Z]/.test(sentence);
  const spelled = /teen\b|thousand\b/i.test(sentence);
  const holiday = /Christmas|Year|Thanksgiving|Halloween|Valentine|Boxing/.test(sentence);
  if (!units && !rel && !spelled && !holiday) return out;
  for (const [re, read] of units ? ANAPHORA : []) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const r = read(m);
      if (r) out.push({ k: 'anaphoric', ...r, start: m.index, end: m.index + m[0].length });
    }
  }
  REL_MONTH.lastIndex = 0;
  for (let m = rel ? REL_MONTH.exec(sentence) : null; m; m = REL_MONTH.exec(sentence)) {
    // The month must be written as one: "this may" is not May.
    if (!/^[A-Z]/.test(m[2]!)) continue;
    out.push({
      k: 'relMonth',
      m: MONTHS.indexOf(m[2]!.toLowerCase()) + 1,
      rel: m[1]!.toLowerCase() as 'last' | 'this' | 'next',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const [re, m, day] of holiday ? HOLIDAYS : []) {
    const g = new RegExp(re.source, 'g');
    for (let h = g.exec(sentence); h; h = g.exec(sentence)) {
      // "Christmas trees", "the Christmas season": a holiday named as a thing, not a day.
      const rel = /\b(last|this|next)\s+$/i.exec(sentence.slice(Math.max(0, h.index - 6), h.index));
      // A holiday as a time: after a preposition of time or "last/this/next" ("on Christmas Day", "by Christmas"),
      // not as a modifier ("a Christmas tradition", "Christmas trees").
      const timePrep = /\b(?:on|at|by|before|after|since|until|till|over|for|during|from|to)\s+$/i.test(
        sentence.slice(Math.max(0, h.index - 8), h.index),
      );
      if (!rel && !timePrep) continue;
      const start = rel ? h.index - rel[0].length : h.index;
      out.push({
        k: 'holiday',
        m,
        ...(typeof day === 'number' ? { d: day } : { nth: day }),
        rel: rel ? (rel[1]!.toLowerCase() as 'last' | 'this' | 'next') : null,
        start,
        end: h.index + h[0].length,
      });
    }
  }
  SPELLED.lastIndex = 0;
  for (let m = spelled ? SPELLED.exec(sentence) : null; m; m = SPELLED.exec(sentence)) {
    // A year in words follows a preposition or "the year": "in nineteen ninety-one", not "nineteen twenty-year-olds".
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (!/\b(?:in|of|since|by|until|from|to|before|after|during|year)\s+$/i.test(before)) continue;
    if (/^[-\s]*(?:years?|people|times|percent|[a-z]+s)\b/i.test(sentence.slice(m.index + m[0].length)) && !/year\s+$/i.test(before))
      continue;
    let y: number;
    if (m[1]) {
      const c = (TEENS[m[1].toLowerCase()] ?? 19) * 100;
      y = m[2] ? c : c + (m[3] ? TENS[m[3].toLowerCase()]! + (m[4] ? UNITS[m[4].toLowerCase()]! : 0) : TEENS[m[5]!.toLowerCase()]!);
    } else {
      y = 2000 + (m[6] ? (TEENS[m[6].toLowerCase()] ?? UNITS[m[6].toLowerCase()] ?? 0) : 0);
    }
    const start = /the\s+year\s+$/i.test(before) ? m.index - (before.length - before.search(/the\s+year\s+$/i)) : m.index;
    out.push({ k: 'year', y, start, end: m.index + m[0].length });
  }
  return out;
}
