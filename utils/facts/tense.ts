/**
 * Which way a clause points in time, for dates written without a year and
 * weekdays: past events sit on or before the publication date, future ones after.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won't|shall|'ll|upcoming|scheduled|slated|due|deadline|set to|plans? to|planned|expected to|is to|are to|going to|until|ahead of|next|starts?|begins?|opens?|expires?)\b/i;
const IRREGULAR_PAST = new Set(
  ('was were had did said told came went sent left took made got gave began fled held met saw found brought lost won ' +
    'wrote spoke ate fell kept ran paid led chose rose struck caught became knew thought felt stood sat ago last ' +
    'earlier previously former tried')
    .split(' '),
);
// "-ed" words that are not past events ("scheduled", "expected", "planned" point ahead; "red" is a colour).
const NOT_PAST = new Set('scheduled expected planned needed red bed hundred speed seed feed need indeed united related based'.split(' '));

function hasPast(s: string): boolean {
  for (const m of s.toLowerCase().match(/[a-z']+/g) ?? []) {
    if (IRREGULAR_PAST.has(m)) return true;
    if (m.length > 4 && m.endsWith('ed') && !NOT_PAST.has(m)) return true;
  }
  return false;
}

/** Tense of the text around a date: the clause first, then the sentence. */
export function tenseAround(sentence: string, at: number, len: number): Tense {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + len);
  // The clause holding the date: back to the last comma/semicolon/relative word, on to the next one.
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' that '), before.lastIndexOf(' which '));
  const endRel = after.search(/[,;]/);
  const clause = before.slice(cut + 1) + ' ' + (endRel < 0 ? after : after.slice(0, endRel));
  for (const s of [clause, sentence]) {
    const fut = FUTURE.test(s);
    const past = hasPast(s);
    if (fut && !past) return 'future';
    if (past && !fut) return 'past';
    if (fut && past) {
      // Both: the cue nearer the date wins.
      const pos = at - (s === clause ? cut + 1 : 0);
      const fIdx = s.search(FUTURE);
      const pIdx = firstPastIndex(s);
      return Math.abs(fIdx - pos) <= Math.abs(pIdx - pos) ? 'future' : 'past';
    }
  }
  return 'unknown';
}

function firstPastIndex(s: string): number {
  const re = /[A-Za-z']+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    if (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) return m.index;
  }
  return -1;
}
