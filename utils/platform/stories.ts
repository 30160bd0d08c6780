/**
 * The reader's story choices, kept in storage.local (versioned, checked when
 * read: a damaged record gives no choices, never an error), and the stories
 * of the reading list as the views and the story page see them.
 */
import { storage } from '#imports';
import { isRecord, isString } from '../core/shape';
import { groupStories } from '../core/stories/group';
import { NO_CHOICES, type Story, type StoryArticle, type StoryChoices } from '../core/stories/types';
import type { Library } from '../core/library/db';
import { storyContext, type StoryContext } from '../core/stories/context';
import { mergeChoices } from '../core/stories/backup';
import { currentIndex, storyIndex } from '../core/stories/story-index';

export const storyChoicesItem = storage.defineItem<StoryChoices>('local:storyChoices', { fallback: NO_CHOICES, version: 1 });

/** What storage holds, as valid choices: anything malformed is left out, field by field. */
export function normalizeChoices(raw: unknown): StoryChoices {
  const out: StoryChoices = { names: {}, placed: {} };
  if (!isRecord(raw)) return out;
  if (isRecord(raw.names)) for (const [id, n] of Object.entries(raw.names)) if (isString(n)) out.names[id] = n.slice(0, 200);
  if (isRecord(raw.placed)) for (const [url, id] of Object.entries(raw.placed)) if (id === null || isString(id)) out.placed[url] = id;
  return out;
}

export async function loadChoices(): Promise<StoryChoices> {
  return normalizeChoices(await storyChoicesItem.getValue());
}

export async function saveChoices(c: StoryChoices): Promise<void> {
  await storyChoicesItem.setValue(normalizeChoices(c));
}

/** A backup's story choices joined to the device's: the reader's choices here stay as they are. */
export async function keepImportedChoices(imported: StoryChoices): Promise<void> {
  await saveChoices(mergeChoices(await loadChoices(), imported));
}

/** The story context of an article being read, against the reading list (null when it has no story, or the list cannot be read). */
export async function storyContextOf(article: StoryArticle): Promise<StoryContext | null> {
  const { getLibrary } = await import('./library');
  const [lib, choices] = await Promise.all([getLibrary(), loadChoices()]);
  const { items } = await lib.allArticles();
  return storyContext(article, items, choices);
}

/** The last grouping (core/stories/story-index.ts), so a story page need not group the whole list for its first screen. */
export const storyIndexItem = storage.defineItem<unknown>('local:storyIndex', { fallback: null });

/** The reading list's stories, newest first; the grouping is kept as the story index. */
export async function storiesOf(lib: Library, choices?: StoryChoices): Promise<Story[]> {
  // The revision first: were the list written meanwhile, the index is stale at once rather than wrong.
  const rev = await lib.revision();
  const [{ items }, c] = await Promise.all([lib.allArticles(), choices ? Promise.resolve(choices) : loadChoices()]);
  const articles: StoryArticle[] = items;
  const stories = groupStories(articles, c);
  // The index only speeds the story page up: without it, the page groups as here.
  void keepIndex(rev, c, stories).catch(() => undefined);
  return stories;
}

async function keepIndex(rev: number, choices: StoryChoices, stories: Story[]): Promise<void> {
  const next = storyIndex(stories, rev, choices);
  // Compared whole: a newer Sift may group the same list differently.
  if (JSON.stringify(await storyIndexItem.getValue()) !== JSON.stringify(next)) await storyIndexItem.setValue(next);
}

/**
 * The story `id` read from the story index, only its own articles: null when
 * the index does not hold for the list as it is now (the caller groups).
 */
export async function indexedStory(lib: Library, id: string, choices: StoryChoices): Promise<Story | null> {
  const [rev, raw] = await Promise.all([lib.revision(), storyIndexItem.getValue()]);
  const entry = currentIndex(raw, rev, choices)?.stories.find((s) => s.id === id);
  if (!entry) return null;
  const articles = await Promise.all(entry.urls.map((u) => lib.getArticle(u)));
  // An article that cannot be read now: the index no longer says what the list holds.
  if (articles.some((a) => !a) || (await lib.revision()) !== rev) return null;
  return { id: entry.id, name: entry.name, articles: articles as StoryArticle[] };
}
