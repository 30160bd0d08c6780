import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLibrary } from '../core/library/db';
import { moveOut } from '../core/stories/choices';
import { NO_CHOICES } from '../core/stories/types';
import { sampleArticles } from '../../tests/support/sample-articles';
import { told, WILDFIRE } from '../../tests/support/story-articles';
import { indexedStory, saveChoices, storiesOf, storyIndexItem } from './stories';

const FIRE = [...WILDFIRE];
const LATER = told(
  'a4',
  '2026-02-13',
  'Korvel wildfire: Santa Irma counts the cost',
  'Santa Irma and the Korvel Fire Service count the cost of the wildfire.',
  'Hill Times',
);

async function setup() {
  const lib = await openLibrary(new IDBFactory());
  await lib.importArticles([...FIRE, ...sampleArticles(20)]);
  const [story] = await storiesOf(lib, NO_CHOICES);
  // The index is written in the background of storiesOf.
  await new Promise((r) => setTimeout(r, 20));
  return { lib, story: story! };
}

describe("the story page's first screen from the story index", () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the same story as grouping the whole list, with its articles in full', async () => {
    const { lib, story } = await setup();
    expect(story.articles).toHaveLength(3);
    const quick = await indexedStory(lib, story.id, NO_CHOICES);
    expect(quick).toEqual(story);
    expect(await indexedStory(lib, 'sNoSuch', NO_CHOICES)).toBeNull();
  });

  it('does not hold once the list changes: an article saved, or one deleted', async () => {
    const { lib, story } = await setup();
    await lib.saveArticle(LATER);
    expect(await indexedStory(lib, story.id, NO_CHOICES)).toBeNull();
    // Grouped again, the new article is in the story, and the index holds again.
    const [again] = await storiesOf(lib, NO_CHOICES);
    await new Promise((r) => setTimeout(r, 20));
    expect(again!.articles.map((a) => a.url)).toContain(LATER.url);
    expect((await indexedStory(lib, story.id, NO_CHOICES))!.articles).toHaveLength(4);
    await lib.deleteArticle(FIRE[1]!.url);
    expect(await indexedStory(lib, story.id, NO_CHOICES)).toBeNull();
  });

  it("does not hold once the reader's choices change", async () => {
    const { lib, story } = await setup();
    const choices = moveOut(NO_CHOICES, story, FIRE[2]!.url);
    await saveChoices(choices);
    expect(await indexedStory(lib, story.id, choices)).toBeNull();
    expect(await indexedStory(lib, story.id, NO_CHOICES)).not.toBeNull();
  });

  it('a damaged index is no index', async () => {
    const { lib, story } = await setup();
    const raw = (await storyIndexItem.getValue()) as { stories: unknown[] };
    await storyIndexItem.setValue({ ...raw, stories: [{ id: story.id, name: 7, urls: 'x' }] });
    expect(await indexedStory(lib, story.id, NO_CHOICES)).toBeNull();
    await storyIndexItem.setValue('garbage');
    expect(await indexedStory(lib, story.id, NO_CHOICES)).toBeNull();
    // Grouping again puts it right.
    await storiesOf(lib, NO_CHOICES);
    await new Promise((r) => setTimeout(r, 20));
    expect(await indexedStory(lib, story.id, NO_CHOICES)).toEqual(story);
  });
});
