/**
 * Property test of the exports and imports: for random articles (any Unicode, any
 * tag, any time in range; tests/support/random-articles.ts, seeded), every format
 * that Sift reads back gives back every field it carries, and importing it into the
 * list it came from changes nothing. The formats Sift does not read back (Markdown,
 * EPUB) keep their properties exact and their files well-formed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { strFromU8, unzipSync } from 'fflate';
import { openLibrary, type Library } from './db';
import type { SavedArticle } from './types';
import { parseImport } from './import';
import { sanitizeImport } from './import/sanitize';
import { importFile } from './import/into-library';
import { exportJson } from './export/json';
import { exportInstapaperCsv, exportPocketCsv } from './export/csv';
import { exportNetscape } from './export/netscape';
import { exportMarkdownSingle, exportMarkdownZip, obsidianDateTime, obsidianTag } from './export/markdown';
import { exportEpub } from './export/epub';
import { MAX_NAME_BYTES } from './export/filenames';
import { sanitizeArticleHtml } from '../extract/sanitize';
import { Gen, randomArticle, rng } from '../../../tests/support/random-articles';

const window = new JSDOM('').window;
const sanitize = (htmls: string[]) => htmls.map((h) => sanitizeArticleHtml(h, window as unknown as Window & typeof globalThis));
const NOW = Date.UTC(2026, 0, 1);
const SEEDS = [1, 2, 3];
const PER_SEED = 60;

/** The random articles as the library keeps them: imported through a Sift backup, then read back. */
async function libraryOf(seed: number): Promise<{ lib: Library; items: SavedArticle[] }> {
  const g = new Gen(rng(seed));
  const articles = Array.from({ length: PER_SEED }, (_, i) => randomArticle(g, i));
  const lib = await openLibrary(new IDBFactory());
  const outcome = await importFile(new Blob([exportJson(articles, NOW).data as string]), lib, sanitize);
  expect(outcome.skipped, outcome.warnings.join('\n')).toBe(0);
  const { items, skipped } = await lib.allArticles();
  expect(skipped).toEqual([]);
  expect(items).toHaveLength(PER_SEED);
  return { lib, items };
}

const sec = (ms: number) => Math.floor(ms / 1000);
const byUrl = <T extends { url: string }>(xs: T[]) => [...xs].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

/** What each format carries of an article, as it must come back. */
const CARRIED: Record<string, { make: (a: SavedArticle[]) => string | Uint8Array; fields: (a: SavedArticle) => unknown[] }> = {
  json: { make: (a) => exportJson(a, NOW).data, fields: (a) => [a] },
  pocket: { make: (a) => exportPocketCsv(a, NOW).data, fields: (a) => [a.url, a.title, sec(a.savedAt), a.tags, a.read] },
  instapaper: {
    make: (a) => exportInstapaperCsv(a, NOW).data,
    fields: (a) => [a.url, a.title, a.excerpt, a.read, sec(a.savedAt), a.tags],
  },
  bookmarks: {
    make: (a) => exportNetscape(a, NOW).data,
    fields: (a) => [a.url, a.title, sec(a.savedAt), sec(a.updatedAt), a.tags, a.read, a.excerpt],
  },
};

describe.each(SEEDS)('random articles, seed %i', (seed) => {
  it.each(Object.keys(CARRIED))(
    '%s: export then import gives back every field it carries, and re-importing changes nothing',
    async (format) => {
      const { lib, items } = await libraryOf(seed);
      const { make, fields } = CARRIED[format]!;
      const data = make(items);
      const parsed = await sanitizeImport(parseImport(typeof data === 'string' ? new TextEncoder().encode(data) : data, NOW), sanitize);
      expect(parsed.warnings).toEqual([]);
      expect(byUrl(parsed.articles).map(fields)).toEqual(byUrl(items).map(fields));
      expect(await lib.importArticles(parsed.articles)).toEqual({ added: 0, updated: 0, unchanged: PER_SEED });
      expect((await lib.allArticles()).items).toEqual(items);
    },
  );

  it('Markdown: the properties read back exactly, names are safe, and nothing is left for Templater to run', async () => {
    const { items } = await libraryOf(seed);
    const files = unzipSync(exportMarkdownZip(items, { now: NOW, timeZone: 'utc' }).data as Uint8Array);
    const names = Object.keys(files);
    expect(names).toHaveLength(items.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const notes = new Map<string, string>();
    for (const n of names) {
      expect(new TextEncoder().encode(n).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(n).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\\/:*?"<>|#^[\]]/);
      expect(n).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i);
      const text = strFromU8(files[n]!);
      expect(text).not.toContain('<%');
      const props = new Map<string, unknown>();
      const lines = text.split('\n');
      expect(lines[0]).toBe('---');
      let list: string[] | null = null;
      for (const line of lines.slice(1, lines.indexOf('---', 1))) {
        const item = /^ {2}- (".*")$/.exec(line);
        if (item && list) list.push(JSON.parse(item[1]!));
        else {
          const [, key, value] = /^(\w+):(?: (.*))?$/.exec(line)!;
          list = value === undefined ? [] : null;
          props.set(key!, list ?? (value!.startsWith('"') ? JSON.parse(value!) : value));
        }
      }
      notes.set(props.get('source') as string, text);
      const a = items.find((x) => x.url === props.get('source'))!;
      expect(a, n).toBeDefined();
      expect(props.get('title')).toBe(a.title);
      expect(props.get('author')).toBe(a.byline ?? undefined);
      expect(props.get('site')).toBe(a.siteName ?? undefined);
      expect(props.get('summary')).toBe(a.summary.length ? a.summary.join(' ') : undefined);
      expect(props.get('created')).toBe(obsidianDateTime(a.savedAt, 'utc'));
      expect(props.get('read')).toBe(String(a.read));
      const tags = props.get('tags');
      expect(tags === '[]' ? [] : tags).toEqual([...new Set(a.tags.map(obsidianTag).filter(Boolean))]);
      for (const t of tags === '[]' ? [] : (tags as string[]))
        expect(t).toMatch(/^[\p{L}\p{M}\p{N}_\-/]*[^\p{N}/][\p{L}\p{M}\p{N}_\-/]*$/u);
    }
    expect(notes.size).toBe(items.length);
    expect(exportMarkdownSingle(items, { now: NOW }).data).not.toContain('<%');
  });

  it('EPUB: every page is well-formed XML and carries the title', async () => {
    const { items } = await libraryOf(seed);
    const book = unzipSync(exportEpub(items, undefined, { now: NOW, id: 'urn:uuid:0' }).data as Uint8Array);
    const xml = new window.DOMParser();
    items.forEach((a, i) => {
      const page = strFromU8(book[`OEBPS/a${String(i + 1).padStart(5, '0')}.xhtml`]!);
      const doc = xml.parseFromString(page, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), page).toHaveLength(0);
      expect(doc.getElementsByTagName('h1')[0]!.textContent).toBe(
        a.title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') || 'Untitled',
      );
    });
    for (const f of ['OEBPS/nav.xhtml', 'OEBPS/content.opf'])
      expect(xml.parseFromString(strFromU8(book[f]!), 'application/xml').getElementsByTagName('parsererror')).toHaveLength(0);
  });
});
