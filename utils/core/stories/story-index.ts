/**
 * The stories of the reading list as last grouped: which articles each holds,
 * for the revision of the list and the reader's choices it was grouped with.
 * The story page's first screen reads its story's articles from it instead of
 * grouping the whole list; it holds only while neither has changed.
 */
import { isRecord } from '../shape';
import { storyId } from './ids';
import type { Story, StoryChoices } from './types';

export interface StoryIndex {
  v: 1;
  /** The reading list's revision (Library.revision) it was grouped at. */
  rev: number;
  /** choicesKey of the choices it was grouped with. */
  key: string;
  stories: Array<{ id: string; name: string; urls: string[] }>;
}

/** One string for the choices, whatever order their keys came in. */
export function choicesKey(c: StoryChoices): string {
  const sorted = (r: Record<string, unknown>) =>
    Object.keys(r)
      .sort()
      .map((k) => [k, r[k]]);
  const text = JSON.stringify([sorted(c.names), sorted(c.placed)]);
  // A hash and the length: a stale index must not pass for a fresh one by chance.
  return `${storyId('s', text)}:${storyId('u', [...text].reverse().join(''))}:${text.length}`;
}

export function storyIndex(stories: Story[], rev: number, choices: StoryChoices): StoryIndex {
  return {
    v: 1,
    rev,
    key: choicesKey(choices),
    stories: stories.map((s) => ({ id: s.id, name: s.name, urls: s.articles.map((a) => a.url) })),
  };
}

/** The index as stored, checked; null when it is missing, damaged, or not of this revision and these choices. */
export function currentIndex(raw: unknown, rev: number, choices: StoryChoices): StoryIndex | null {
  if (!isRecord(raw) || raw.v !== 1 || raw.rev !== rev || raw.key !== choicesKey(choices) || !Array.isArray(raw.stories)) return null;
  const ok = raw.stories.every(
    (s: unknown) =>
      isRecord(s) &&
      typeof s.id === 'string' &&
      typeof s.name === 'string' &&
      Array.isArray(s.urls) &&
      s.urls.every((u) => typeof u === 'string'),
  );
  return ok ? (raw as unknown as StoryIndex) : null;
}
