/**
 * Sentence splitter for news text. Paragraphs are separated by blank lines and a
 * sentence never crosses one. Offsets index the input, so
 * `text.slice(s.start, s.end) === s.text` and the text is trimmed.
 */
import { isStopWord } from './words';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Always followed by a name: a full stop after these never ends a sentence.
const TITLES = new Set(
  (
    'mr mrs ms mx dr prof sen sens rep reps gov lt col gen maj capt cpt sgt cpl pvt adm cmdr cdr brig ' +
    'rev hon rt fr pres supt insp det atty messrs mmes mme mlle hr hrn frau sra srta dña dna sig sigra ' +
    'dott ing avv dhr mevr mgr ste'
  ).split(' '),
);
// Followed by a number ("No. 5", "Art. 3"); before a word they may end a sentence ("He said no.").
const NUMBER_ABBR = new Set('no nos nr art arts vol vols p pp fig figs ch sec para op ed tel'.split(' '));
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
// Month names written after an ordinal with a full stop ("am 24. Februar", "den 3. maj"): no sentence ends there.
const ORDINAL_MONTHS = new Set(
  (
    'januar jänner februar feber märz maerz april mai juni juli august september oktober november dezember ' +
    'marts maj december mars januari februari maart mei augustus'
  ).split(' '),
);
// Often mid-sentence, but may also end one ("... Apple Inc. The company ...").
const AMBIGUOUS = new Set(
  (
    'inc ltd co corp jr sr bros plc llc etc al approx est dept univ ave blvd rd st mt ft pt vs cf ca bzw usw vgl zb ' +
    'ggf evtl inkl ua dh sog resp env pag cie'
  ).split(' '),
);

// US state abbreviations (AP style), matched with their capital.
const STATES = new Set(
  (
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev ' +
    'Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo'
  ).split(' '),
);

const TERMINAL = /[.!?…]+|[。！？]+|[؟۔।॥]+/gu;
const OPENERS = /["'“‘«(\[¿¡„‚]/u;

/** Split `text` into sentences; `lang` is a hint only (BCP 47). */
export function splitSentences(text: string, lang?: string | null): SentenceSpan[] {
  void lang; // rules below are language-neutral; kept for callers and future tuning
  const out: SentenceSpan[] = [];
  for (const [pStart, pEnd] of paragraphs(text)) {
    for (const [lStart, lEnd] of lines(text, pStart, pEnd)) splitLine(text, lStart, lEnd, out);
  }
  return out;
}

/** Ranges of blank-line separated blocks. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\n[^\S\n]*\n\s*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  out.push([last, text.length]);
  return out;
}

/**
 * Single line breaks inside a block come from <br> or list items; they end a
 * sentence unless the next line carries on in lower case (a hard-wrapped line).
 */
function lines(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    let n = i + 1;
    while (n < end && /\s/u.test(text.charAt(n))) n++;
    let p = i - 1;
    while (p >= s && /\s/u.test(text.charAt(p))) p--;
    const carriesOn = n < end && /\p{Ll}/u.test(text.charAt(n)) && !(p >= s && /[.!?:;…]/u.test(text.charAt(p)));
    if (!carriesOn) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, end]);
  return out;
}

function push(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

// Sticky helpers: match at a position without copying the rest of the text.
const CLOSERS_AT = /["'”’»)\]」』）]*/uy;
const SPACE_AT = /[^\S\n]+/uy;
const NEXT_WORD_AT = /["'“‘«(\[]*([\p{L}\p{N}]+)/uy;
const TOKEN_CHAR = /[^\s"'“‘«(\[]/u;

function stickyLength(re: RegExp, text: string, at: number, end: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? Math.min(m[0].length, end - at) : 0;
}

function splitLine(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let sentStart = start;
  TERMINAL.lastIndex = start;
  for (let m = TERMINAL.exec(text); m && m.index < end; m = TERMINAL.exec(text)) {
    const punct = m[0];
    let after = m.index + punct.length;
    const closerLen = stickyLength(CLOSERS_AT, text, after, end);
    after += closerLen;
    const cjk = /[。！？]/u.test(punct);
    const spaceLen = stickyLength(SPACE_AT, text, after, end);
    if (!cjk && !spaceLen && after < end) {
      TERMINAL.lastIndex = after;
      continue; // "1.5", "example.com", "U.S."
    }
    const next = after + spaceLen;
    if (next >= end) break; // end of line: the tail is pushed below
    if (cjk || isBoundary(text, sentStart, m.index, punct, closerLen > 0, next, end)) {
      push(text, sentStart, after, out);
      sentStart = next;
    }
    TERMINAL.lastIndex = next;
  }
  push(text, sentStart, end, out);
}

function isBoundary(text: string, lineStart: number, at: number, punct: string, closed: boolean, next: number, end: number): boolean {
  const nextChar = text.charAt(next);
  // Lower case carries on: "he asked?" said she / "the U.S. military".
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (!/[\p{L}\p{N}]/u.test(nextChar) && !OPENERS.test(nextChar) && !/[•·\-–—*]/u.test(nextChar)) return false;
  if (punct !== '.' || closed) return true;

  let from = at;
  while (from > lineStart && TOKEN_CHAR.test(text.charAt(from - 1))) from--;
  const token = text.slice(from, at);
  const lower = token.toLowerCase();
  NEXT_WORD_AT.lastIndex = next;
  const nm = NEXT_WORD_AT.exec(text);
  const nextWord = nm && nm.index + nm[0].length <= end ? (nm[1] ?? '') : '';
  // A function word after the stop ("U.S. The ...") means a new sentence; single
  // letters are left out because they are usually further initials.
  const nextLower = nextWord.toLowerCase();
  const startsSentence = (nextLower.length > 1 || nextWord === 'A' || nextWord === 'I') && isStopWord(nextLower);
  const digitNext = /\p{N}/u.test(nextChar);

  if (/^\d{1,2}$/.test(token) && ORDINAL_MONTHS.has(nextLower)) return false; // "am 24. Februar 2022"
  if (/^\p{Lu}$/u.test(token)) return startsSentence; // initials: "B. U. Nzeribe", "George W. Bush"
  if (TITLES.has(lower)) return false;
  if (NUMBER_ABBR.has(lower)) return !digitNext;
  if (MONTHS.has(lower)) return !digitNext && startsSentence;
  if (STATES.has(token)) return startsSentence; // datelines: "HAYWARD, Calif. (AP) —"
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return startsSentence; // "U.S", "a.m", "e.g"
  if (AMBIGUOUS.has(lower.replace(/\./g, ''))) return startsSentence;
  return true;
}
