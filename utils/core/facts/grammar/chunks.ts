/**
 * Noun phrases and verb groups of one English sentence, from the tags of
 * tags.ts: "[NP at least 36 soldiers] [PP from the army] [VG were reportedly
 * killed]". The casualty and troop reader (../counts.ts) relates them: the
 * subject of a passive verb group or of "died", the object of an active one.
 */
import type { Token } from '../tokens';
import type { NumberMatch } from '../numbers';
import type { Tagged } from './tags';

export interface NounPhrase {
  /** Token range [start, end), qualifier and determiner included. */
  start: number;
  end: number;
  /** Token index of the head noun, or -1 when a number stands alone ("16 killed"). */
  head: number;
  /** The number that counts the phrase, when there is one. */
  num?: NumberMatch;
  /** The determiner, lower-cased ("a", "the", "no"). */
  det?: string;
  /** All words are names ("Funke Adedoyin"). */
  name: boolean;
  /** A pronoun ("he", "they"). */
  pronoun: boolean;
  /** "a 57-year-old", "the 81-year-old": an age as the noun, one person. */
  age: boolean;
  /** "a million or more" */
  orMore?: boolean;
}

export type Tense = 'past' | 'present' | 'future' | 'unknown';

export interface VerbGroup {
  start: number;
  end: number;
  /** Token index of the main verb, or of the last auxiliary in a copula ("were [dead]"). */
  main: number;
  /** be + past participle ("were killed", "is being held"). */
  passive: boolean;
  /** Has auxiliaries or a modal ("were killed", "has died"), not a bare verb ("killed"). */
  aux: boolean;
  modal: boolean;
  neg: boolean;
  /** "to kill", not "to have been killed". */
  infinitive: boolean;
  copula: boolean;
  tense: Tense;
}

export type Chunk =
  | { type: 'NP'; np: NounPhrase; start: number; end: number }
  | { type: 'VG'; vg: VerbGroup; start: number; end: number }
  | { type: 'O'; start: number; end: number };

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);
// Collective nouns that also modify a noun for people: "police officers", "crew members".
const COLLECTIVE = new Set(['police', 'staff', 'crew', 'personnel', 'security']);
const FUTURE_MODALS = new Set(['will', "'ll", 'shall']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'remained', 'stayed']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'re", "'m", 'has', 'have', "'ve", 'does', 'do', 'remain', 'remains', 'stay', 'stays']);
// Verbs of becoming that take a participle as "be" does: "got killed".
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

const joined = (tokens: Token[], i: number) => i > 0 && tokens[i]!.start === tokens[i - 1]!.end;

/** Cut a sentence's tokens into noun phrases, verb groups and other tokens. */
export function chunkSentence(tokens: Token[], tags: Tagged[], numbers: NumberMatch[]): Chunk[] {
  const numberAt = new Map<number, NumberMatch>();
  for (const n of numbers) {
    const q = n.qualFirst;
    // A phrase may open on any word of the qualifier: "an estimated 200,000" starts at "an" or "estimated".
    for (let k = q >= 0 ? q : n.first; k <= n.first; k++) numberAt.set(k, n);
  }
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const prev = out[out.length - 1];
    const vg = verbGroupAt(tokens, tags, i, prev?.type === 'NP');
    if (vg) {
      out.push({ type: 'VG', vg, start: vg.start, end: vg.end });
      i = vg.end;
      continue;
    }
    const np = nounPhraseAt(tokens, tags, i, numberAt);
    if (np) {
      out.push({ type: 'NP', np, start: np.start, end: np.end });
      i = np.end;
      continue;
    }
    out.push({ type: 'O', start: i, end: i + 1 });
    i++;
  }
  return out;
}

function verbGroupAt(tokens: Token[], tags: Tagged[], i: number, afterNoun: boolean): VerbGroup | null {
  const t0 = tags[i]!.tag;
  if (!['MOD', 'BE', 'HAVE', 'DO', 'NEG', 'TO', 'VERB', 'ADV'].includes(t0)) return null;
  // A verb that opens a noun phrase ("armed men", "wounded soldiers") is an adjective there.
  if (t0 === 'VERB' && !afterNoun && tags[i]!.form !== 'base') {
    const next = tags[i + 1]?.tag;
    if (next && NOUNISH.has(next)) return null;
  }
  let j = i;
  let modal = false;
  let neg = false;
  let to = false;
  let have = false;
  let be = false;
  let aux = false;
  let tense: Tense = 'unknown';
  let main = -1;
  let passive = false;
  let sawVerb = false;
  for (; j < tokens.length; j++) {
    const tag = tags[j]!.tag;
    const low = tokens[j]!.low;
    if (tag === 'ADV' && !sawVerb) continue;
    if (tag === 'NEG') {
      neg = true;
      continue;
    }
    if (tag === 'MOD' && !sawVerb) {
      aux = true;
      if (FUTURE_MODALS.has(low)) {
        if (tense === 'unknown') tense = 'future';
      } else modal = true;
      if (main < 0) main = j;
      continue;
    }
    if (tag === 'TO' && !sawVerb && (tags[j + 1]?.tag === 'VERB' || tags[j + 1]?.tag === 'BE' || tags[j + 1]?.tag === 'HAVE')) {
      to = true;
      continue;
    }
    if ((tag === 'BE' || tag === 'HAVE' || tag === 'DO') && !sawVerb) {
      aux = true;
      if (tag === 'BE') be = true;
      if (tag === 'HAVE') have = true;
      if (tense === 'unknown') {
        if (PAST_AUX.has(low)) tense = 'past';
        else if (PRESENT_AUX.has(low)) tense = tag === 'HAVE' ? 'past' : 'present';
      }
      main = j;
      continue;
    }
    if (tag === 'VERB' && !sawVerb) {
      // "going to": the future.
      if (low === 'going' && be && tokens[j + 1]?.low === 'to') {
        if (tense === 'unknown') tense = 'future';
        j++;
        continue;
      }
      if (GET.has(low) && tags[j + 1]?.tag === 'VERB' && tags[j + 1]?.form === 'past') {
        be = true;
        aux = true;
        if (tense === 'unknown') tense = tags[j]!.form === 'past' ? 'past' : 'present';
        continue;
      }
      sawVerb = true;
      main = j;
      const form = tags[j]!.form;
      if (be && form === 'past') passive = true;
      // After an auxiliary a past form is a participle: the auxiliary told the tense ("would be paid", "will be held").
      if (tense === 'unknown') {
        if (form === 'past' && !aux) tense = 'past';
        else if (form === 'base' && !to && !modal) tense = 'present';
      }
      continue;
    }
    // "were reported killed", "are feared dead", "was found dead", "are believed to have been killed":
    // the casualty word after a passive is the group's.
    if (sawVerb && passive) {
      let m = j;
      if (low === 'to' && tags[m + 1]?.tag === 'BE') m += 2;
      else if (low === 'to' && tags[m + 1]?.tag === 'HAVE' && tags[m + 2]?.tag === 'BE') m += 3;
      const tm = tags[m];
      if (tm?.cas && (tm.tag === 'ADJ' || (tm.tag === 'VERB' && tm.form === 'past'))) {
        main = m;
        j = m;
        continue;
      }
    }
    break;
  }
  if (main < 0) return null;
  // Trailing adverbs belong to what follows.
  let end = j;
  while (end > main + 1 && tags[end - 1]!.tag === 'ADV') end--;
  const copula = !sawVerb;
  if (copula && !be) {
    // "has" / "did" alone: a verb of its own ("has 300 troops"), not an auxiliary.
    return { start: i, end, main, passive: false, aux: false, modal, neg, infinitive: false, copula: false, tense };
  }
  return { start: i, end, main, passive, aux, modal, neg, infinitive: to && !have, copula, tense };
}

/** The number that opens a phrase at token j, with what it takes along ("dozens of", "four of its", "or more"). */
function numberIn(
  tokens: Token[],
  tags: Tagged[],
  j: number,
  numberAt: Map<number, NumberMatch>,
): { num: NumberMatch; j: number; head: number; orMore: boolean } | null {
  const n = numberAt.get(j);
  if (!n) return null;
  const after = tokens[n.last];
  // "a 57-year-old man": a number joined by a hyphen is part of a modifier, not a count.
  if (after && after.text === '-' && after.start === tokens[n.last - 1]!.end) return null;
  let k = n.last;
  let head = -1;
  let orMore = false;
  // "a million or more"
  if (tokens[k]?.low === 'or' && (tokens[k + 1]?.low === 'more' || tokens[k + 1]?.low === 'so')) {
    orMore = tokens[k + 1]!.low === 'more';
    k += 2;
  }
  // "dozens of people", "four of its soldiers", "tens of thousands of residents"
  if (tokens[k]?.low === 'of' && (n.form === 'magnitude' || ['DET', 'PRON', 'NUM'].includes(tags[k + 1]?.tag ?? ''))) {
    k++;
    if (tags[k]?.tag === 'DET') k++;
    if (tags[k]?.tag === 'PRON') {
      head = k;
      k++;
    }
  }
  return { num: n, j: k, head, orMore };
}

function nounPhraseAt(tokens: Token[], tags: Tagged[], i: number, numberAt: Map<number, NumberMatch>): NounPhrase | null {
  const tag = tags[i]!.tag;
  if (tag === 'PRON' && tokens[i]!.low !== 'there') {
    return { start: i, end: i + 1, head: i, name: false, pronoun: true, age: false };
  }
  if (tag === 'PRON') {
    return null;
  }
  let j = i;
  let det: string | undefined;
  let num: NumberMatch | undefined;
  let head = -1;
  let age = false;
  let names = 0;
  let words = 0;
  let mods = 0;
  let orMore = false;
  if (tag === 'DET') {
    det = tokens[i]!.low;
    j++;
    // "a further 12", "an additional 300", "a total 40": a word between the article and the number.
    if (
      !numberAt.has(j) &&
      numberAt.has(j + 1) &&
      ['further', 'additional', 'total', 'record', 'combined', 'reported', 'confirmed'].includes(tokens[j]?.low ?? '')
    )
      j++;
  }
  const take = (): boolean => {
    const t = numberIn(tokens, tags, j, numberAt);
    if (!t) return false;
    ({ num, j } = t);
    if (t.head >= 0) head = t.head;
    orMore = t.orMore;
    return true;
  };
  if (numberAt.has(j)) take();
  if (!num && det === undefined && !NOUNISH.has(tag) && tag !== 'VERB' && tag !== 'NUM') return null;
  while (j < tokens.length) {
    const t = tags[j]!;
    const tk = tokens[j]!;
    // Compounds written with hyphens: "57-year-old", "al-Shabaab", "non-commissioned".
    if (tk.text === '-' && joined(tokens, j) && tokens[j + 1] && joined(tokens, j + 1) && words + mods + (num ? 1 : 0) > 0) {
      if (/^years?$/.test(tokens[j - 1]!.low) && tokens[j + 1]!.low === 'old') age = true;
      j += 2;
      head = j - 1;
      continue;
    }
    // Titles and initials inside a name: "Rt. Hon. B. U. Nzeribe", "Dr. Slepian".
    if (
      /^[A-Z][a-z]{1,3}$/.test(tk.text) &&
      tokens[j + 1]?.text === '.' &&
      joined(tokens, j + 1) &&
      /^[A-Z]/.test(tokens[j + 2]?.text ?? '') &&
      tags[j]!.tag === 'PROPN'
    ) {
      j += 2;
      mods++;
      continue;
    }
    // Initials: "U.S.", "U.N." name the side, inside the phrase.
    if (/^[A-Z]$/.test(tk.text) && tokens[j + 1]?.text === '.' && joined(tokens, j + 1)) {
      j += 2;
      while (/^[A-Z]$/.test(tokens[j]?.text ?? '') && joined(tokens, j) && tokens[j + 1]?.text === '.' && joined(tokens, j + 1)) j += 2;
      mods++;
      continue;
    }
    if (t.tag === 'NUM' && !num && words === 0 && numberAt.has(j)) {
      if (take()) continue;
      // an age: "a 57-year-old"
      mods++;
      j++;
      continue;
    }
    if (t.tag === 'NUM' && tokens[j + 1]?.text === '-' && joined(tokens, j + 1)) {
      mods++;
      j++;
      continue;
    }
    // "Iraq's army": the possessor is a modifier of the noun that follows.
    if (t.tag === 'POS') {
      j++;
      continue;
    }
    // "five soldiers wounded", "38 dead", "12 missing": after the counted noun, a casualty word is the predicate.
    if (t.cas && (t.cas.role === 'adjective' || t.tag === 'VERB') && (head >= 0 || num) && !NOUNISH.has(tags[j + 1]?.tag ?? '')) break;
    if (NOUNISH.has(t.tag)) {
      if (t.tag === 'PROPN') names++;
      words++;
      head = j;
      j++;
      if (t.people === 'plural' && tags[j]?.tag !== 'POS' && !(tags[j]?.people && COLLECTIVE.has(tokens[j - 1]!.low))) break;
      continue;
    }
    // "a still unspecified date", "a recently opened office": an adverb before a modifier.
    if (
      t.tag === 'ADV' &&
      head < 0 &&
      (det !== undefined || num) &&
      (tags[j + 1]?.tag === 'VERB' || tags[j + 1]?.tag === 'ADJ') &&
      NOUNISH.has(tags[j + 2]?.tag ?? '')
    ) {
      j++;
      continue;
    }
    if (t.tag === 'VERB' && t.form !== 'base') {
      const next = tags[j + 1]?.tag;
      // "the fighting", "the wounded": a participle right after the article is the noun.
      if (det !== undefined && j === i + 1 && !num && !(next && NOUNISH.has(next))) {
        words++;
        head = j;
        j++;
        break;
      }
      // An attributive participle before a noun: "armed men", "130 injured victims".
      if (next && (NOUNISH.has(next) || (next === 'VERB' && tags[j + 1]!.form !== 'base')) && head < 0) {
        words++;
        j++;
        continue;
      }
    }
    break;
  }
  if (j === i) return null;
  if (head < 0 && !num && !det) return null;
  return {
    start: i,
    end: j,
    head,
    ...(num ? { num } : {}),
    ...(det !== undefined ? { det } : {}),
    name: names > 0 && names === words && det === undefined && !num,
    pronoun: false,
    age,
    orMore,
  };
}
