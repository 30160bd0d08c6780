/**
 * The reader's changes to stories, as new StoryChoices (never changing the
 * old ones in place). A change pins every article of the stories it touches,
 * so the grouping cannot undo it later.
 */
import { storyId } from './ids';
import type { Story, StoryChoices } from './types';

function pinAll(choices: StoryChoices, story: Story): StoryChoices {
  const placed = { ...choices.placed };
  for (const a of story.articles) if (placed[a.url] === undefined) placed[a.url] = story.id;
  return { ...choices, placed };
}

export function renameStory(choices: StoryChoices, story: Story, name: string): StoryChoices {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const pinned = pinAll(choices, story);
  const names = { ...pinned.names };
  if (trimmed) names[story.id] = trimmed.slice(0, 200);
  else delete names[story.id];
  return { ...pinned, names };
}

/** Takes an article out of its story: it stays out, whatever the grouping thinks. */
export function moveOut(choices: StoryChoices, story: Story, url: string): StoryChoices {
  const pinned = pinAll(choices, story);
  return { ...pinned, placed: { ...pinned.placed, [url]: null } };
}

/** Puts an article into a story (out of any other). */
export function moveInto(choices: StoryChoices, story: Story, url: string): StoryChoices {
  const pinned = pinAll(choices, story);
  return { ...pinned, placed: { ...pinned.placed, [url]: story.id } };
}

/** Makes one story of two; the first keeps its id and name. */
export function mergeStories(choices: StoryChoices, into: Story, other: Story): StoryChoices {
  const pinned = pinAll(pinAll(choices, into), other);
  const placed = { ...pinned.placed };
  for (const a of other.articles) placed[a.url] = into.id;
  const names = { ...pinned.names };
  delete names[other.id];
  return { names, placed };
}

/** Takes `urls` out of `story` into a new story of their own, named `name`. */
export function splitStory(choices: StoryChoices, story: Story, urls: string[], name: string): StoryChoices {
  const pinned = pinAll(choices, story);
  const id = storyId('u', [...urls].sort().join('\n'));
  const placed = { ...pinned.placed };
  for (const u of urls) placed[u] = id;
  return { names: { ...pinned.names, [id]: name.trim() || `${story.name} (part)` }, placed };
}
