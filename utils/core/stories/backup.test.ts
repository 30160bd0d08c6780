import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLibrary } from '../library/db';
import { exportJson } from '../library/export/json';
import { ImportError, parseImport } from '../library/import';
import { importFile } from '../library/import/into-library';
import { KORVEL_LIBRARY, told, WILDFIRE } from '../../../tests/support/story-articles';
import { checkStoriesBackup, mergeChoices, storiesForBackup } from './backup';
import { mergeStories, moveOut, renameStory, splitStory } from './choices';
import { groupStories } from './group';
import { NO_CHOICES, type Story, type StoryChoices } from './types';

const NOW = Date.UTC(2026, 2, 1);
const bytes = (s: string) => new TextEncoder().encode(s);

/** Two events the grouping finds, in English and in Russian, and one that shares a place and a week with the first. */
const ARTICLES = [
  ...WILDFIRE,
  told(
    'r1',
    '2026-02-12',
    'Паводок в Заречинске: Ивница вышла из берегов',
    'В Заречинске река Ивница вышла из берегов, сообщил Росгидромет Заречинска.',
    'Вести Севера',
  ),
  told(
    'r2',
    '2026-02-13',
    'Заречинск: Ивница отступает после паводка',
    'Уровень Ивницы в Заречинске снижается, сообщил Росгидромет Заречинска.',
    'Северный Курьер',
  ),
  KORVEL_LIBRARY,
];

/** What a reader sees of the stories: ids, names and which articles. */
const shape = (stories: Story[]) => stories.map((s) => ({ id: s.id, name: s.name, urls: s.articles.map((a) => a.url) }));

/** The reader renames the fire, moves one article out, splits the Russian story and merges its halves back under a name of their own. */
function readersChoices(): StoryChoices {
  let c = NO_CHOICES;
  const find = (url: string) => groupStories(ARTICLES, c).find((s) => s.articles.some((a) => a.url === url))!;
  c = renameStory(c, find(ARTICLES[0]!.url), 'Пожар у Корвеля — “Santa Irma”');
  c = moveOut(c, find(ARTICLES[0]!.url), ARTICLES[2]!.url);
  c = splitStory(c, find(ARTICLES[3]!.url), [ARTICLES[4]!.url], 'Ивница, спад');
  c = mergeStories(c, find(ARTICLES[3]!.url), find(ARTICLES[4]!.url));
  c = renameStory(c, find(ARTICLES[3]!.url), 'Crue de l’Ivnitsa à Zaretchinsk');
  return c;
}

describe('story choices in the Sift JSON backup', () => {
  it('export, then import on a fresh profile, gives the same stories: names, moves, splits and merges', async () => {
    const choices = readersChoices();
    const before = shape(groupStories(ARTICLES, choices));
    // The choices changed what the grouping alone gives.
    expect(before).not.toEqual(shape(groupStories(ARTICLES)));
    expect(before.find((s) => s.urls.includes(ARTICLES[0]!.url))!.urls).not.toContain(ARTICLES[2]!.url);

    const file = exportJson(ARTICLES, NOW, choices);
    const fresh = await openLibrary(new IDBFactory());
    const outcome = await importFile(new Blob([file.data as string]), fresh, async (h) => h);
    expect(outcome.result.added).toBe(ARTICLES.length);
    const { items } = await fresh.allArticles();
    expect(shape(groupStories(items, mergeChoices(NO_CHOICES, outcome.stories!)))).toEqual(before);
  });

  it('a backup of some articles carries only the choices about them, and the names of their stories', () => {
    const choices: StoryChoices = {
      names: { s1abc: 'Kept', s2def: 'Of an article left out' },
      placed: { 'https://a.example/1': 's1abc', 'https://a.example/2': 's2def', 'https://a.example/3': null },
    };
    expect(storiesForBackup(choices, ['https://a.example/1', 'https://a.example/3'])).toEqual({
      version: 1,
      names: { s1abc: 'Kept' },
      placed: { 'https://a.example/1': 's1abc', 'https://a.example/3': null },
    });
  });

  it('an old backup, without stories, still imports', () => {
    const v1 = JSON.stringify({ format: 'sift-library', version: 1, exportedAt: '2025-01-01T00:00:00Z', articles: [ARTICLES[0]] });
    const parsed = parseImport(bytes(v1));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.stories).toBeUndefined();
  });

  const withStories = (stories: unknown) =>
    bytes(JSON.stringify({ format: 'sift-library', version: 2, exportedAt: '2026-03-01T00:00:00Z', articles: ARTICLES, stories }));
  const url = ARTICLES[0]!.url;

  for (const [what, stories, message] of [
    ['not a record', 'rename everything', /stories are not a record/],
    ['an array', [], /stories are not a record/],
    ['no version', { names: {}, placed: {} }, /no version Sift knows/],
    ['a newer version', { version: 7, names: {}, placed: {} }, /newer Sift \(stories version 7\)/],
    ['no names', { version: 1, placed: {} }, /lack their names/],
    ['an article placed in a script', { version: 1, names: {}, placed: { [url]: 'javascript:alert(1)' } }, /not a story/],
    ['an article placed in a number', { version: 1, names: {}, placed: { [url]: 42 } }, /not a story/],
    ['a name for something that is no story', { version: 1, names: { '<img src=x onerror=alert(1)>': 'x' }, placed: {} }, /not a story/],
    ['a name that is not text', { version: 1, names: { s1abc: { toString: 'x' } }, placed: { [url]: 's1abc' } }, /not a short text/],
    ['a name of 10,000 characters', { version: 1, names: { s1abc: 'x'.repeat(10_000) }, placed: { [url]: 's1abc' } }, /not a short text/],
  ] as const) {
    it(`refuses a backup whose stories have ${what}, with why, and imports nothing`, async () => {
      let error: unknown;
      try {
        parseImport(withStories(stories));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(/^The Sift file is damaged: /);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/Nothing was imported\.$/);
      // Through the whole import: the reading list stays empty.
      const lib = await openLibrary(new IDBFactory());
      await expect(importFile(new Blob([withStories(stories)]), lib, async (h) => h)).rejects.toThrow(ImportError);
      expect(await lib.countArticles()).toBe(0);
    });
  }

  it('leaves out choices about articles the file does not hold, "__proto__" among them, without touching any prototype', () => {
    const hostile = `{"version":1,"names":{"s1abc":"Fire","s9zzz":"Orphan"},"placed":{"__proto__":null,"https://elsewhere.example/x":"s9zzz","${url}":"s1abc"}}`;
    const r = checkStoriesBackup(JSON.parse(hostile), new Set([url]));
    expect(r).toEqual({ ok: true, value: { names: { s1abc: 'Fire' }, placed: { [url]: 's1abc' } } });
    expect(Object.getPrototypeOf(r.ok && r.value.placed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps names in any script, as one clean line', () => {
    const names = { s1abc: 'Пожар у Корвеля', s2abc: '能登の地震\u0007 と 津波', s3abc: 'Grève   à Montbrison' };
    const placed = { [ARTICLES[0]!.url]: 's1abc', [ARTICLES[1]!.url]: 's2abc', [ARTICLES[3]!.url]: 's3abc' };
    const r = checkStoriesBackup({ version: 1, names, placed }, new Set(ARTICLES.map((a) => a.url)));
    expect(r.ok && r.value.names).toEqual({ s1abc: 'Пожар у Корвеля', s2abc: '能登の地震 と 津波', s3abc: 'Grève à Montbrison' });
  });

  it("joins a backup's choices to the device's: the reader's choices here are never changed", () => {
    const local: StoryChoices = { names: { s1abc: 'Mine' }, placed: { 'https://a.example/1': null, 'https://a.example/2': 's1abc' } };
    const imported: StoryChoices = {
      names: { s1abc: 'Theirs', s2abc: 'New' },
      placed: { 'https://a.example/1': 's1abc', 'https://a.example/3': 's2abc' },
    };
    expect(mergeChoices(local, imported)).toEqual({
      names: { s1abc: 'Mine', s2abc: 'New' },
      placed: { 'https://a.example/1': null, 'https://a.example/2': 's1abc', 'https://a.example/3': 's2abc' },
    });
    // The same backup again changes nothing.
    const once = mergeChoices(local, imported);
    expect(mergeChoices(once, imported)).toEqual(once);
  });
});
