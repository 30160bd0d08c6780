/**
 * Read aloud's pure half: which voices suit the article, and which sentence a
 * passage of the view's text falls in. The sentences are the summary's and
 * the facts' own (utils/core/text/sentences.ts), so a summary sentence or a
 * fact can be read from its place.
 */
import { splitSentences, type SentenceSpan } from '../text/sentences';

/** What Sift reads of a SpeechSynthesisVoice. */
export interface VoiceInfo {
  voiceURI: string;
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

/** "pt-BR" → "pt"; "" when there is none. */
export function primaryLang(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The voices for `lang` first (the exact region before the rest of the
 * language, the system's default and on-device voices before network ones),
 * then the others by language and name.
 */
export function orderVoices<V extends VoiceInfo>(voices: readonly V[], lang: string | null | undefined): { matching: V[]; others: V[] } {
  const want = (lang ?? '').toLowerCase().replace('_', '-');
  const primary = primaryLang(want);
  const score = (v: V) => (v.lang.toLowerCase().replace('_', '-') === want ? 0 : 1) + (v.default ? 0 : 0.5) + (v.localService ? 0 : 0.25);
  const byName = (a: V, b: V) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name);
  const matching = voices.filter((v) => primary && primaryLang(v.lang) === primary).sort((a, b) => score(a) - score(b) || byName(a, b));
  const others = voices.filter((v) => !matching.includes(v)).sort(byName);
  return { matching, others };
}

/**
 * The voice to read `lang` with: the one the reader chose for that language
 * if it is still there, else the best match, else the system's default.
 */
export function pickVoice<V extends VoiceInfo>(
  voices: readonly V[],
  lang: string | null | undefined,
  chosen: Record<string, string>,
): V | null {
  const mine = chosen[primaryLang(lang)];
  const found = mine ? voices.find((v) => v.voiceURI === mine) : undefined;
  if (found) return found;
  const { matching } = orderVoices(voices, lang);
  return matching[0] ?? voices.find((v) => v.default) ?? voices[0] ?? null;
}

/** The sentences read aloud, in order. */
export function readingPlan(text: string, lang: string | null | undefined): SentenceSpan[] {
  return splitSentences(text, lang).filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}

/** The index of the sentence that holds offset `at` of the text (or the next one after it), or -1. */
export function sentenceAt(plan: readonly SentenceSpan[], at: number): number {
  return plan.findIndex((s) => at < s.end);
}
