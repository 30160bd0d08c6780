/**
 * Which way a date points in time, read from the verb group that governs it
 * (grammar/chunks.ts): "was extended to Nov. 16" is a past verb, "will be paid
 * Dec. 14" a future one. A few words look ahead whatever the verb's tense
 * ("scheduled", "due", "until"). English only; other languages get 'unknown'.
 */
import type { SentenceSpan } from '../../text/sentences';
import { parseSentence } from '../grammar/parse';
import type { Chunk } from '../grammar/chunks';
import { EN } from '../lexicon/en';

export type Tense = 'past' | 'future' | 'unknown';

/** The tense of a date's verb, with the simple present kept apart: news says "meets Monday" of what is to come. */
export type DateTense = Tense | 'present';

// Words that point ahead whatever the tense of the verb: "is scheduled for", "due on", "until".
const AHEAD = new Set([
  'scheduled',
  'slated',
  'due',
  'upcoming',
  'payable',
  'expires',
  'expire',
  'deadline',
  'starting',
  'starts',
  'start',
  'begins',
  'begin',
  'opens',
  'resumes',
  'ahead',
  'next',
  'coming',
]);
// Participles that look ahead as the main verb of their group: "is expected", "are set", "was planned".
const AHEAD_PARTICIPLES = new Set(['expected', 'set', 'planned', 'scheduled', 'slated', 'due', 'poised']);
// Verbs whose infinitive happens after them: "agreed to buy in February" may be next February; "tried to enter on
// May 16" happened when the trying did.
const PROSPECTIVE = new Set(
  (
    'agree agrees agreed plan plans planned expect expects expected set schedule scheduled due promise promises promised vow ' +
    'vows vowed intend intends intended aim aims aimed hope hopes hoped want wants wanted prepare prepares prepared pledge ' +
    'pledged threaten threatens threatened propose proposes proposed offer offers offered seek seeks sought postpone postpones ' +
    'postponed delay delays delayed adjourn adjourned defer deferred reschedule rescheduled'
  ).split(' '),
);
// "says Monday", "tells": reporting in the present is about what was said, not what is to come.
const REPORTING = new Set([
  'say',
  'says',
  'tell',
  'tells',
  'report',
  'reports',
  'claim',
  'claims',
  'confirm',
  'confirms',
  'add',
  'adds',
  'state',
  'states',
]);
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);

export interface TenseReader {
  /** Tense for a date at characters [at, at+len) of the sentence. */
  at(at: number, len: number): DateTense;
}

/** Ask the tense of each date in a sentence; the sentence is read once, and only when asked. */
export function readTense(sentence: SentenceSpan): TenseReader {
  return {
    at(rel, len) {
      const { tokens, chunks } = parseSentence(sentence, EN);
      const at = sentence.start + rel;
      const first = tokens.findIndex((t) => t.end > at);
      const last = tokens.findIndex((t) => t.start >= at + len);
      if (first < 0) return 'unknown';
      const end = last < 0 ? tokens.length : last;
      // The clause around the date.
      let a = first;
      while (a > 0 && !CLAUSE_BREAK.has(tokens[a - 1]!.text)) a--;
      let b = end;
      while (b < tokens.length && !CLAUSE_BREAK.has(tokens[b]!.text)) b++;
      for (let i = first - 1; i >= Math.max(a, first - 4); i--)
        if (AHEAD.has(tokens[i]!.low) && !(tokens[i]!.low === 'due' && tokens[i + 1]?.low === 'to')) return 'future';
      const groups = chunks.filter((c): c is Extract<Chunk, { type: 'VG' }> => c.type === 'VG');
      const before = groups.filter((g) => g.end <= first && g.start >= a);
      const after = groups.filter((g) => g.start >= end && g.end <= b);
      // The verb of the date's own clause, else the sentence's first finite one.
      const g = before[before.length - 1] ?? after[0] ?? groups.find((x) => x.vg.aux || x.vg.tense === 'past') ?? null;
      if (!g) return 'unknown';
      const vg = g.vg;
      const main = tokens[vg.main]!.low;
      if (vg.tense === 'future' || vg.modal) return 'future';
      if (AHEAD_PARTICIPLES.has(main) && (vg.passive || vg.copula)) return 'future';
      if (vg.infinitive) {
        // The tense of an infinitive is its governing verb's ("tried to enter", "plans to visit").
        const k = chunks.indexOf(g);
        const gov = [chunks[k - 1], chunks[k - 2]].find((c): c is Extract<Chunk, { type: 'VG' }> => c?.type === 'VG' && !c.vg.infinitive);
        if (!gov) return 'unknown';
        const prospective = PROSPECTIVE.has(tokens[gov.vg.main]!.low) || gov.vg.copula;
        if (gov.vg.tense === 'future' || tokens[gov.vg.start]!.low === 'would' || prospective) return 'future';
        if (gov.vg.tense === 'past') return 'past';
        return 'unknown';
      }
      if (vg.tense === 'past') return 'past';
      if (vg.tense === 'present' && !vg.aux && !vg.passive && !REPORTING.has(main)) return 'present';
      return 'unknown';
    },
  };
}
