/**
 * The one number reader for facts: digits ("2,500", "1.2 million"), number words
 * ("two", "twenty-five", "a dozen", "twelve thousand") and vague amounts
 * ("dozens", "tens of thousands", "several hundred"), with the qualifier before them.
 */
import type { Magnitude, Qualifier } from './types';
import { tokensOf, type Token } from './tokens';

const UNITS: Record<string, number> = {
  zero: 0,
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
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const PLURAL_MAGNITUDES: Record<string, Magnitude> = {
  dozens: 'dozens',
  scores: 'scores',
  hundreds: 'hundreds',
  thousands: 'thousands',
  millions: 'millions',
};
const SCALE_TO_MAGNITUDE: Record<string, Magnitude> = {
  dozen: 'dozens',
  hundred: 'hundreds',
  thousand: 'thousands',
  million: 'millions',
};

// Longest first: "more than" must win over "more".
const QUALIFIERS: [string, Qualifier][] = [
  ['upwards of', 'at least'],
  ['more than', 'at least'],
  ['at least', 'at least'],
  ['in excess of', 'at least'],
  ['just over', 'at least'],
  ['well over', 'at least'],
  ['over', 'at least'],
  ['up to', 'up to'],
  ['as many as', 'up to'],
  ['an estimated', 'about'],
  ['approximately', 'about'],
  ['an approximate', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['some', 'about'],
  ['close to', 'about'],
  ['estimated', 'about'],
  ['at around', 'about'],
  ['just under', 'about'],
];

export interface NumberMatch {
  /** Token index range [first, last) of the number itself (qualifier excluded). */
  first: number;
  last: number;
  /** Character offsets of the number, and of the qualifier when there is one. */
  start: number;
  end: number;
  qualStart: number;
  /** Token index where the qualifier starts (first when there is none). */
  qualFirst: number;
  value?: number;
  magnitude?: Magnitude;
  qualifier?: Qualifier;
  /** How it was written: digits, words or a vague amount. */
  form: 'digits' | 'words' | 'magnitude';
}

function digitsValue(s: string): number | null {
  // "2,500" and "1,960" are thousands; "1.2" a decimal. A comma with other than 3 digits after is not a separator.
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return null;
}

// Words that can open a number; any other word that is not digits opens none (the common case, checked first).
const OPENERS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(PLURAL_MAGNITUDES),
  'tens',
  'several',
  'few',
  'a',
  'an',
]);

function match(tokens: Token[], i: number, last: number, v: Partial<NumberMatch>, form: NumberMatch['form']): NumberMatch {
  const t = tokens[i]!;
  return { first: i, last, start: t.start, end: tokens[last - 1]!.end, qualStart: t.start, qualFirst: i, form, ...v };
}

/** Read a number starting at token i; null when there is none. */
export function readNumberAt(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const low = t.low;
  const c = low.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !OPENERS.has(low)) return null;
  const next = tokens[i + 1]?.low;
  const make = (last: number, v: Partial<NumberMatch>, form: NumberMatch['form']): NumberMatch => match(tokens, i, last, v, form);

  // "tens of thousands", "hundreds of thousands"
  if (
    (low === 'tens' || low === 'hundreds') &&
    next === 'of' &&
    (tokens[i + 2]?.low === 'thousands' || tokens[i + 2]?.low === 'millions')
  ) {
    const mag = (low + ' of ' + tokens[i + 2]!.low) as Magnitude;
    if (mag === 'tens of thousands' || mag === 'hundreds of thousands') return make(i + 3, { magnitude: mag }, 'magnitude');
    return make(i + 3, { magnitude: 'millions' }, 'magnitude');
  }
  if (PLURAL_MAGNITUDES[low]) return make(i + 1, { magnitude: PLURAL_MAGNITUDES[low] }, 'magnitude');
  // "several thousand", "a few hundred": the scale's plural; "several" alone is its own magnitude.
  if (low === 'several' || (low === 'a' && next === 'few') || low === 'few') {
    const j = low === 'a' ? i + 2 : i + 1;
    const scale = tokens[j]?.low;
    if (scale && SCALE_TO_MAGNITUDE[scale]) return make(j + 1, { magnitude: SCALE_TO_MAGNITUDE[scale] }, 'magnitude');
    if (low === 'several') return make(i + 1, { magnitude: 'several' }, 'magnitude');
    return null;
  }
  if ((low === 'a' || low === 'one') && next === 'dozen') return make(i + 2, { value: 12 }, 'words');
  if (low === 'a' && next === 'couple') return make(i + 2, { value: 2 }, 'words');

  const d = digitsValue(t.text);
  if (d !== null && /^\d/.test(t.text)) {
    let value = d;
    let last = i + 1;
    const s = tokens[last]?.low;
    if (s && SCALES[s] && s !== 'hundred') {
      value *= SCALES[s];
      last++;
    } else if (s === 'dozen') {
      value *= 12;
      last++;
    }
    return make(last, { value: Math.round(value) }, 'digits');
  }

  // Number words: "twenty-five", "two hundred", "twelve thousand", "a hundred", "one million".
  let total = 0;
  let current = 0;
  let any = false;
  let j = i;
  if ((low === 'a' || low === 'an') && next && SCALES[next]) {
    current = 1;
    any = true;
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j]!.low;
    if (UNITS[w] !== undefined) {
      if (current % 10 !== 0 && current < 100 && any && current !== 0) break; // "two three" is not a number
      current += UNITS[w];
      any = true;
    } else if (TENS[w] !== undefined) {
      if (current % 100 !== 0 && any) break;
      current += TENS[w];
      any = true;
    } else if (w === '-' && any && tokens[j + 1] && UNITS[tokens[j + 1]!.low] !== undefined && tokens[j]!.start === tokens[j - 1]!.end) {
      continue; // "twenty-five"
    } else if (w === 'hundred' && any) {
      current = (current || 1) * 100;
    } else if ((w === 'thousand' || w === 'million' || w === 'billion') && any) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else if (w === 'dozen' && any && current > 0 && current < 100) {
      current *= 12;
    } else if (
      w === 'and' &&
      any &&
      tokens[j + 1] &&
      (UNITS[tokens[j + 1]!.low] !== undefined || TENS[tokens[j + 1]!.low] !== undefined) &&
      total + current >= 100
    ) {
      continue; // "two hundred and fifty"
    } else break;
  }
  if (!any) return null;
  // Trailing "-" or "and" consumed nothing: step back to the last number word.
  let last = j;
  while (last > i && (tokens[last - 1]!.low === '-' || tokens[last - 1]!.low === 'and')) last--;
  return make(last, { value: total + current }, 'words');
}

/** Attach the qualifier that directly precedes a number ("at least 106", "some 2,500"). */
export function qualifierBefore(tokens: Token[], m: NumberMatch): NumberMatch {
  for (const [words, q] of QUALIFIERS) {
    const parts = words.split(' ');
    const k = m.first - parts.length;
    if (k < 0) continue;
    let ok = true;
    for (let p = 0; p < parts.length; p++)
      if (tokens[k + p]!.low !== parts[p]) {
        ok = false;
        break;
      }
    if (ok) return { ...m, qualifier: q, qualStart: tokens[k]!.start, qualFirst: k };
  }
  return m;
}

/** Every number in a token run, left to right, with its qualifier. */
export function findNumbers(tokens: Token[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = readNumberAt(tokens, i);
    if (!m) continue;
    out.push(qualifierBefore(tokens, m));
    i = m.last - 1;
  }
  return out;
}

/** Parse a whole phrase as one number ("1.2 million", "a dozen", "tens of thousands"); null when it is not exactly one. */
export function parseNumber(phrase: string): { value?: number; magnitude?: Magnitude; qualifier?: Qualifier } | null {
  const tokens = tokensOf(phrase.trim());
  for (let i = 0; i < tokens.length; i++) {
    const m = readNumberAt(tokens, i);
    if (!m) continue;
    if (m.last !== tokens.length) return null;
    const q = qualifierBefore(tokens, m);
    if (q.qualStart !== tokens[0]!.start) return null;
    const out: { value?: number; magnitude?: Magnitude; qualifier?: Qualifier } = {};
    if (q.value !== undefined) out.value = q.value;
    if (q.magnitude) out.magnitude = q.magnitude;
    if (q.qualifier) out.qualifier = q.qualifier;
    return out;
  }
  return null;
}
