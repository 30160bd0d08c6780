/**
 * What an article says it is about, for telling whether two articles tell
 * the same event: the names it gives (places, people, organisations: runs of
 * capitalised words in its title and lead), the words of its title, and its
 * day. Not its site: two articles of one outlet are not one story for that.
 */
import { isStopWord } from '../text/words';
import type { StoryArticle } from './types';

export interface Signals {
  url: string;
  /** Day of the article (YYYY-MM-DD, UTC): the page's date, else the day it was saved. */
  day: string;
  /** Days since 1970, for windows. */
  dayNumber: number;
  /** Names, lower-cased, as written (full runs: "port amsel", "ilse marrow"). */
  names: Set<string>;
  /** How each name was first written, for a story's name. */
  display: Map<string, string>;
  /** Distinctive words of the title, lower-cased. */
  titleWords: Set<string>;
  /** Words of the lead, lower-cased (weaker evidence). */
  leadWords: Set<string>;
}

const DAY_MS = 86_400_000;

export function articleDay(a: Pick<StoryArticle, 'published' | 'savedAt'>): string {
  const m = a.published ? /^(\d{4}-\d{2}-\d{2})/.exec(a.published) : null;
  return m?.[1] ?? new Date(a.savedAt).toISOString().slice(0, 10);
}

const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mr mrs ms dr'
  ).split(' '),
);

/** A capitalised word (any script with case), possibly with inner apostrophes or hyphens. */
const CAP = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** The first paragraphs: where a news article names its event. */
function lead(text: string): string {
  return text
    .split(/\n\s*\n/)
    .slice(0, 3)
    .join('\n\n');
}

/**
 * Runs of capitalised words. A one-word run that opens a sentence ("Water
 * rose", "Police said") is a name only when the word is capitalised inside a
 * sentence somewhere too.
 */
function nameRuns(text: string, own: Set<string>): Array<{ key: string; shown: string }> {
  const sentences = text.split(/(?<=[.!?…])\s+|\n+/u).map((s) => s.match(WORD) ?? []);
  const inside = new Set<string>();
  for (const ws of sentences) ws.forEach((w, i) => i > 0 && CAP.test(w) && inside.add(w));
  const out: Array<{ key: string; shown: string }> = [];
  for (const ws of sentences) {
    let run: string[] = [];
    let runStart = 0;
    const flush = () => {
      // Function words and calendar words do not start a name ("The Norvanian Red Cross").
      while (run.length && (isStopWord(run[0]!) || CALENDAR.has(run[0]!.toLowerCase()))) {
        run.shift();
        runStart++;
      }
      const single = run.length === 1 && runStart === 0 && !inside.has(run[0]!);
      if (run.length && !single) {
        const shown = run.join(' ');
        const key = shown.toLowerCase();
        if (!own.has(key) && key.length > 2 && !CALENDAR.has(key)) out.push({ key, shown });
      }
      run = [];
    };
    ws.forEach((w, i) => {
      if (CAP.test(w)) {
        if (!run.length) runStart = i;
        run.push(w);
      } else flush();
    });
    flush();
  }
  return out;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 2 && !/^\p{N}+$/u.test(w) && !isStopWord(w));
}

export function signalsOf(a: StoryArticle): Signals {
  const day = articleDay(a);
  const own = new Set((a.siteName ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  if (a.siteName) own.add(a.siteName.toLowerCase());
  const names = new Set<string>();
  const display = new Map<string, string>();
  for (const { key, shown } of [...nameRuns(a.title, own), ...nameRuns(lead(a.text), own)]) {
    names.add(key);
    if (!display.has(key)) display.set(key, shown);
  }
  return {
    url: a.url,
    day,
    dayNumber: Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS),
    names,
    display,
    titleWords: new Set(words(a.title)),
    leadWords: new Set(
      words(
        lead(a.text)
          .split(/\n\s*\n/)
          .slice(0, 2)
          .join(' '),
      ),
    ),
  };
}
