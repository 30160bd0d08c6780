/**
 * Casualty and troop facts, read from the structure around each number: the
 * noun it counts ("2,500 personnel", "dozens of people"), the casualty word
 * that governs it (before: "killed 24 soldiers", "the deaths of three"; after:
 * "106 protesters ... have been killed", "thousands arrested"), and whatever
 * makes it unreal (could/would/may, negation).
 */
import type { CasualtyKind, Count, Fact } from './types';
import { tokensOf, type Token } from './tokens';
import { factKey } from './keys';
import { findNumbers, type NumberMatch } from './numbers';
import { TROOP_NOUNS, PEOPLE_NOUNS, PERSON_SINGULAR, NOT_PEOPLE, HYPOTHETICAL, NEGATION, casualtyKind, actorMentions } from './lexicon';
import type { SentenceSpan } from '../text/sentences';

const FILLERS = new Set([
  'more',
  'other',
  'additional',
  'extra',
  'further',
  'fellow',
  'of',
  'the',
  'them',
  'its',
  'their',
  'those',
  'these',
]);
const CLAUSE_END = new Set([';', ':', '.', '?', '!', '—', '–', '(', ')', '“', '”', '"']);
const AUX = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  "'s",
  'reportedly',
  'also',
  'later',
  'all',
  'initially',
  'then',
  'were',
  'feared',
  'now',
  'still',
]);

interface NounPhrase {
  /** Token index of the counted noun, or -1 when the number stands alone ("as many as 200 have been killed"). */
  head: number;
  kind: 'troops' | 'people' | 'casualty' | 'thing' | 'none';
  /** Index after the noun phrase. */
  next: number;
  /** A casualty word inside the noun phrase ("130 injured victims", "38 dead"). */
  inner: CasualtyKind | null;
}

function isCapitalPlural(t: Token): boolean {
  // "Syrians", "Palestinians", "Israelis": capitalised plurals of demonyms.
  return /^[A-Z][a-z]+(?:ans|is|ers)$/.test(t.text);
}

/** What the number counts: skip fillers, names ("U.S.", "French") and up to three adjectives to the noun. */
function nounPhrase(tokens: Token[], n: NumberMatch): NounPhrase {
  let inner: CasualtyKind | null = null;
  let adjectives = 0;
  let j = n.last;
  for (let steps = 0; j < tokens.length && steps < 9; j++, steps++) {
    const t = tokens[j]!;
    const low = t.low;
    if (TROOP_NOUNS.has(low)) return { head: j, kind: 'troops', next: j + 1, inner };
    if (low === 'service' && (tokens[j + 1]?.low === 'members' || tokens[j + 1]?.low === 'personnel'))
      return { head: j + 1, kind: 'troops', next: j + 2, inner };
    if (low === 'police' && (tokens[j + 1]?.low === 'officers' || tokens[j + 1]?.low === 'personnel'))
      return { head: j + 1, kind: 'people', next: j + 2, inner };
    const k = casualtyKind(low);
    if (
      k &&
      (low === 'dead' ||
        low === 'deaths' ||
        low === 'fatalities' ||
        low === 'bodies' ||
        low === 'refugees' ||
        low === 'injured' ||
        low === 'wounded' ||
        low === 'missing' ||
        low === 'displaced')
    ) {
      // "38 dead", "584 deaths", "130 injured victims": the casualty word itself, or an adjective before the people noun.
      const after = tokens[j + 1];
      if (after && (PEOPLE_NOUNS.has(after.low) || TROOP_NOUNS.has(after.low))) {
        inner = k;
        continue;
      }
      if (low === 'refugees') return { head: j, kind: 'people', next: j + 1, inner: 'displaced' };
      return { head: j, kind: 'casualty', next: j + 1, inner: k };
    }
    if (PEOPLE_NOUNS.has(low) || isCapitalPlural(t)) return { head: j, kind: 'people', next: j + 1, inner };
    if (NOT_PEOPLE.has(low)) return { head: j, kind: 'thing', next: j + 1, inner };
    if (FILLERS.has(low)) continue;
    // "U.S.", "US", "UN": initials and acronyms name the side, not the noun.
    if (/^[A-Z]{1,4}$/.test(t.text) || (t.text === '.' && /^[A-Z]$/.test(tokens[j - 1]?.text ?? ''))) continue;
    // An adjective-like word (lower-case, or a capitalised nationality) may sit before the noun.
    if (/^[a-z]+$/.test(t.text) && !AUX.has(low) && adjectives < 3 && !casualtyKind(low)) {
      const nextT = tokens[j + 1];
      if (nextT && /^[A-Za-z]/.test(nextT.text)) {
        adjectives++;
        continue;
      }
      return { head: j, kind: 'thing', next: j + 1, inner };
    }
    if (/^[A-Z][a-z]+$/.test(t.text) && adjectives < 3 && !AUX.has(low)) {
      adjectives++;
      continue;
    }
    break;
  }
  return { head: -1, kind: 'none', next: n.last, inner };
}

/** True when one of the words in tokens [a, b) makes the statement unreal. */
function unreal(tokens: Token[], a: number, b: number): boolean {
  for (let i = Math.max(0, a); i < b; i++) {
    const low = tokens[i]!.low;
    if (HYPOTHETICAL.has(low) || NEGATION.has(low)) return true;
    if (low === "n't" || low.endsWith("n't")) return true;
  }
  return false;
}

function clauseStart(tokens: Token[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (CLAUSE_END.has(tokens[k]!.text)) return k + 1;
  return floor;
}

/** The casualty word that governs a number, looking after then before it. */
function governingKind(tokens: Token[], n: NumberMatch, np: NounPhrase): { kind: CasualtyKind; at: number } | null {
  if (np.inner) return { kind: np.inner, at: np.head };
  // Before: "the deaths of at least three", "killed 24 soldiers", "arrested six people", "left 38 people dead".
  const q = tokens.findIndex((t) => t.start === n.qualStart);
  const first = q >= 0 ? q : n.first;
  let before: { kind: CasualtyKind; at: number } | null = null;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const low = tokens[k]!.low;
    if (CLAUSE_END.has(tokens[k]!.text) || low === ',') break;
    const kind = casualtyKind(low);
    if (kind && low !== 'hospital' && low !== 'custody') {
      if (unreal(tokens, k - 3, k)) return null;
      before = { kind, at: k };
      break;
    }
    // "held 155 adult males": held takes people into custody only as the verb right before them.
    if (low === 'held' && k === first - 1 && tokens[np.next]?.low !== 'hostage') {
      before = { kind: 'arrested', at: k };
      break;
    }
    if (!['of', 'an', 'a', 'the', 'to', 'and', 'injuring', 'wounding'].includes(low)) break;
  }
  // "deaths of"/"killed": the word before wins over one after ("the deaths of three children in custody").
  if (before) return np.kind === 'thing' ? null : before;
  if (np.kind === 'thing') return null;
  // After: the predicate of the counted noun, within the clause.
  const from = np.head >= 0 ? np.next : n.last;
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const t = tokens[k]!;
    if (CLAUSE_END.has(t.text)) break;
    if (t.low === 'who' || t.low === 'that' || t.low === 'which') {
      // A relative clause describes the people, it can still carry the verb ("people who were killed").
    }
    const kind = casualtyKind(t.low);
    if (kind) {
      // "may leave hundreds homeless": a modal just before the number governs the object too.
      if (unreal(tokens, first - 3, first)) return null;
      if (kind === 'arrested' && t.low === 'charged' && tokens[k - 1]?.low !== 'were' && tokens[k - 1]?.low !== 'was') continue;
      if (unreal(tokens, from, k)) return null;
      return { kind, at: k };
    }
    // Another number starts its own phrase: stop unless it is a place count ("in 21 cities").
    if (k > from && /^\d/.test(t.text) && tokens[k - 1]?.low !== 'in') break;
  }
  return null;
}

function countOf(n: NumberMatch): Count {
  const c: Count = {};
  if (n.value !== undefined) c.value = n.value;
  if (n.magnitude) c.magnitude = n.magnitude;
  if (n.qualifier) c.qualifier = n.qualifier;
  return c;
}

/** True for numbers that are not head counts: years, ages, scores, percentages, money, ordinals. */
function notACount(src: string, n: NumberMatch, tokens: Token[]): boolean {
  const nextChar = src.charAt(n.end);
  const prevChar = src.charAt(n.start - 1);
  if (nextChar === '-' || nextChar === '%' || nextChar === '/' || nextChar === ':') return true;
  if (prevChar === '-' || prevChar === '$' || prevChar === '£' || prevChar === '€' || prevChar === '/') return true;
  const nx = tokens[n.last]?.low;
  if (nx === 'percent' || nx === 'per' || nx === '%' || nx === 'st' || nx === 'nd' || nx === 'rd' || nx === 'th') return true;
  if (n.form === 'digits' && n.value !== undefined && n.value >= 1500 && n.value <= 2100 && !/,/.test(src.slice(n.start, n.end))) {
    const np = tokens[n.last];
    if (!np || !(PEOPLE_NOUNS.has(np.low) || TROOP_NOUNS.has(np.low))) return true;
  }
  if (n.value === 1 && n.form === 'words' && (nx === 'of' || tokens[n.first - 1]?.low === 'no' || tokens[n.first - 1]?.low === 'the'))
    return true;
  // "one-third", "a third of", "half": fractions.
  if (nx === 'third' || nx === 'thirds' || nx === 'quarter' || nx === 'half') return true;
  // A part of a population, not a count of it: "a fraction of about 25 million reservists".
  const q = tokens.findIndex((t) => t.start === n.qualStart);
  const before = tokens
    .slice(Math.max(0, q - 2), q)
    .map((t) => t.low)
    .join(' ');
  if (/\b(?:fraction|share|proportion|pool|percentage|majority|minority|portion|half|third|quarter) of$/.test(before)) return true;
  return false;
}

/** Casualty and troop facts in one sentence. */
function sentenceCounts(text: string, s: SentenceSpan, out: Fact[]): void {
  const tokens = tokensOf(s.text, s.start);
  const numbers = findNumbers(tokens);
  for (const n of numbers) {
    if (notACount(text, n, tokens)) continue;
    const np = nounPhrase(tokens, n);
    const gov = governingKind(tokens, n, np);
    if (gov && (np.kind === 'people' || np.kind === 'troops' || np.kind === 'casualty' || np.kind === 'none')) {
      // A lone number needs its casualty word right there ("thousands arrested", "200 have been killed", "killed a couple").
      if (np.kind === 'none' && Math.abs(gov.at - n.last) > 4 && gov.at > n.first) continue;
      if (np.kind === 'none' && gov.at < n.first && !endsClause(tokens, n.last)) continue;
      const a = Math.min(
        tokens.findIndex((t) => t.start === n.qualStart),
        gov.at,
        n.first,
      );
      const b = Math.max(gov.at, np.head, n.last - 1);
      out.push(makeFact(text, tokens, a, b, { type: 'casualties', kind: gov.kind, count: countOf(n) }));
      continue;
    }
    if (np.kind === 'troops' || (np.kind === 'none' && troopEllipsis(tokens, n))) {
      const cs = clauseStart(tokens, n.first, 0);
      if (unreal(tokens, Math.max(cs, n.first - 4), n.first)) continue;
      if (n.value !== undefined && n.value < 2) continue;
      const a = Math.max(
        0,
        Math.min(
          tokens.findIndex((t) => t.start === n.qualStart),
          n.first,
        ),
      );
      const b = np.head >= 0 ? np.head : n.last - 1;
      const fact = makeFact(text, tokens, a, b, { type: 'troops', count: countOf(n) });
      const actor = troopActor(text, s, fact);
      if (actor) fact.actor = actor;
      out.push(fact);
    }
  }
  singularCasualties(text, tokens, out);
}

function endsClause(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return !t || CLAUSE_END.has(t.text) || t.low === ',' || t.low === 'after' || t.low === 'in' || t.low === 'on' || t.low === 'and';
}

// "the current 28,500", "another 23,000", "down from a high of 170,000": a bare number in a sentence about troops.
function troopEllipsis(tokens: Token[], n: NumberMatch): boolean {
  if (n.form !== 'digits' || n.value === undefined || n.value < 100) return false;
  if (!endsClause(tokens, n.last) && !['by', 'to', 'from', 'this', 'next', 'last'].includes(tokens[n.last]?.low ?? '')) return false;
  const prev = tokens[n.first - 1]?.low ?? '';
  const prev2 = tokens[n.first - 2]?.low ?? '';
  if (!['current', 'another', 'of', 'to', 'the'].includes(prev) && !(prev2 === 'high' || prev2 === 'low')) return false;
  return tokens.some((t) => TROOP_NOUNS.has(t.low));
}

function makeFact(text: string, tokens: Token[], a: number, b: number, base: Omit<Fact, 'quote' | 'start' | 'end'>): Fact {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { ...base, quote: text.slice(start, end), start, end };
}

/** Who sends or holds the troops: a country named in the quote, else the nearest one before it in the sentence. */
function troopActor(text: string, s: SentenceSpan, f: Fact): string | undefined {
  const mentions = actorMentions(s.text).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
  const inside = mentions.find((m) => m.start >= f.start && m.end <= f.end);
  if (inside) return inside.name;
  const before = mentions.filter((m) => m.end <= f.start);
  if (before.length) return before[before.length - 1]!.name;
  return mentions[0]?.name;
}

// "he was arrested", "a man has been stabbed to death", "He's in custody", "hanged himself", "the missing girl".
function singularCasualties(text: string, tokens: Token[], out: Fact[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const low = tokens[i]!.low;
    if (low === 'missing' && PERSON_SINGULAR.has(tokens[i + 1]?.low ?? '') && tokens[i - 1]?.low === 'the') {
      out.push(makeFact(text, tokens, i - 1, i + 1, { type: 'casualties', kind: 'missing', count: { value: 1 } }));
      continue;
    }
    if (
      ((low === 'hanged' || low === 'killed' || low === 'shot') && tokens[i + 1]?.low === 'himself') ||
      (tokens[i + 1]?.low === 'herself' && low === 'killed')
    ) {
      out.push(makeFact(text, tokens, i, i + 1, { type: 'casualties', kind: 'killed', count: { value: 1 } }));
      continue;
    }
    if (!PERSON_SINGULAR.has(low) && low !== "he's" && low !== "she's") continue;
    // A pronoun or "a man"/"the suspect": not "the man's", not part of a plural phrase.
    if (!(low === 'he' || low === 'she' || low === "he's" || low === "she's" || ['a', 'an', 'the'].includes(tokens[i - 1]?.low ?? '')))
      continue;
    let k = i + 1;
    let sawAux = low.endsWith("'s");
    while (k < tokens.length && k < i + 5 && (AUX.has(tokens[k]!.low) || /ly$/.test(tokens[k]!.low))) {
      sawAux = true;
      k++;
    }
    if (!sawAux) {
      // "he was taken into custody" / "promptly taken into custody" need the auxiliary; so do all the others.
      continue;
    }
    const w = tokens[k]?.low;
    if (!w) continue;
    let kind: CasualtyKind | null = null;
    let endTok = k;
    if (w === 'in' && tokens[k + 1]?.low === 'custody') {
      kind = 'arrested';
      endTok = k + 1;
    } else if ((w === 'taken' || w === 'admitted' || w === 'rushed') && ['to', 'into'].includes(tokens[k + 1]?.low ?? '')) {
      const dest = tokens.slice(k + 2, k + 4).map((t) => t.low);
      if (dest.includes('custody')) kind = 'arrested';
      else if (dest.includes('hospital')) kind = 'injured';
      endTok = k + 1 + 1 + dest.findIndex((d) => d === 'custody' || d === 'hospital');
    } else if (w === 'stabbed' || w === 'shot' || w === 'beaten') {
      if (tokens[k + 1]?.low === 'to' && tokens[k + 2]?.low === 'death') {
        kind = 'killed';
        endTok = k + 2;
      } else if (tokens[k + 1]?.low === 'dead') {
        kind = 'killed';
        endTok = k + 1;
      }
    } else if (w !== 'charged' && w !== 'hospital') {
      kind = casualtyKind(w);
      if (kind === 'displaced' || w === 'death' || w === 'deaths' || w === 'dies' || w === 'die') kind = null;
    }
    if (!kind || endTok < k) continue;
    if (unreal(tokens, i - 3, k)) continue;
    const a = ['a', 'an', 'the'].includes(tokens[i - 1]?.low ?? '') ? i - 1 : i;
    out.push(makeFact(text, tokens, a, endTok, { type: 'casualties', kind, count: { value: 1 } }));
  }
}

/** Casualty and troop facts over all sentences: one per (kind, count) and one per troop count, first mention kept. */
export function extractCounts(text: string, sentences: SentenceSpan[]): Fact[] {
  const all: Fact[] = [];
  for (const s of sentences) sentenceCounts(text, s, all);
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of all) {
    const key = `${f.type}|${factKey(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
