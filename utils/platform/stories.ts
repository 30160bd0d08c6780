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

/** The reading list's stories, newest first. */
export async function storiesOf(lib: Library, choices?: StoryChoices): Promise<Story[]> {
  const [{ items }, c] = await Promise.all([lib.allArticles(), choices ? Promise.resolve(choices) : loadChoices()]);
  const articles: StoryArticle[] = items;
  return groupStories(articles, c);
}
