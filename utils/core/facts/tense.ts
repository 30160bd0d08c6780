/**
 * Which way a clause points in time, for dates written without a year and
 * weekdays: past events sit on or before the publication date, future ones after.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won't|shall|'ll|upcoming|scheduled|slated|due|deadline|set to|plans? to|planned|expected to|is to|are to|going to|until|ahead of|next|starts?|begins?|opens?|expires?)\b/i;
const IRREGULAR_PAST = new Set(
  (
    'was were had did said told came went sent left took made got gave began fled held met saw found brought lost won ' +
    'wrote spoke ate fell kept ran paid led chose rose struck caught became knew thought felt stood sat ago last ' +
    'earlier previously former tried'
  ).split(' '),
);
// "-ed" words that are not past events ("scheduled", "expected", "planned" point ahead; "red" is a colour).
const NOT_PAST = new Set('scheduled expected planned needed red bed hundred speed seed feed need indeed united related based'.split(' '));

/** Tense of the text around a date: the clause first, then the sentence. */
export function tenseAround(sentence: string, at: number, len: number): Tense {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + len);
  // The clause holding the date: back to the last comma/semicolon/relative word, on to the next one.
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' that '), before.lastIndexOf(' which '));
  const endRel = after.search(/[,;]/);
  const clause = before.slice(cut + 1) + ' ' + (endRel < 0 ? after : after.slice(0, endRel));
  for (const [s, pos] of [
    [clause, at - (cut + 1)],
    [sentence, at],
  ] as [string, number][]) {
    // The cue nearest the date wins; cues before it (its governing verb) count double.
    const f = nearest(s, FUTURE_G, pos);
    const p = nearestPast(s, pos);
    if (f === Infinity && p === Infinity) continue;
    return f <= p ? 'future' : 'past';
  }
  return 'unknown';
}

const FUTURE_G = new RegExp(FUTURE.source, 'gi');
const dist = (idx: number, pos: number) => (idx < pos ? pos - idx : 2 * (idx - pos));

function nearest(s: string, re: RegExp, pos: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) best = Math.min(best, dist(m.index, pos));
  return best;
}

function nearestPast(s: string, pos: number): number {
  let best = Infinity;
  const re = /[A-Za-z']+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    if (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) best = Math.min(best, dist(m.index, pos));
  }
  return best;
}
