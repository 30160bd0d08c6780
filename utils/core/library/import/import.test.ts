import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImport, ImportError } from './index';
import { openLibrary } from '../db';
import { exportJson } from '../export/json';
import { exportPocketCsv, exportInstapaperCsv } from '../export/csv';
import { exportNetscape } from '../export/netscape';
import { sampleArticle, sampleArticles } from '../../../../tests/support/sample-articles';

const DIR = join(__dirname, '../../../../tests/fixtures/import');
const NOW = Date.UTC(2026, 0, 1);
const read = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));
const bytes = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

describe('import: golden files', () => {
  for (const f of [
    'pocket.csv',
    'pocket-cursor.csv',
    'instapaper.csv',
    'instapaper-4col.csv',
    'bookmarks.html',
    'pocket-ril.html',
    'sift.json',
    'pocket-export.zip',
    'raindrop.csv',
    'omnivore-export.zip',
  ]) {
    it(f, () => {
      const golden = join(DIR, f.replace(/\.[^.]+$/, '') + '.expected.json');
      // UPDATE_GOLDEN=1 rewrites the expected files; review their diff before committing.
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, JSON.stringify(parseImport(read(f), NOW), null, 2) + '\n');
      expect(parseImport(read(f), NOW)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});

describe('import: Raindrop and Omnivore, the services readers left Pocket and Omnivore for', () => {
  it('reads Raindrop tags, folder and favourite as tags, and its ISO dates', () => {
    const r = parseImport(read('raindrop.csv'), NOW);
    expect(r.format).toBe('raindrop-csv');
    expect(r.articles.map((a) => a.tags)).toEqual([['energy', 'central asia'], ['news/world', 'favorite'], ['+odd']]);
    expect(new Date(r.articles[0]!.savedAt).toISOString()).toBe('2024-10-01T08:30:00.000Z');
    // Raindrop keeps no read state.
    expect(r.articles.every((a) => !a.read)).toBe(true);
  });

  it("reads Omnivore's metadata and leaves its page copies and highlights alone", () => {
    const r = parseImport(read('omnivore-export.zip'), NOW);
    expect(r.format).toBe('omnivore');
    expect(r.articles.map((a) => [a.title, a.read, a.byline, a.published])).toEqual([
      ['Kazakhstan votes on nuclear plant', true, 'Jane Doe', '2024-09-30'],
      ['Talks resume, envoy says "cautious"', false, null, null],
    ]);
    expect(r.articles.every((a) => a.html === '')).toBe(true);
  });

  it('rejects a Raindrop row with a date that is not one, with its line', () => {
    const csv =
      'id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n1,T,,,https://example.org/a,Unsorted,,yesterday,,,false\n';
    expect(() => parseImport(bytes(csv), NOW)).toThrow(/^Line 2: created should be a date/);
  });

  it('a JSON list that is not Omnivore metadata is refused as foreign', () => {
    expect(() => parseImport(bytes('[{"href":"https://example.org/"}]'), NOW)).toThrow(
      /Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file/,
    );
  });
});

describe('import: broken or foreign files are rejected with a reason', () => {
  const cases: [string, RegExp][] = [
    ['broken-quote.csv', /^Line 3: a quote inside an unquoted field/],
    ['missing-columns.csv', /^Line 3: expected 5 columns, found 2/],
    ['unclosed-quote.csv', /^Line 2: a quoted field is never closed/],
    ['latin1.csv', /^The file is not UTF-8 text/],
    ['truncated.json', /^The JSON file is cut off/],
    ['foreign.json', /Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file/],
    ['notes.txt', /^Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file/],
    ['truncated.zip', /^The \.zip file is damaged or cut off\. Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file/],
  ];
  for (const [f, msg] of cases) {
    it(f, () => {
      expect(() => parseImport(read(f), NOW)).toThrow(ImportError);
      expect(() => parseImport(read(f), NOW)).toThrow(msg);
    });
  }

  it('rejects bad values with their line', () => {
    expect(() => parseImport(bytes('title,url,time_added,tags,status\nA,https://a.example/,soon,,unread\n'))).toThrow(
      /^Line 2: time_added/,
    );
    expect(() => parseImport(bytes('title,url,time_added,tags,status\nA,https://a.example/,1,,deleted\n'))).toThrow(/^Line 2: status/);
    expect(() => parseImport(bytes('URL,Title,Selection,Folder,Timestamp,Tags\nhttps://a.example/,A,,Unread,1,not json\n'))).toThrow(
      /^Line 2: Tags/,
    );
    expect(() => parseImport(bytes('{"format":"sift-library","version":1,"articles":[{"title":"no url","savedAt":1}]}'))).toThrow(
      /^Article 1: it has no url/,
    );
    expect(() => parseImport(bytes('{"format":"sift-library","version":9,"articles":[]}'))).toThrow(/newer Sift/);
    expect(() => parseImport(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toThrow(/not UTF-8/);
  });

  it('a rejected file changes nothing in the library', async () => {
    const lib = await openLibrary(new IDBFactory());
    await lib.importArticles(sampleArticles(3));
    const before = await lib.allArticles();
    try {
      await lib.importArticles(parseImport(read('missing-columns.csv')).articles);
    } catch {
      /* expected */
    }
    expect(await lib.allArticles()).toEqual(before);
  });
});

describe('import: round trips and merging', () => {
  it('Sift JSON export then import round-trips 10,000 articles unchanged', async () => {
    const articles = sampleArticles(10_000, 2);
    const src = await openLibrary(new IDBFactory());
    await src.importArticles(articles);
    const { items } = await src.allArticles();
    expect(items).toHaveLength(10_000);
    const file = exportJson(items, NOW);
    const parsed = parseImport(bytes(file.data), NOW);
    expect(parsed.format).toBe('sift');
    const dst = await openLibrary(new IDBFactory());
    const res = await dst.importArticles(parsed.articles);
    expect(res).toEqual({ added: 10_000, updated: 0, unchanged: 0 });
    const back = await dst.allArticles();
    expect(back.items).toEqual(items);
    expect(back.skipped).toEqual([]);
    // Importing the same file again changes nothing.
    expect(await dst.importArticles(parsed.articles)).toEqual({ added: 0, updated: 0, unchanged: 10_000 });
  }, 60_000);

  it('Pocket CSV, Instapaper CSV and bookmarks exports read back the links, times, tags and read state', () => {
    // "Kazakhstan, energy" is two tags: a comma separates tags everywhere in Sift.
    const arts = sampleArticles(12).map((a, i) => ({ ...a, tags: i % 2 ? ['news', 'kazakhstan', 'energy'] : [] }));
    for (const exp of [exportPocketCsv, exportInstapaperCsv, exportNetscape]) {
      const parsed = parseImport(bytes(exp(arts, NOW).data), NOW);
      expect(parsed.articles.map((a) => [a.url, a.title, a.savedAt - (a.savedAt % 1000), a.read, a.tags])).toEqual(
        arts.map((a) => [a.url, a.title, a.savedAt - (a.savedAt % 1000), a.read, a.tags]),
      );
    }
  });

  it('re-importing a CSV or bookmarks export into the list it came from changes nothing', async () => {
    const lib = await openLibrary(new IDBFactory());
    // Times with milliseconds, tags in two spellings: what a real list holds.
    const arts = sampleArticles(50).map((a, i) => ({
      ...a,
      savedAt: a.savedAt + 123 + i,
      updatedAt: a.updatedAt + 456,
      tags: ['France', 'news'],
    }));
    await lib.importArticles(arts);
    const before = (await lib.allArticles()).items;
    for (const exp of [exportPocketCsv, exportInstapaperCsv, exportNetscape, exportJson]) {
      const parsed = parseImport(bytes(exp(before, NOW).data), NOW);
      expect(await lib.importArticles(parsed.articles), exp.name).toEqual({ added: 0, updated: 0, unchanged: 50 });
    }
    expect((await lib.allArticles()).items).toEqual(before);
    expect(await lib.listTags()).toEqual(['france', 'news']);
  });

  it('merging an import keeps the richer local copy and unions tags', async () => {
    const lib = await openLibrary(new IDBFactory());
    const local = await lib.saveArticle({ ...sampleArticle(1), url: 'https://euobserver.com/world/ar1234', tags: ['mine'], read: false });
    const parsed = parseImport(read('pocket.csv'), NOW);
    const res = await lib.importArticles(parsed.articles);
    expect(res).toEqual({ added: 3, updated: 1, unchanged: 0 });
    const merged = (await lib.getArticle(local.url))!;
    expect(merged.text).toBe(local.text);
    expect(merged.html).toBe(local.html);
    expect(merged.title).toBe(local.title);
    expect(merged.tags).toEqual(['mine', 'energy', 'central asia']);
    expect(merged.read).toBe(true); // archived in Pocket
    expect(merged.savedAt).toBe(Math.min(local.savedAt, 1727000000_000));
  });
});
