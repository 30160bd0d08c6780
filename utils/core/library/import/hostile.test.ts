import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { strFromU8, unzipSync } from 'fflate';
import { parseImport } from './index';
import { importFile } from './into-library';
import { openLibrary, DB_NAME, STORE } from '../db';
import { exportNetscape } from '../export/netscape';
import { exportMarkdownSingle, exportMarkdownZip } from '../export/markdown';
import { exportEpub } from '../export/epub';
import { exportJson } from '../export/json';
import { sanitizeArticleHtml } from '../../extract/sanitize';
import { sampleArticle } from '../../../../tests/support/sample-articles';
import en from '../../../../public/_locales/en/messages.json';
import { fillMessage } from '../../i18n/messages';
import type { ImportNote } from './types';

const NOW = Date.UTC(2026, 0, 1);
/** The warnings as an English browser shows them in the list's "From the last import" box. */
const inEnglish = (notes: ImportNote[]) =>
  notes.map((n) => `${n.file ? `${n.file}: ` : ''}${fillMessage(en[n.key].message, (n.subs ?? []).map(String))}`);
const bytes = (s: string) => new TextEncoder().encode(s);
const window = new JSDOM('').window as unknown as Window & typeof globalThis;
const sanitize = (htmls: string[]) => htmls.map((h) => sanitizeArticleHtml(h, window));
const sift = (articles: unknown[]) => JSON.stringify({ format: 'sift-library', version: 1, exportedAt: '2026-01-01T00:00:00Z', articles });
const bookmark = (attrs: string, title = 'A story') =>
  `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://a.example/story" ${attrs}>${title}</A>\n</DL><p>\n`;

describe('one bad date cannot break the list', () => {
  it('a bookmarks file: an ADD_DATE out of range is replaced by the import time, with a warning', () => {
    const r = parseImport(bytes(bookmark('ADD_DATE="9999999999999999999999"')), NOW);
    expect(r.articles[0]!.savedAt).toBe(NOW);
    expect(inEnglish(r.warnings)).toEqual([
      'Line 3: ADD_DATE "9999999999999999999999" is not a time between 1970 and 2099; the time of the import was used.',
    ]);
    // Not a number at all, or beyond 2099 in seconds: the same.
    expect(parseImport(bytes(bookmark('ADD_DATE="soon"')), NOW).articles[0]!.savedAt).toBe(NOW);
    expect(parseImport(bytes(bookmark('ADD_DATE="4102444800"')), NOW).articles[0]!.savedAt).toBe(NOW);
    // In range, in seconds, milliseconds or microseconds: kept.
    for (const t of ['1704067200', '1704067200000', '1704067200000000'])
      expect(parseImport(bytes(bookmark(`ADD_DATE="${t}"`)), NOW).articles[0]!.savedAt).toBe(1704067200000);
  });

  it('a Pocket or Instapaper CSV: a time that is no Unix time between 1970 and 2099 is refused with its line', () => {
    const pocket = (t: string) => bytes(`title,url,time_added,tags,status\nA,https://a.example/,${t},,unread\n`);
    expect(() => parseImport(pocket('1e25'))).toThrow(/^Line 2: time_added should be a Unix time between 1970 and 2099, found "1e25"/);
    expect(() => parseImport(pocket('99999999999999999999'))).toThrow(/^Line 2: time_added should be a Unix time/);
    expect(parseImport(pocket('1700000000'), NOW).articles[0]!.savedAt).toBe(1700000000000);
    const insta = (t: string) => bytes(`URL,Title,Selection,Folder,Timestamp,Tags\nhttps://a.example/,A,,Unread,${t},[]\n`);
    expect(() => parseImport(insta('1e25'))).toThrow(/^Line 2: Timestamp should be a Unix time between 1970 and 2099/);
  });

  it('a Sift backup: savedAt 1e300 (or a negative, or a string) is refused, and nothing is imported', () => {
    for (const savedAt of [1e300, -5, '2025-01-01', Number.MAX_VALUE]) {
      expect(() => parseImport(bytes(sift([sampleArticle(1), { ...sampleArticle(2), savedAt }])))).toThrow(
        /^Article 2: it has no valid savedAt time \(a time between 1970 and 2099\)\. Nothing was imported\./,
      );
    }
    expect(() => parseImport(bytes(sift([{ ...sampleArticle(2), updatedAt: 1e300 }])))).toThrow(/^Article 1: its updatedAt/);
  });

  it('an Omnivore item with a date out of range gets the import time, with a warning', () => {
    const r = parseImport(bytes(JSON.stringify([{ url: 'https://a.example/', slug: 'a', savedAt: '+275760-09-13T00:00:00.000Z' }])), NOW);
    expect(r.articles[0]!.savedAt).toBe(NOW);
    expect(inEnglish(r.warnings)[0]).toMatch(/^Item 1: savedAt .* is not a date between 1970 and 2099/);
  });

  it('a record damaged in storage is listed as damaged, and the rest of the list still shows', async () => {
    const factory = new IDBFactory();
    const lib = await openLibrary(factory);
    await lib.importArticles([sampleArticle(1), sampleArticle(2)]);
    const raw = await new Promise<IDBDatabase>((res) => {
      const r = factory.open(DB_NAME);
      r.onsuccess = () => res(r.result);
    });
    await new Promise<void>((res) => {
      const tx = raw.transaction(STORE, 'readwrite');
      // What an older Sift stored from an import: a time no date formatter can show.
      tx.objectStore(STORE).put({ ...sampleArticle(3), savedAt: 1e300, _n: -1e300, _u: -1e300 });
      tx.oncomplete = () => res();
    });
    raw.close();
    const list = await lib.listArticles();
    expect(list.items.map((a) => a.url)).toEqual([sampleArticle(2).url, sampleArticle(1).url]);
    expect(list.skipped).toEqual([
      {
        key: sampleArticle(3).url,
        message: `A saved article (${sampleArticle(3).url}) is damaged and was skipped: it has no valid savedAt time (a time between 1970 and 2099).`,
      },
    ]);
    // And every item the list hands out can be shown with a date.
    for (const a of list.items) expect(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(a.savedAt)).not.toThrow();
  });
});

describe('imported articles are checked and sanitised like saved ones', () => {
  it('javascript: and data: addresses are skipped with a warning, and never reach the bookmarks export', async () => {
    const file = sift([
      { ...sampleArticle(1), url: 'javascript:alert(document.cookie)' },
      { ...sampleArticle(2), url: 'data:text/html,<script>alert(1)</script>' },
      { ...sampleArticle(3), url: '  JAVASCRIPT:alert(1)' },
      sampleArticle(4),
    ]);
    const r = parseImport(bytes(file), NOW);
    expect(r.articles.map((a) => a.url)).toEqual([sampleArticle(4).url]);
    expect(inEnglish(r.warnings)).toHaveLength(3);
    expect(inEnglish(r.warnings)[0]).toMatch(/^Article 1: skipped, "javascript:alert\(document\.cookie\)" is not a web address\.$/);
    const lib = await openLibrary(new IDBFactory());
    await importFile(new Blob([file]), lib, sanitize);
    expect(exportNetscape((await lib.allArticles()).items, NOW).data).not.toMatch(/javascript:|data:/i);
  });

  it('imported HTML is sanitised before it is stored', async () => {
    const lib = await openLibrary(new IDBFactory());
    const html =
      '<p>Kept <img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">link</a></p><script>alert(2)</script><iframe src="https://evil.example/"></iframe>';
    const outcome = await importFile(new Blob([sift([{ ...sampleArticle(1), html }])]), lib, sanitize);
    expect(outcome.result).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const stored = (await lib.getArticle(sampleArticle(1).url))!.html;
    expect(stored).toBe('<p>Kept  <a>link</a></p>');
    // The same file again: the sanitised copy is what is there, so nothing changes.
    expect((await importFile(new Blob([sift([{ ...sampleArticle(1), html }])]), lib, sanitize)).result).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('fields out of range are cut or dropped: huge titles, bad languages and dates, facts that do not point at their quote', () => {
    const a = sampleArticle(3);
    const r = parseImport(
      bytes(
        sift([
          {
            ...a,
            title: 'T'.repeat(10_000),
            lang: '<script>',
            dir: 'sideways',
            published: '2022-13-45',
            wordCount: -1 >>> 0,
            facts: [
              ...a.facts,
              { type: 'date', value: '2025', quote: 'nowhere', start: 1e9, end: 2e9 },
              { type: 'evil', quote: '', start: 0, end: 0 },
            ],
            extra: 'dropped',
          },
        ]),
      ),
      NOW,
    );
    const got = r.articles[0]!;
    expect(got.title).toHaveLength(2000);
    expect([got.lang, got.dir, got.published]).toEqual([null, null, null]);
    expect(got.facts).toEqual(a.facts);
    expect('extra' in got).toBe(false);
  });

  it('a body nested 100,000 elements deep imports, and every export of the library still works', async () => {
    const deep = '<div>'.repeat(100_000) + '<p>Deep paragraph.</p>' + '</div>'.repeat(100_000);
    const lib = await openLibrary(new IDBFactory());
    // Stored as a page's would be after the browser's parser (which nests no deeper than 512): exporters must cope either way.
    await importFile(new Blob([sift([{ ...sampleArticle(1), html: deep }, sampleArticle(2)])]), lib, (h) => h);
    const items = (await lib.allArticles()).items;
    expect(items).toHaveLength(2);
    const zip = unzipSync(exportMarkdownZip(items, { now: NOW }).data as Uint8Array);
    expect(
      Object.values(zip)
        .map((f) => strFromU8(f))
        .join('\n'),
    ).toContain('Deep paragraph.');
    expect(exportMarkdownSingle(items, { now: NOW }).data).toContain('Deep paragraph.');
    const book = unzipSync(exportEpub(items, undefined, { now: NOW, id: 'urn:uuid:0' }).data as Uint8Array);
    expect(Object.keys(book).filter((k) => /a\d+\.xhtml$/.test(k))).toHaveLength(2);
    expect(JSON.parse(exportJson(items, NOW).data as string).articles).toHaveLength(2);
  });
});

describe('bookmarks: what Sift writes is read back', () => {
  it('TOREAD, TIME_ADDED, LAST_MODIFIED and the <DD> excerpt', () => {
    const file = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
    <DT><A HREF="https://a.example/1" TIME_ADDED="1700000000" LAST_MODIFIED="1700000500" TOREAD="0">Read one</A>
    <DD>Its &lt;excerpt&gt;,
    over two lines
    <DT><A HREF="https://a.example/2" ADD_DATE="1700000100" TOREAD="1">Unread one</A>
    <DT><A HREF="javascript:void(0)">Bookmarklet</A>
    <DD>Not an article's description
    <DT><A HREF="https://a.example/3" ADD_DATE="1700000200"></A>
</DL><p>
`;
    const r = parseImport(bytes(file), NOW);
    expect(r.articles.map((a) => [a.url, a.title, a.read, a.savedAt, a.updatedAt, a.excerpt])).toEqual([
      ['https://a.example/1', 'Read one', true, 1700000000000, 1700000500000, 'Its <excerpt>, over two lines'],
      ['https://a.example/2', 'Unread one', false, 1700000100000, 1700000100000, null],
      // In a file that uses TOREAD, a link without it is read (Pinboard's convention); an untitled link stays untitled.
      ['https://a.example/3', '', true, 1700000200000, 1700000200000, null],
    ]);
    expect(inEnglish(r.warnings)).toEqual(['Line 7: skipped, "javascript:void(0)" is not a web address.']);
  });

  it('counts lines right in a file of 10,000 links', () => {
    const links = Array.from({ length: 10_000 }, (_, i) =>
      i === 9_998 ? '<DT><A HREF="place:x">Query</A>' : `<DT><A HREF="https://a.example/${i}" ADD_DATE="1700000000">Story ${i}</A>`,
    );
    const r = parseImport(bytes(`<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${links.join('\n')}\n</DL><p>\n`), NOW);
    expect(r.articles).toHaveLength(9_999);
    expect(inEnglish(r.warnings)).toEqual(['Line 10001: skipped, "place:x" is not a web address.']);
  });
});

describe('sanitising an import', () => {
  it('sanitises only the bodies the list will keep, and says how far it has got', async () => {
    const lib = await openLibrary(new IDBFactory());
    const mine = sampleArticle(1);
    await lib.saveArticle(mine);
    const longer = { ...sampleArticle(2), text: sampleArticle(2).text + ' More text.' };
    const seen: { htmls: string[]; done: number; total: number }[] = [];
    const file = sift([{ ...mine, html: '<p>other copy<script>x</script></p>' }, longer, sampleArticle(3)]);
    await importFile(new Blob([file]), lib, (htmls, p) => {
      seen.push({ htmls, ...p });
      return sanitize(htmls);
    });
    // The local copy of article 1 has as much text: its own body stays, the file's is never stored.
    expect(seen.map((s) => [s.htmls.length, s.done, s.total])).toEqual([[2, 0, 2]]);
    expect((await lib.getArticle(mine.url))!.html).toBe(mine.html);
    expect((await lib.getArticle(longer.url))!.text).toBe(longer.text);
  });
});
