/**
 * The reader's story choices in the Sift JSON backup: what is written (only
 * the choices about the articles the backup holds), what is read back (every
 * field checked: a damaged or hostile record refuses the file with a reason),
 * and how it joins the choices already on the device (the device's win).
 */
import { cleanLine } from '../library/normalize';
import { isRecord } from '../shape';
import type { StoryChoices } from './types';

export const STORIES_BACKUP_VERSION = 1;

export interface StoriesBackup {
  version: typeof STORIES_BACKUP_VERSION;
  /** Story names the reader gave, by story id. */
  names: Record<string, string>;
  /** Articles the reader placed: into a story (its id), or out of every story (null). */
  placed: Record<string, string | null>;
}

/** What storyId makes: a prefix and a 32-bit hash in base 36. */
const STORY_ID = /^[su][0-9a-z]{1,7}$/;
export const isStoryId = (v: unknown): v is string => typeof v === 'string' && STORY_ID.test(v);
/** As long as a name the story page keeps (choices.ts). */
const NAME_MAX = 200;
/** More entries than any reading list holds is not a backup of Sift's. */
const ENTRIES_MAX = 200_000;

/** A record whose own keys can be any string ("__proto__" too) without touching a prototype. */
const bare = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** The choices that concern `urls` (the articles being backed up), and the names of the stories they place articles in. */
export function storiesForBackup(choices: StoryChoices, urls: Iterable<string>): StoriesBackup {
  const keep = new Set(urls);
  const placed: Record<string, string | null> = {};
  const ids = new Set<string>();
  for (const url of Object.keys(choices.placed).sort()) {
    const id = choices.placed[url];
    if (id === undefined || !keep.has(url)) continue;
    placed[url] = id;
    if (id) ids.add(id);
  }
  const names: Record<string, string> = {};
  for (const id of Object.keys(choices.names).sort()) if (ids.has(id)) names[id] = choices.names[id]!;
  return { version: STORIES_BACKUP_VERSION, names, placed };
}

export type Checked = { ok: true; value: StoryChoices } | { ok: false; reason: string };

/**
 * A backup's "stories" field, checked: the choices about the articles of the
 * file (`urls`); those about other articles are left out. Anything not as
 * Sift writes it (a wrong type, an id storyId never makes, a name too long)
 * is a reason to refuse the file.
 */
export function checkStoriesBackup(raw: unknown, urls: ReadonlySet<string>): Checked {
  const no = (reason: string): Checked => ({ ok: false, reason });
  if (!isRecord(raw)) return no('its stories are not a record');
  if (typeof raw.version === 'number' && raw.version > STORIES_BACKUP_VERSION)
    return no(`its stories were written by a newer Sift (stories version ${raw.version}); update Sift to import it`);
  if (raw.version !== STORIES_BACKUP_VERSION) return no('its stories have no version Sift knows');
  if (!isRecord(raw.names) || !isRecord(raw.placed)) return no('its stories lack their names or their articles');
  const names = Object.entries(raw.names);
  const placedIn = Object.entries(raw.placed);
  if (names.length > ENTRIES_MAX || placedIn.length > ENTRIES_MAX) return no('its stories hold more entries than any reading list');
  const placed = bare<string | null>();
  const used = new Set<string>();
  for (const [url, id] of placedIn) {
    if (id !== null && !isStoryId(id)) return no(`its stories place an article in "${String(id).slice(0, 40)}", which is not a story`);
    // Only the file's own articles: a choice about an article the file does not hold would point at nothing.
    if (!urls.has(url)) continue;
    placed[url] = id;
    if (id) used.add(id);
  }
  const named = bare<string>();
  for (const [id, name] of names) {
    if (!isStoryId(id)) return no(`its stories name "${cleanLine(id).slice(0, 40)}", which is not a story`);
    if (typeof name !== 'string' || name.length > NAME_MAX) return no(`the name of story ${id} is not a short text`);
    const line = cleanLine(name);
    if (line && used.has(id)) named[id] = line;
  }
  return { ok: true, value: { names: { ...named }, placed: { ...placed } } };
}

/**
 * The choices on the device with those of a backup: the device's own choice
 * about an article or a name stays as it is; the backup fills in the rest.
 */
export function mergeChoices(local: StoryChoices, imported: StoryChoices): StoryChoices {
  const placed = { ...local.placed };
  for (const [url, id] of Object.entries(imported.placed)) if (!Object.hasOwn(placed, url)) placed[url] = id;
  const names = { ...local.names };
  for (const [id, name] of Object.entries(imported.names)) if (!Object.hasOwn(names, id)) names[id] = name;
  return { names, placed };
}

/** The shape of StoryChoices, for a value that crossed from another context (a worker's reply). */
export function isStoryChoices(v: unknown): v is StoryChoices {
  return (
    isRecord(v) &&
    isRecord(v.names) &&
    Object.values(v.names).every((n) => typeof n === 'string') &&
    isRecord(v.placed) &&
    Object.values(v.placed).every((id) => id === null || typeof id === 'string')
  );
}
