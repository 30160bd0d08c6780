/**
 * What the casualty and troop reader needs to know about one language's words.
 * The grammar that uses it (grammar/) reads English word order; a language gets
 * casualty and troop facts once it has a lexicon here (and its grammar agrees).
 */
import type { CasualtyKind } from '../types';

/** How a casualty word takes the people it counts. */
export type CasualtyRole =
  /** transitive verb: the object is the victim ("killed 24 soldiers"); its participle takes the subject ("24 were killed") */
  | 'verb'
  /** intransitive verb: the subject is the victim ("three people died") */
  | 'intransitive'
  /** adjective: predicate or result ("left 38 people dead", "five soldiers wounded") */
  | 'adjective'
  /** noun that counts ("584 deaths") or takes "of" ("the deaths of three children") */
  | 'noun'
  /** a verb that names a casualty only as a passive with people for subject ("two officers were charged", "he is held") */
  | 'passive';

export interface CasualtyWord {
  kind: CasualtyKind;
  role: CasualtyRole;
  /** A verb that is a noun too, after an article: "killing five" / "the killing of five". */
  noun?: boolean;
}

export interface CountLexicon {
  /** Casualty words by lower-case form. */
  casualty: ReadonlyMap<string, CasualtyWord>;
  /** Phrases of two or three words that name a casualty as one ("shot dead", "taken into custody"); "?" is an optional article. */
  phrases: readonly { words: readonly string[]; kind: CasualtyKind; role: CasualtyRole }[];
  /** Military and security personnel (plural forms, and the singular ones). */
  troops: ReadonlySet<string>;
  /** Nouns for people, plural. */
  peoplePlural: ReadonlySet<string>;
  /** Nouns for one person. */
  personSingular: ReadonlySet<string>;
  /** Nouns that are counted but are not people ("30 years", "200 teams"). */
  notPeople: ReadonlySet<string>;
  /** Words that make a statement unreal: modals, conditionals, "considering". */
  hypothetical: ReadonlySet<string>;
  /** Verbs of intent: an act only planned or threatened is no casualty ("threatened to kill"); troops planned to move still count. */
  intent: ReadonlySet<string>;
  /** Where people are held: "held at Belmarsh prison" is an arrest, "the meeting was held" is not. */
  detention: ReadonlySet<string>;
  /** People who are none of the kinds when held or taken ("hostages"). */
  notVictims: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  /** "claimed 217 lives", "cost 40 lives": the noun and the verbs that make it a death toll. */
  lives: { noun: ReadonlySet<string>; verbs: ReadonlySet<string> };
  /** "suffered serious injuries": the subject of these verbs with an injury for object is injured. */
  suffered: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** "took the man into custody", "rushed two children to hospital": the object of these verbs with one of these tails. */
  taking: { verbs: ReadonlySet<string>; tails: readonly { words: readonly string[]; kind: CasualtyKind }[] };
  /** "his body was found": the verbs that make one body a death. */
  bodyVerbs: ReadonlySet<string>;
  /** Nouns for a death toll ("the toll rose to 40"). */
  toll: ReadonlySet<string>;
  /** "the number of dead rose to 40": what a number "of" counts, as a toll of its kind. */
  tollOf: ReadonlySet<string>;
  /** Ordinals as words, for running totals ("a sixth fatality"). */
  ordinals: ReadonlyMap<string, number>;
}
