/**
 * Casualty and troop facts, read from the structure of each sentence
 * (grammar/): a casualty word's victims are the subject of its passive or
 * intransitive verb group ("[36 soldiers] were killed", "[a policeman] died"),
 * the object of its active one ("killing [five]"), the noun phrase it follows
 * ("[five soldiers] wounded", "[38] dead") or the one after "of" ("the deaths of
 * [A and B]"). Coordinated victims are counted one by one and summed. Troops are
 * the numbers that count military personnel and are no victims. A statement made
 * unreal (could/would/may, negation, "threatened to") gives nothing.
 */
import type { CasualtyKind, Count, Fact } from './types';
import type { Token } from './tokens';
import { factKey } from './keys';
import type { NumberMatch } from './numbers';
import { actorMentions } from './lexicon/actors';
import { countLexicon, type CountLexicon, type CasualtyWord } from './lexicon';
import type { Tagged } from './grammar/tags';
import type { Chunk, NounPhrase, VerbGroup } from './grammar/chunks';
import { parseSentence } from './grammar/parse';
import type { SentenceSpan } from '../text/sentences';

interface Sentence {
  tokens: Token[];
  tags: Tagged[];
  chunks: Chunk[];
  lex: CountLexicon;
  /** Most words capitalised (a headline): a capital says nothing of names there. */
  titleCase: boolean;
}

interface Victims {
  /** The noun phrases counted, in order. */
  nps: NounPhrase[];
  /** Joined by "or": alternatives, not a sum. */
  alternatives: boolean;
  /** Breakdowns set off by "including": counted on their own, not added. */
  parts?: NounPhrase[];
}

// Adverbs in a verb group that leave the casualty unsaid: "nearly died", "had probably been killed".
const HEDGES = new Set(['nearly', 'almost', 'probably', 'possibly', 'perhaps', 'maybe', 'supposedly']);
// Words that open a phrase set off by commas after a subject: "Dozens, including children, were killed".
const SET_OFF = new Set(['including', 'who', 'which', 'among', 'mostly', 'most', 'many', 'some', 'all', 'both']);
const BOUNDARY = new Set([';', ':', '(', ')', '“', '”', '"', '—', '–', '?', '!']);
// Prepositions that attach a phrase to the noun before it ("36 soldiers from the army", "4 members of the forces").
const NOUN_PREPS = new Set([
  'of',
  'from',
  'in',
  'at',
  'on',
  'near',
  'with',
  'among',
  'including',
  'inside',
  'outside',
  'belonging',
  'aboard',
]);
// Where a clause starts, for what makes it unreal: "after an outbreak killed a couple" is read from "after".
const CLAUSE_OPENERS = new Set([',', 'after', 'before', 'since', 'until', 'when', 'while', 'as', 'because', 'following']);
const RESULT_VERBS = new Set(['left', 'leaving', 'leave', 'leaves']);
const TOLL_LINK = new Set(['to', 'at', 'of', 'reached', 'hit', 'is', 'was', 'stands', 'stood']);

function countOf(n: NumberMatch, orMore = false): Count {
  const c: Count = {};
  if (n.value !== undefined) c.value = n.value;
  if (n.magnitude) c.magnitude = n.magnitude;
  if (n.qualifier) c.qualifier = n.qualifier;
  else if (orMore) c.qualifier = 'at least';
  return c;
}

/** True for numbers that are not head counts: ages, scores, percentages, money, ordinals, years, fractions. */
function notACount(src: string, n: NumberMatch, tokens: Token[]): boolean {
  const nextChar = src.charAt(n.end);
  const prevChar = src.charAt(n.start - 1);
  if (nextChar === '-' || nextChar === '%' || nextChar === '/' || nextChar === ':') return true;
  if (prevChar === '-' || prevChar === '$' || prevChar === '£' || prevChar === '€' || prevChar === '/' || prevChar === '#') return true;
  const nx = tokens[n.last]?.low;
  if (nx === 'percent' || nx === 'per' || nx === '%' || nx === 'st' || nx === 'nd' || nx === 'rd' || nx === 'th') return true;
  if (n.form === 'digits' && n.value !== undefined && n.value >= 1500 && n.value <= 2100 && !/,/.test(src.slice(n.start, n.end)))
    return true;
  if (n.value === 1 && n.form === 'words' && (tokens[n.first - 1]?.low === 'no' || tokens[n.first - 1]?.low === 'the')) return true;
  if (nx === 'third' || nx === 'thirds' || nx === 'quarter' || nx === 'half') return true;
  const q = n.qualFirst;
  const before = tokens
    .slice(Math.max(0, q - 2), q)
    .map((t) => t.low)
    .join(' ');
  if (/\b(?:fraction|share|proportion|pool|percentage|majority|minority|portion|half|third|quarter) of$/.test(before)) return true;
  return false;
}

// Endings that make a noun a person when no list knows it: "-man", "-ist", "-ian" ("tribesman", "separatist", "guardian").
const PERSON_SUFFIX = /(?:man|woman|men|women|ist|ists|ian|ians)$/;

/** What a noun phrase's head says about it: people (and how many are certain), troops, or something else. */
function headClass(s: Sentence, np: NounPhrase): 'people' | 'person' | 'troops' | 'casualty' | 'thing' | 'none' {
  if (np.age) return 'person';
  // "service members"
  if (np.head > 0 && s.tokens[np.head]!.low === 'members' && s.tokens[np.head - 1]!.low === 'service') return 'troops';
  if (np.pronoun) {
    const w = s.tokens[np.head]!.low;
    return w === 'he' || w === 'she' || w === 'him' || w === 'her' || w === "he's" || w === "she's" ? 'person' : 'none';
  }
  if (np.age) return 'person';
  if (np.head < 0) return 'none';
  const low = s.tokens[np.head]!.low;
  const tag = s.tags[np.head]!;
  if (s.lex.troops.has(low)) return 'troops';
  if (s.lex.peoplePlural.has(low)) return 'people';
  if (s.lex.personSingular.has(low)) return 'person';
  if (tag.cas && (tag.cas.role === 'noun' || tag.cas.role === 'adjective')) return 'casualty';
  if (s.lex.notPeople.has(low)) return 'thing';
  // Demonyms and group members written as names: "Fulanis", "Islamists", "a Konkomba", "an Israeli".
  if (tag.tag === 'PROPN' && /[a-z]s$/.test(s.tokens[np.head]!.text)) return 'people';
  if (tag.tag === 'PROPN' && (np.det === 'a' || np.det === 'an' || np.det === 'another') && np.head === np.start + 1 && !s.titleCase)
    return 'person';
  if (np.name) return 'person';
  return PERSON_SUFFIX.test(low) && low.length > 4 && !tag.poss ? (/s$/.test(low) ? 'people' : 'person') : 'thing';
}

/** How many people a victim phrase counts: its number, or 1 for a certain single person; null when unknown or no people. */
function victimCount(
  s: Sentence,
  np: NounPhrase,
  text: string,
  dates: DateSpan[],
  singularVerb: boolean,
  kind?: CasualtyKind,
): { count: Count; from: NumberMatch | null } | null {
  const cls = headClass(s, np);
  if (np.det === 'no') return null;
  if (np.head >= 0 && s.lex.notVictims.has(s.tokens[np.head]!.low)) return null;
  if (np.num) {
    if (notACount(text, np.num, s.tokens) || inDate(np.num, dates)) return null;
    // A number of a group's name is its members: "Four Boko Haram dead", "killed 30 IS".
    if (cls === 'thing' && s.tags[np.head]?.tag !== 'PROPN') return null;
    if (cls === 'person' && np.num.value !== 1 && !np.age) return null;
    return { count: countOf(np.num, np.orMore), from: np.num };
  }
  // "Both men were killed"
  if (np.det === 'both' && cls === 'people') return { count: { value: 2 }, from: null };
  if (cls === 'person') {
    if (np.name && (!singularVerb || s.titleCase)) return null;
    // One person fleeing is no displacement the panel would show.
    if (kind === 'displaced') return null;
    if (np.det && !['a', 'an', 'the', 'another', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(np.det))
      return null;
    return { count: { value: 1 }, from: null };
  }
  return null;
}

interface DateSpan {
  start: number;
  end: number;
}
const inDate = (n: NumberMatch, dates: DateSpan[]) => dates.some((d) => n.start < d.end && d.start < n.end);

/** Index of the chunk holding token i. */
function chunkIndexAt(chunks: Chunk[], i: number): number {
  return chunks.findIndex((c) => c.start <= i && i < c.end);
}

const isO = (s: Sentence, c: Chunk | undefined, ...words: string[]) =>
  !!c && c.type === 'O' && (words.length === 0 || words.includes(s.tokens[c.start]!.low));
const isAdv = (s: Sentence, c: Chunk | undefined) => !!c && c.type === 'O' && s.tags[c.start]!.tag === 'ADV';

/** A noun phrase with the prepositional phrases that modify it: "36 soldiers from the army", "4 members of the forces". */
function phraseBackFrom(s: Sentence, k: number): number {
  // k is the chunk index of an NP; walk back over "NP ADP NP" chains and parentheses to the first NP.
  let first = k;
  let j = k - 1;
  for (;;) {
    let p = j;
    if (isO(s, s.chunks[p], ')')) {
      while (p >= 0 && !isO(s, s.chunks[p], '(')) p--;
      p--;
      if (s.chunks[p]?.type === 'NP') {
        first = p;
        j = p - 1;
        continue;
      }
      break;
    }
    const c = s.chunks[p];
    if (c && c.type === 'O' && NOUN_PREPS.has(s.tokens[c.start]!.low) && s.chunks[p - 1]?.type === 'NP') {
      first = p - 1;
      j = p - 2;
      continue;
    }
    break;
  }
  return first;
}

/** Whether the token at i names a person: a name, a person noun or "he"/"she". */
function headClassAt(s: Sentence, i: number): 'person' | 'other' {
  const t = s.tokens[i];
  if (!t) return 'other';
  const tag = s.tags[i]!;
  if (tag.tag === 'PROPN' && !s.titleCase) return 'person';
  return s.lex.personSingular.has(t.low) ? 'person' : 'other';
}

/** A bare number between commas after a person ("Smith, 45,"): an age. */
function isAge(s: Sentence, k: number): boolean {
  const c = s.chunks[k];
  const before = s.chunks[k - 2];
  return (
    !!c &&
    c.type === 'NP' &&
    !!c.np.num &&
    c.np.head < 0 &&
    isO(s, s.chunks[k - 1], ',') &&
    before?.type === 'NP' &&
    headClass(s, before.np) === 'person'
  );
}

/** In a chain "A total of eighteen Islamists", the phrase that counts: the first with a number of people, else the first. */
function countedInChain(s: Sentence, first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    const c = s.chunks[i]!;
    if (c.type === 'NP' && c.np.num && countsPeople(s, c.np)) return i;
  }
  return first;
}

/** The victims before chunk `at` (the subject of a verb group), with coordinated ones: "two officers, one civil servant and a resident". */
function subjectBefore(s: Sentence, at: number): Victims | null {
  let k = at - 1;
  while (k >= 0 && isAdv(s, s.chunks[k])) k--;
  // "nine women who had been killed": the relative pronoun stands for the noun before it.
  if (isO(s, s.chunks[k], 'who', 'that', 'which') && s.chunks[k - 1]?.type === 'NP') k--;
  const parts: NounPhrase[] = [];
  // "Dozens of people, including citizens and police, have been killed": skip what commas (or dashes) set off after the subject.
  const mark = isO(s, s.chunks[k], ',') ? ',' : isO(s, s.chunks[k], '—', '–') ? s.tokens[s.chunks[k]!.start]!.text : null;
  if (mark) {
    let p = k - 1;
    while (p >= 0 && !isO(s, s.chunks[p], mark) && !(s.chunks[p]!.type === 'O' && BOUNDARY.has(s.tokens[s.chunks[p]!.start]!.text))) p--;
    const opener = s.chunks[p + 1];
    const word = opener?.type === 'O' ? s.tokens[opener.start]!.low : '';
    // An aside with no verb of its own: an age ("Smith, 45,"), a name ("identified as Jane Doe"), "including children".
    const aside = s.chunks.slice(p + 1, k).every((x) => x.type !== 'VG' || (!x.vg.aux && s.tags[x.vg.main]!.form === 'past'));
    if (p < 0 || !isO(s, s.chunks[p], mark) || !(SET_OFF.has(word) || aside) || s.chunks[p - 1]?.type !== 'NP') return null;
    const segment = s.chunks.slice(p + 1, k);
    // "six Sudanese, a Somali national and a Turk, were rounded up": the commas close a list, not an aside.
    const list =
      mark === ',' &&
      segment.length > 0 &&
      segment.some((x) => isO(s, x, 'and', 'or')) &&
      segment.every((x) => (x.type === 'NP' && countsPeople(s, x.np)) || isO(s, x, ',', 'and', 'or')) &&
      countsPeople(s, (s.chunks[p - 1] as { np: NounPhrase }).np);
    if (list) {
      const nps = [(s.chunks[p - 1] as { np: NounPhrase }).np, ...segment.flatMap((x) => (x.type === 'NP' ? [x.np] : []))];
      return { nps, alternatives: segment.some((x) => isO(s, x, 'or')) };
    }
    // "At least 74, including eight Americans, were killed": a breakdown with its own number.
    if (word === 'including') for (const x of segment) if (x.type === 'NP') parts.push(x.np);
    k = p - 1;
    // "Slepian, 52, and the father of four boys, was shot": an age after a name is an aside too.
    if (isAge(s, k)) k -= 2;
  }
  if (s.chunks[k]?.type !== 'NP') return null;
  const nps: NounPhrase[] = [];
  let alternatives = false;
  let first = countedInChain(s, phraseBackFrom(s, k), k);
  // "Five policemen escorting a bus have been killed": a participle phrase after the subject modifies it.
  const part = s.chunks[first - 1];
  if (part?.type === 'VG' && !part.vg.aux && s.tags[part.vg.main]!.form === 'ing' && s.chunks[first - 2]?.type === 'NP')
    first = phraseBackFrom(s, first - 2);
  nps.unshift((s.chunks[first] as { np: NounPhrase }).np);
  for (;;) {
    const c = s.chunks[first - 1];
    let p = first - 1;
    // A list ends in "and"/"or" before its last item: "two officers, one civil servant and a resident".
    if (nps.length === 1 ? isO(s, c, 'and', 'or') : isO(s, c, 'and', 'or', ',')) {
      if (isO(s, c, 'or')) alternatives = true;
      // ", and"
      if (isO(s, c, 'and', 'or') && isO(s, s.chunks[p - 1], ',')) p--;
      const prev = s.chunks[p - 1];
      if (prev?.type !== 'NP') break;
      const head = phraseBackFrom(s, p - 1);
      const np = (s.chunks[head] as { np: NounPhrase }).np;
      // A conjunct must count people itself: "the fighting and 4 members" joins two clauses, not two victims.
      if (!countsPeople(s, np)) break;
      nps.unshift(np);
      first = head;
      continue;
    }
    break;
  }
  // "Between 11 and 14 were thought dead": a range, not two groups to add.
  if (nps.length > 1 && s.tokens[nps[0]!.start - 1]?.low === 'between') alternatives = true;
  return { nps, alternatives, parts };
}

/** A phrase that can be an item in a list of victims: a number of non-things, or one person. */
function countsPeople(s: Sentence, np: NounPhrase): boolean {
  const cls = headClass(s, np);
  return np.num ? cls !== 'thing' || s.tags[np.head]?.tag === 'PROPN' : cls === 'person';
}

/** "He was taken out ... and promptly taken into custody": a verb group after "and" shares the subject of the one before. */
function sharedSubject(s: Sentence, at: number): Victims | null {
  let k = at - 1;
  while (isAdv(s, s.chunks[k])) k--;
  if (!isO(s, s.chunks[k], 'and')) return null;
  for (let j = k - 1; j >= 0; j--) {
    const c = s.chunks[j]!;
    if (c.type === 'VG') return subjectBefore(s, j);
    if (c.type === 'O' && BOUNDARY.has(s.tokens[c.start]!.text)) return null;
  }
  return null;
}

/**
 * One victim phrase from chunk k on: the noun phrase, the phrases "of" attaches to it, and a name
 * set off by a comma ("member, Funke Adedoyin"). Returns the phrase that counts and the last chunk.
 * "former House of Representatives Speaker": when the first noun is no person, a person noun after "of" is the head.
 */
function victimPhrase(s: Sentence, k: number): { np: NounPhrase; last: number } {
  let np = (s.chunks[k] as { np: NounPhrase }).np;
  let last = k;
  for (;;) {
    const prep = s.chunks[last + 1];
    const next = s.chunks[last + 2];
    if (!(prep && prep.type === 'O' && NOUN_PREPS.has(s.tokens[prep.start]!.low) && next?.type === 'NP')) break;
    // "47 people in Kenya and 10 in Tanzania": a count after the preposition starts no new victim.
    if (next.np.num && countsPeople(s, next.np) && !np.num && headClass(s, np) !== 'thing') break;
    const cls = headClass(s, np);
    if (!np.num && !np.pronoun && cls !== 'people' && cls !== 'person' && cls !== 'troops' && headClass(s, next.np) === 'person')
      np = next.np;
    last += 2;
  }
  // A name right after a title, or set off by a comma: "Speaker of the House Rt. Hon. B. U. Nzeribe", "member, Funke Adedoyin".
  const c1 = s.chunks[last + 1];
  if (c1?.type === 'NP' && c1.np.name && !np.num && headClass(s, np) === 'person') last += 1;
  else {
    const c2 = s.chunks[last + 2];
    if (isO(s, c1, ',') && c2?.type === 'NP' && c2.np.name && !np.num && headClass(s, np) === 'person' && !np.name) {
      const after = s.chunks[last + 3];
      if (!after || after.type === 'O') last += 2;
    }
  }
  return { np, last };
}

/** The victims after chunk `at` (the object of an active verb), with coordinated ones. */
function objectAfter(s: Sentence, at: number): Victims | null {
  let k = at + 1;
  while (isAdv(s, s.chunks[k])) k++;
  // "killed between 20 and 30 people": a range as the object.
  if (isO(s, s.chunks[k], 'between') && s.chunks[k + 1]?.type === 'NP' && (s.chunks[k + 1] as { np: NounPhrase }).np.num) k++;
  const c = s.chunks[k];
  if (c?.type !== 'NP') return null;
  // "of gunshot wounds he sustained": a subject pronoun is no object.
  if (c.np.pronoun && ['he', 'she', 'they', 'we', 'i', 'you'].includes(s.tokens[c.start]!.low)) return null;
  // "The gunman killed himself": the subject is the victim.
  if (c.np.pronoun && ['himself', 'herself'].includes(s.tokens[c.start]!.low))
    return { nps: [{ ...c.np, age: true }], alternatives: false };
  const firstPhrase = victimPhrase(s, k);
  const nps: NounPhrase[] = [firstPhrase.np];
  let alternatives = false;
  let last = firstPhrase.last;
  for (;;) {
    let p = last + 1;
    // "killing 5 in Kaya and 3 in Dori": a place after each count.
    if (isO(s, s.chunks[p]) && s.tags[s.chunks[p]!.start]!.tag === 'ADP' && s.chunks[p + 1]?.type === 'NP') p += 2;
    if (isO(s, s.chunks[p], ',') && isO(s, s.chunks[p + 1], 'and', 'or')) p++;
    if (!isO(s, s.chunks[p], 'and', 'or', ',')) break;
    if (isO(s, s.chunks[p], 'or')) alternatives = true;
    const next = s.chunks[p + 1];
    if (next?.type !== 'NP') break;
    // "killed two and 15 others were injured": that phrase is the subject of its own verb.
    const after = s.chunks[p + 2];
    if (after?.type === 'VG' && !after.vg.infinitive) break;
    const v = victimPhrase(s, p + 1);
    if (!countsPeople(s, v.np)) break;
    nps.push(v.np);
    last = v.last;
  }
  // "killed 224 people, including 12 Americans": a breakdown with its own number.
  const parts: NounPhrase[] = [];
  let p = last + 1;
  if (isO(s, s.chunks[p], ',')) p++;
  if (isO(s, s.chunks[p], 'including') && s.chunks[p + 1]?.type === 'NP') {
    const v = victimPhrase(s, p + 1);
    if (v.np.num && countsPeople(s, v.np)) parts.push(v.np);
  }
  if (nps.length > 1 && s.tokens[nps[0]!.start - 1]?.low === 'between') alternatives = true;
  return { nps, alternatives, parts };
}

/** True when the clause around a casualty word makes it unreal: a modal or negation in its verb group, "if", "threatened to". */
function unreal(s: Sentence, from: number, to: number, vg?: VerbGroup): boolean {
  if (vg && (vg.modal || vg.neg || vg.infinitive)) return true;
  let a = from;
  while (a > 0 && !BOUNDARY.has(s.tokens[a - 1]!.text) && !CLAUSE_OPENERS.has(s.tokens[a - 1]!.low) && s.tags[a - 1]!.tag !== 'SC') a--;
  if (a > 0 && ['if', 'unless', 'whether'].includes(s.tokens[a - 1]!.low)) return true;
  for (let i = a; i < to; i++) {
    const low = s.tokens[i]!.low;
    if (s.tags[i]!.tag === 'PROPN') continue;
    if (s.lex.hypothetical.has(low) || s.lex.intent.has(low)) return true;
  }
  return false;
}

/** Troops: possible or negated numbers ("could reach 175,000", "not 5,000"), looking at the few words before the number. */
function unrealTroops(s: Sentence, first: number): boolean {
  let a = first;
  while (a > 0 && a > first - 4 && !BOUNDARY.has(s.tokens[a - 1]!.text) && s.tokens[a - 1]!.text !== ',') a--;
  for (let i = a; i < first; i++) {
    const low = s.tokens[i]!.low;
    if (s.lex.hypothetical.has(low) || s.lex.negation.has(low) || low.endsWith("n't")) return true;
  }
  return false;
}

interface Found {
  kind: CasualtyKind;
  count: Count;
  start: number; // token index
  end: number; // token index, inclusive
}

function spanOf(s: Sentence, np: NounPhrase, from: NumberMatch | null): [number, number] {
  const q = from ? from.qualFirst : -1;
  const start = q >= 0 ? Math.min(q, np.start) : np.start;
  return [start, Math.max(np.head, np.end - 1, start)];
}

/** Count each victim phrase, and their sum when there are several joined by "and". */
function addVictims(
  s: Sentence,
  v: Victims,
  kind: CasualtyKind,
  pred: [number, number],
  text: string,
  dates: DateSpan[],
  singularVerb: boolean,
  out: Found[],
) {
  const counted = v.nps.map((np) => ({ np, c: victimCount(s, np, text, dates, singularVerb && v.nps.length === 1, kind) }));
  const all = counted.every((x) => x.c);
  for (const { np, c } of counted) {
    if (!c) continue;
    // In a sum, a part is a fact of its own only when the text gives its number ("four soldiers and a civilian": 4 and 5, not 1).
    if (counted.length > 1 && !c.from) continue;
    const [a, b] = spanOf(s, np, c.from);
    out.push({ kind, count: c.count, start: Math.min(a, pred[0]), end: Math.max(b, pred[1]) });
  }
  for (const np of v.parts ?? []) {
    const c = victimCount(s, np, text, dates, false);
    if (c?.from) {
      const [a, b] = spanOf(s, np, c.from);
      out.push({ kind, count: c.count, start: a, end: b });
    }
  }
  if (counted.length > 1 && all && !v.alternatives) {
    const values = counted.map((x) => x.c!.count.value);
    if (values.every((x) => x !== undefined)) {
      const [a] = spanOf(s, v.nps[0]!, counted[0]!.c!.from);
      out.push({
        kind,
        count: { value: values.reduce((p, x) => p + x!, 0) },
        start: Math.min(a, pred[0]),
        end: Math.max(pred[1], v.nps[v.nps.length - 1]!.end - 1),
      });
    }
  }
}

const SINGULAR_AUX = new Set(['was', 'is', 'has', "'s"]);

/** The casualty word a verb group carries, phrases first ("shot dead", "taken into custody"). */
/** Where a lexicon phrase starting at token i ends (inclusive), or -1; "?" matches an optional article. */
function phraseEnd(s: Sentence, i: number, words: readonly string[]): number {
  let k = i;
  for (const w of words) {
    if (w === '?') {
      if (['a', 'an', 'the'].includes(s.tokens[k]?.low ?? '')) k++;
      continue;
    }
    if (s.tokens[k]?.low !== w) return -1;
    k++;
  }
  return k - 1;
}

function groupCasualty(s: Sentence, vg: VerbGroup): { word: CasualtyWord; end: number } | null {
  const i = vg.main;
  for (const p of s.lex.phrases) {
    const e = phraseEnd(s, i, p.words);
    if (e >= 0) return { word: { kind: p.kind, role: p.role }, end: e };
  }
  const cas = s.tags[i]!.cas;
  if (cas && (cas.role === 'verb' || cas.role === 'intransitive')) return { word: cas, end: i };
  if (cas && cas.role === 'adjective' && vg.passive) return { word: cas, end: i };
  // "two officers were charged", "he is being held at the prison" (not "held hostage")
  if (cas && cas.role === 'passive' && vg.passive && !s.lex.notVictims.has(s.tokens[i + 1]?.low ?? '')) {
    if (s.tokens[i]!.low === 'charged') return { word: cas, end: i };
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 6); k++) if (s.lex.detention.has(s.tokens[k]!.low)) return { word: cas, end: k };
  }
  if (vg.copula || vg.passive) {
    // "were dead", "remain missing", "is in custody", "was remanded in custody"
    let k = vg.copula ? vg.end : vg.main + 1;
    // "were among those killed", "was among the dead"
    if (vg.copula && s.tokens[k]?.low === 'among' && ['those', 'the'].includes(s.tokens[k + 1]?.low ?? '')) {
      const c = s.tags[k + 2]?.cas;
      if (c && c.role !== 'noun') return { word: { kind: c.kind, role: 'adjective' }, end: k + 2 };
    }
    while (s.tags[k]?.tag === 'ADV') k++;
    for (const p of s.lex.phrases) {
      const e = p.role === 'adjective' ? phraseEnd(s, k, p.words) : -1;
      if (e >= 0) return { word: { kind: p.kind, role: 'adjective' }, end: e };
    }
    const c = vg.copula ? s.tags[k]?.cas : undefined;
    if (c && c.role === 'adjective' && !['DET', 'NUM'].includes(s.tags[k + 1]?.tag ?? '')) return { word: c, end: k };
  }
  return null;
}

function sentenceCasualties(s: Sentence, text: string, dates: DateSpan[]): Found[] {
  const out: Found[] = [];
  const { chunks, tokens, tags } = s;
  const used = new Set<NounPhrase>();
  chunks.forEach((c, k) => {
    if (c.type === 'VG') {
      const vg = c.vg;
      const g = groupCasualty(s, vg);
      if (g) {
        const { word } = g;
        const pred: [number, number] = [vg.start, g.end];
        if (unreal(s, vg.start, vg.main, vg)) return;
        // A bare base form after "and", "to" or opening the sentence is an infinitive or imperative: "to assault and murder".
        if (!vg.aux && tags[vg.main]!.form === 'base' && (k === 0 || isO(s, chunks[k - 1], 'and', 'or', 'to'))) return;
        // "nearly died", "almost killed": it did not happen.
        if (tokens.slice(vg.start, vg.main).some((t) => HEDGES.has(t.low))) return;
        const singular = vg.aux && SINGULAR_AUX.has(tokens[vg.start]!.low);
        // The verb's object when it has one ("killed 24 soldiers"), else its subject ("24 were killed", "16 killed", "he died").
        const obj = word.role === 'verb' && !vg.passive && !vg.copula ? objectAfterGroup(s, k, g.end) : null;
        if (obj) {
          obj.nps.forEach((np) => used.add(np));
          addVictims(s, obj, word.kind, pred, text, dates, false, out);
          return;
        }
        if (word.role === 'verb' && !vg.passive && vg.aux) return; // "has killed" with no victim named
        // "a hunter who killed and ate a rabbit": after a relative pronoun a bare past is active, its subject the doer.
        if (word.role === 'verb' && !vg.passive && !vg.aux && isO(s, chunks[k - 1], 'who', 'that', 'which')) return;
        const subj = subjectBefore(s, k) ?? sharedSubject(s, k);
        // Being charged is an arrest for people the text counts or points to ("two officers", "the suspect", "he"),
        // not for a name alone: a trial's many names would each become an arrest.
        if (subj && word.role === 'passive' && tokens[vg.main]!.low === 'charged' && subj.nps.some((np) => np.name)) return;
        if (subj) {
          subj.nps.forEach((np) => used.add(np));
          addVictims(s, subj, word.kind, pred, text, dates, singular || (!vg.aux && tags[vg.main]!.form === 'past'), out);
        }
        return;
      }
      const low = tokens[vg.main]!.low;
      // "The officer suffered a gunshot wound": the subject is injured.
      if (s.lex.suffered.verbs.has(low) && !unreal(s, vg.start, vg.main, vg)) {
        const o = chunks[k + 1];
        if (o?.type === 'NP' && o.np.head >= 0 && s.lex.suffered.nouns.has(tokens[o.np.head]!.low)) {
          const subj = subjectBefore(s, k) ?? sharedSubject(s, k);
          if (subj)
            addVictims(s, subj, 'injured', [vg.start, o.np.head], text, dates, !vg.aux || SINGULAR_AUX.has(tokens[vg.start]!.low), out);
        }
        return;
      }
      // "Police took the man into custody", "rushed two children to hospital": the object, by the tail after it.
      if (s.lex.taking.verbs.has(low) && !vg.passive && !unreal(s, vg.start, vg.main, vg)) {
        const obj = objectAfter(s, k);
        const lastNp = obj?.nps[obj.nps.length - 1];
        if (obj && lastNp) {
          const after = lastNp.end;
          const tail = s.lex.taking.tails.find((t) => phraseEnd(s, after, t.words) >= 0);
          if (tail) {
            obj.nps.forEach((np) => used.add(np));
            addVictims(s, obj, tail.kind, [vg.start, phraseEnd(s, after, tail.words)], text, dates, false, out);
          }
        }
        return;
      }
      // "agents held 155 adult males": holding a counted group of people is detaining them.
      if (
        s.lex.casualty.get(tokens[vg.main]!.low)?.role === 'passive' &&
        tokens[vg.main]!.low === 'held' &&
        !vg.passive &&
        !unreal(s, vg.start, vg.main, vg)
      ) {
        const obj = objectAfter(s, k);
        if (obj && obj.nps.every((np) => np.num && countsPeople(s, np))) {
          obj.nps.forEach((np) => used.add(np));
          addVictims(s, obj, 'arrested', [vg.start, vg.main], text, dates, false, out);
        }
        return;
      }
      // "leaving seven people dead", "left 38 people injured"
      if (RESULT_VERBS.has(tokens[vg.main]!.low) && !unreal(s, vg.start, vg.main, vg)) {
        const obj = objectAfter(s, k);
        const after = obj
          ? chunks[chunks.indexOf(chunks.find((x) => x.type === 'NP' && x.np === obj.nps[obj.nps.length - 1])!) + 1]
          : undefined;
        const adj = after
          ? after.type === 'NP' && after.np.head >= 0 && !after.np.num
            ? tags[after.np.head]!.cas
            : tags[after.start]!.cas
          : undefined;
        if (obj && adj && adj.role === 'adjective' && after) {
          obj.nps.forEach((np) => used.add(np));
          addVictims(s, obj, adj.kind, [vg.start, after.end - 1], text, dates, false, out);
        }
      }
      return;
    }
    if (c.type !== 'NP' || used.has(c.np)) return;
    const np = c.np;
    // "five soldiers wounded", "Four reported Boko Haram dead", "12 missing": a casualty word right after the phrase.
    const next = chunks[k + 1];
    const nextCas =
      next && next.type === 'NP' && !next.np.num && !next.np.det && next.np.head === next.start ? tags[next.start]!.cas : undefined;
    if (nextCas && nextCas.role === 'adjective' && np.num && !unreal(s, np.start, next!.start)) {
      addVictims(s, { nps: [np], alternatives: false }, nextCas.kind, [next!.start, next!.start], text, dates, false, out);
      used.add(np);
      return;
    }
    if (np.head < 0) return;
    const head = tags[np.head]!;
    // "584 deaths", "38 dead", "130 injured victims"
    if (np.num && head.cas && (head.cas.role === 'noun' || head.cas.role === 'adjective') && !unreal(s, np.start, np.end)) {
      if (!notACount(text, np.num, tokens) && !inDate(np.num, dates) && tokens[np.end]?.low !== 'of')
        out.push({ kind: head.cas.kind, count: countOf(np.num), ...span(s, np) });
      return;
    }
    // "the missing girl", "a wounded soldier was flown out": one person the adjective counts.
    const adj = !np.num && np.det && headClass(s, np) === 'person' ? innerCasualty(s, np) : null;
    if (adj && adj !== 'displaced' && !unreal(s, np.start, np.end)) {
      out.push({ kind: adj, count: { value: 1 }, ...span(s, np) });
      return;
    }
    const modifier = np.num ? innerCasualty(s, np) : null;
    if (np.num && modifier && !unreal(s, np.start, np.end)) {
      const v = victimCount(s, np, text, dates, false);
      if (v) out.push({ kind: modifier, count: v.count, ...span(s, np) });
      return;
    }
    // "Epstein's death", "his death", "her body was found": one death the possessor names.
    if (!np.num && head.cas?.kind === 'killed' && ['death', 'body'].includes(tokens[np.head]!.low) && tokens[np.end]?.low !== 'of') {
      const owner =
        ['his', 'her'].includes(np.det ?? '') ||
        (np.head > 0 && tags[np.head - 1]!.tag === 'POS' && headClassAt(s, np.head - 2) === 'person');
      const next = chunks[k + 1];
      const found = tokens[np.head]!.low === 'death' || (next?.type === 'VG' && s.lex.bodyVerbs.has(tokens[next.vg.main]!.low));
      if (owner && found && !unreal(s, np.start, np.end)) out.push({ kind: 'killed', count: { value: 1 }, ...span(s, np) });
      return;
    }
    // "the deaths of three children", "bodies of 12 people", "the arrest of Smith"
    if (head.cas && head.cas.role === 'noun' && tokens[np.end]?.low === 'of' && chunks[k + 2]?.type === 'NP') {
      if (unreal(s, np.start, np.end)) return;
      const v = objectAfter(s, k + 1);
      if (v) {
        v.nps.forEach((x) => used.add(x));
        addVictims(s, v, head.cas.kind, [np.start, np.head], text, dates, true, out);
      }
      return;
    }
    // "Among the dead were three children", "The dead included two officers": a breakdown of the casualty group.
    const group = !np.num && np.det === 'the' && head.cas && head.cas.role !== 'noun' && np.head === np.start + 1 ? head.cas.kind : null;
    if (group) {
      const before = chunks[k - 1];
      const next1 = chunks[k + 1];
      const inverted = isO(s, before, 'among') && next1?.type === 'VG' && next1.vg.copula;
      const included = next1?.type === 'VG' && ['included', 'include', 'includes'].includes(tokens[next1.vg.main]!.low);
      if ((inverted || included) && !unreal(s, np.start, np.end)) {
        const v = objectAfter(s, k + 1);
        if (v) {
          v.nps.forEach((x) => used.add(x));
          addVictims(s, v, group, [np.start, np.head], text, dates, false, out);
        }
        return;
      }
    }
    // "11 were thought dead, though the number was raised to sixteen": "the number" of what the clause just counted.
    if (['number', 'figure'].includes(tokens[np.head]!.low) && np.det === 'the' && !isO(s, chunks[k + 1], 'of')) {
      let kind: CasualtyKind | null = null;
      for (let i = np.start - 1; i >= 0 && !kind; i--) if (tags[i]!.cas && tags[i]!.cas!.role !== 'passive') kind = tags[i]!.cas!.kind;
      const n = kind ? tollNumber(s, k) : null;
      if (kind && n?.num && !notACount(text, n.num, tokens) && !unreal(s, np.start, np.end))
        out.push({ kind, count: countOf(n.num), start: np.start, end: n.end - 1 });
      return;
    }
    // "the number of dead rose to 40": a toll of its kind
    if (tokens[np.head]!.low === 'number' && !np.num && isO(s, chunks[k + 1], 'of') && chunks[k + 2]?.type === 'NP') {
      const of = (chunks[k + 2] as { np: NounPhrase }).np;
      const w = of.head >= 0 ? tokens[of.head]!.low : '';
      const kind = s.lex.tollOf.has(w) ? (tags[of.head]!.cas?.kind ?? 'killed') : null;
      const n = kind ? tollNumber(s, k + 2) : null;
      if (kind && n?.num && !notACount(text, n.num, tokens) && !unreal(s, np.start, np.end))
        out.push({ kind, count: countOf(n.num), start: np.start, end: n.end - 1 });
      return;
    }
    // "claimed at least 217 lives", "40 lives were lost"
    if (np.num && s.lex.lives.noun.has(tokens[np.head]!.low)) {
      const prev = chunks[k - 1];
      const next2 = chunks[k + 1];
      const verb = prev?.type === 'VG' ? prev.vg : next2?.type === 'VG' ? next2.vg : null;
      if (verb && s.lex.lives.verbs.has(tokens[verb.main]!.low) && !verb.modal && !verb.neg && !unreal(s, np.start, np.start))
        out.push({ kind: 'killed', count: countOf(np.num), ...span(s, np) });
      return;
    }
    // "the death toll rose to 938", "a death toll of 12"
    if (s.lex.toll.has(tokens[np.head]!.low)) {
      const n = tollNumber(s, k);
      if (n && !notACount(text, n.num!, tokens)) out.push({ kind: 'killed', count: countOf(n.num!), start: np.start, end: n.end - 1 });
      return;
    }
    // "a sixth fatality": a running total is that total
    const ord = np.det && np.head > np.start ? s.lex.ordinals.get(tokens[np.head - 1]!.low) : undefined;
    if (ord && head.cas?.kind === 'killed' && head.cas.role === 'noun' && !tokens[np.head]!.low.endsWith('s')) {
      out.push({ kind: 'killed', count: { value: ord }, ...span(s, np) });
    }
  });
  return out;
}

/** The object of an active casualty verb, after a phrase like "shot dead" when there is one. */
function objectAfterGroup(s: Sentence, k: number, end: number): Victims | null {
  if (end < s.chunks[k]!.end) return objectAfter(s, k);
  const at = chunkIndexAt(s.chunks, end);
  return objectAfter(s, at < 0 ? k : at);
}

function innerCasualty(s: Sentence, np: NounPhrase): CasualtyKind | null {
  for (let i = np.num ? np.num.last : np.start + (np.det ? 1 : 0); i < np.head; i++) {
    const c = s.tags[i]!.cas;
    if (c && (c.role === 'adjective' || c.role === 'verb')) return c.kind;
  }
  return null;
}

function span(s: Sentence, np: NounPhrase): { start: number; end: number } {
  const [a, b] = spanOf(s, np, np.num ?? null);
  return { start: a, end: b };
}

function tollNumber(s: Sentence, k: number): NounPhrase | null {
  // "The toll from the storm stands at 17": past the phrases that say whose toll it is.
  while (
    isO(s, s.chunks[k + 1]) &&
    NOUN_PREPS.has(s.tokens[s.chunks[k + 1]!.start]!.low) &&
    s.chunks[k + 2]?.type === 'NP' &&
    !(s.chunks[k + 2] as { np: NounPhrase }).np.num
  )
    k += 2;
  let i = s.chunks[k]!.end;
  for (let steps = 0; steps < 5 && i < s.tokens.length; steps++) {
    const c = s.chunks[chunkIndexAt(s.chunks, i)]!;
    if (c.type === 'NP') return c.np.num && c.np.head < 0 ? c.np : null;
    if (c.type === 'VG' || TOLL_LINK.has(s.tokens[i]!.low) || s.tags[i]!.tag === 'ADV') {
      i = c.end;
      continue;
    }
    return null;
  }
  return null;
}

/** Troop facts of one sentence: numbers that count personnel and are no victims. */
function sentenceTroops(s: Sentence, text: string, dates: DateSpan[], victims: Set<NumberMatch>, out: Fact[], span0: SentenceSpan) {
  const { chunks, tokens } = s;
  let lastTroops = -10;
  chunks.forEach((c, k) => {
    if (c.type !== 'NP' || !c.np.num) return;
    const np = c.np;
    const n = np.num!;
    if (victims.has(n) || notACount(text, n, tokens) || inDate(n, dates)) return;
    let troop = headClass(s, np) === 'troops';
    // "2,700 troops in Texas, 1,200 in Arizona and 1,100 in California": the noun said once for the list.
    if (!troop && np.head < 0 && k - lastTroops <= 4 && chunks.slice(lastTroops + 1, k).some((x) => isO(s, x, ',', 'and', 'to')))
      troop = true;
    // "from 2,000 to 3,000 troops": the first end of a range.
    if (!troop && np.head < 0 && isO(s, chunks[k + 1], 'to', 'and') && chunks[k + 2]?.type === 'NP') {
      const nx = (chunks[k + 2] as { np: NounPhrase }).np;
      if (nx.num && headClass(s, nx) === 'troops') troop = true;
    }
    if (!troop && np.head < 0 && troopEllipsis(s, np)) troop = true;
    if (!troop) return;
    if (headClass(s, np) === 'troops') lastTroops = k;
    else lastTroops = k;
    if (n.value !== undefined && n.value < 2) return;
    // "the two forces met": a few forces are armies, not a troop count.
    if (n.value !== undefined && n.value < 10 && np.head >= 0 && tokens[np.head]!.low === 'forces') return;
    const q = n.qualFirst;
    if (unrealTroops(s, q >= 0 ? q : n.first)) return;
    const [a, b] = spanOf(s, np, n);
    const fact = makeFact(text, tokens, a, b, { type: 'troops', count: countOf(n) });
    const actor = troopActor(span0, fact);
    if (actor) fact.actor = actor;
    out.push(fact);
  });
}

// "the current 28,500", "another 23,000", "down from a high of 170,000": a bare number in a sentence about troops.
function troopEllipsis(s: Sentence, np: NounPhrase): boolean {
  const n = np.num!;
  if (n.form !== 'digits' || n.value === undefined || n.value < 100) return false;
  const { tokens } = s;
  const prev = tokens[n.first - 1]?.low ?? '';
  const prev2 = tokens[n.first - 2]?.low ?? '';
  if (!['current', 'another', 'of', 'to', 'the'].includes(prev) && !(prev2 === 'high' || prev2 === 'low')) return false;
  const after = tokens[np.end];
  if (
    after &&
    !BOUNDARY.has(after.text) &&
    ![',', '.', 'by', 'to', 'from', 'this', 'next', 'last', 'in', 'on', 'and', 'after'].includes(after.low)
  )
    return false;
  return tokens.some((t) => s.lex.troops.has(t.low));
}

function makeFact(text: string, tokens: Token[], a: number, b: number, base: Omit<Fact, 'quote' | 'start' | 'end'>): Fact {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { ...base, quote: text.slice(start, end), start, end };
}

/** Who sends or holds the troops: a country named in the quote, else the nearest one before it in the sentence. */
function troopActor(s: SentenceSpan, f: Fact): string | undefined {
  const mentions = actorMentions(s.text).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
  const inside = mentions.find((m) => m.start >= f.start && m.end <= f.end);
  if (inside) return inside.name;
  const before = mentions.filter((m) => m.end <= f.start);
  if (before.length) return before[before.length - 1]!.name;
  return mentions[0]?.name;
}

/** A quick look before the grammar runs: does the sentence hold a casualty or troop word at all? */
// One pattern of every cue word, tried on the sentence's text before it is tokenised: most sentences have none.
const CUES = new WeakMap<CountLexicon, RegExp>();
function cuesOf(lex: CountLexicon): RegExp {
  let re = CUES.get(lex);
  if (!re) {
    const c = new Set([...lex.casualty.keys(), ...lex.troops, ...lex.toll, ...lex.detention, ...lex.lives.noun, ...lex.suffered.nouns]);
    // A phrase is looked for by its longest word ("custody", "rounded", "gunned"): short ones are common words.
    for (const p of lex.phrases) c.add(p.words.reduce((a, b) => (b.length > a.length ? b : a)));
    const words = [...c].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    CUES.set(lex, re);
  }
  return re;
}

/**
 * Casualty and troop facts over all sentences: one per (kind, count) and one per
 * troop count, first mention kept. `dates` are the spans of the text's date facts:
 * their numbers are never counts. No facts for a language without a lexicon.
 */
export function extractCounts(text: string, sentences: SentenceSpan[], lang = 'en', dates: DateSpan[] = []): Fact[] {
  const lex = countLexicon(lang);
  if (!lex) return [];
  const all: Fact[] = [];
  const cues = cuesOf(lex);
  for (const sp of sentences) {
    if (!cues.test(sp.text)) continue;
    const { tokens, tags, chunks } = parseSentence(sp, lex);
    const words = tokens.filter((t) => /^[A-Za-z]{4,}/.test(t.text));
    const titleCase = words.length >= 3 && words.every((t) => /^[A-Z]/.test(t.text));
    const s: Sentence = { tokens, tags, chunks, lex, titleCase };
    const sentDates = dates.filter((d) => d.start < sp.end && sp.start < d.end);
    const found = sentenceCasualties(s, text, sentDates);
    const victims = new Set<NumberMatch>();
    for (const c of chunks)
      if (c.type === 'NP' && c.np.num && found.some((f) => f.start <= c.np.start && c.np.end - 1 <= f.end)) victims.add(c.np.num);
    for (const f of found) all.push(makeFact(text, tokens, f.start, f.end, { type: 'casualties', kind: f.kind, count: f.count }));
    sentenceTroops(s, text, sentDates, victims, all, sp);
  }
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of all.sort((a, b) => a.start - b.start)) {
    const key = `${f.type}|${factKey(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
