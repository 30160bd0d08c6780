/**
 * What a story's articles say together: the event's dates, each figure over
 * time (every point tied to its article and sentence), the figures that
 * disagree, and what the newest article adds.
 */
import { factKey } from '../facts/keys';
import type { CasualtyKind, Fact } from '../facts/types';
import { splitSentences } from '../text/sentences';
import { collapseWhitespace } from '../text/whitespace';
import { articleDay } from './signals';
import type { Story, StoryArticle } from './types';

/** A figure's series: a kind of casualty, or troops. */
export type SeriesKey = CasualtyKind | 'troops';

/**
 * How a series is named in the story's Markdown export: file content, in English
 * like the file's other headings. The story page names it in the reader's language.
 */
export const SERIES_LABEL: Record<SeriesKey, string> = {
  killed: 'Killed',
  injured: 'Injured',
  arrested: 'Arrested',
  missing: 'Missing',
  displaced: 'Displaced',
  troops: 'Troops',
};

export interface Point {
  /** The day the article reports it (YYYY-MM-DD). */
  day: string;
  /** The number, when the text gives one (a "dozens" has none, and is left off the chart). */
  value: number | null;
  fact: Fact;
  article: StoryArticle;
}

export interface TimelineEntry {
  /** The date the articles name (YYYY-MM-DD, YYYY-MM or YYYY). */
  value: string;
  /** Every mention, article by article. */
  mentions: Array<{ fact: Fact; article: StoryArticle }>;
}

export interface Conflict {
  series: SeriesKey;
  day: string;
  /** The figures that disagree, one per source, highest first. */
  points: Point[];
}

const seriesOf = (f: Fact): SeriesKey | null => (f.type === 'troops' ? 'troops' : f.type === 'casualties' ? (f.kind ?? null) : null);

/** The event's dates across the story's articles, oldest first. */
export function timeline(story: Story): TimelineEntry[] {
  const byValue = new Map<string, TimelineEntry>();
  for (const article of story.articles) {
    for (const fact of article.facts) {
      if (fact.type !== 'date' || !fact.value) continue;
      const e = byValue.get(fact.value) ?? byValue.set(fact.value, { value: fact.value, mentions: [] }).get(fact.value)!;
      e.mentions.push({ fact, article });
    }
  }
  return [...byValue.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Each casualty kind and troops, point by point in the order the articles report them. */
export function series(story: Story): Map<SeriesKey, Point[]> {
  const out = new Map<SeriesKey, Point[]>();
  for (const article of story.articles) {
    const day = articleDay(article);
    for (const fact of article.facts) {
      const key = seriesOf(fact);
      if (!key) continue;
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      list.push({ day, value: fact.count?.value ?? null, fact, article });
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return out;
}

/** The article's source, as sources are told apart: its site, else its address's host. */
export function sourceOf(a: StoryArticle): string {
  if (a.siteName) return a.siteName;
  try {
    return new URL(a.url).hostname.replace(/^www\./, '');
  } catch {
    return a.url;
  }
}

/**
 * Figures of the same kind, reported for the same day by different sources,
 * that disagree ("164 killed" and "225 killed"): the highest figure of each
 * source for that day, when two sources differ.
 */
export function conflicts(story: Story): Conflict[] {
  const out: Conflict[] = [];
  for (const [key, points] of series(story)) {
    const byDay = new Map<string, Map<string, Point>>();
    for (const p of points) {
      if (p.value === null) continue;
      const bySource = byDay.get(p.day) ?? byDay.set(p.day, new Map()).get(p.day)!;
      const src = sourceOf(p.article);
      const best = bySource.get(src);
      if (!best || (best.value ?? 0) < p.value) bySource.set(src, p);
    }
    for (const [day, bySource] of byDay) {
      const values = new Set([...bySource.values()].map((p) => p.value));
      if (bySource.size >= 2 && values.size >= 2) {
        out.push({ series: key, day, points: [...bySource.values()].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)) });
      }
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : 1));
}

export interface WhatIsNew {
  article: StoryArticle;
  /** Its facts that no earlier article of the story gave. */
  facts: Fact[];
  /** Its sentences that say something no earlier article said (no earlier sentence shares most of their words). */
  sentences: Array<{ text: string; start: number }>;
}

const sentenceWords = (s: string) =>
  new Set(
    (
      collapseWhitespace(s)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).filter((w) => w.length > 2),
  );

/** What `article` adds to `earlier` ones: the newest article of a story, by default. */
export function whatIsNew(story: Story, article: StoryArticle = story.articles.at(-1)!): WhatIsNew {
  const earlier = story.articles.filter((a) => a !== article && articleDay(a) <= articleDay(article) && a.url !== article.url);
  const known = new Set(earlier.flatMap((a) => a.facts.map((f) => `${f.type}|${factKey(f)}`)));
  const facts = article.facts.filter((f) => !known.has(`${f.type}|${factKey(f)}`));
  const before = earlier.flatMap((a) => splitSentences(a.text).map((s) => sentenceWords(s.text)));
  const sentences = splitSentences(article.text)
    .filter((s) => {
      const w = sentenceWords(s.text);
      if (w.size < 4) return false;
      return !before.some((b) => [...w].filter((x) => b.has(x)).length >= w.size * 0.6);
    })
    .map((s) => ({ text: s.text, start: s.start }));
  return { article, facts, sentences };
}

/** How an article's facts stand against the story's earlier articles: new, or disagreeing with an earlier figure of the same day. */
export function markFacts(story: Story, article: StoryArticle): Map<Fact, 'new' | 'conflict'> {
  const marks = new Map<Fact, 'new' | 'conflict'>();
  const { facts: fresh } = whatIsNew(story, article);
  const day = articleDay(article);
  const src = sourceOf(article);
  for (const f of fresh) marks.set(f, 'new');
  for (const c of conflicts({ ...story, articles: [...story.articles.filter((a) => a.url !== article.url), article] })) {
    if (c.day !== day) continue;
    for (const p of c.points) if (p.article.url === article.url && sourceOf(p.article) === src) marks.set(p.fact, 'conflict');
  }
  return marks;
}
