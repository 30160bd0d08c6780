import { describe, expect, it, afterEach } from 'vitest';
import 'fake-indexeddb/auto'; // the global IDB classes idb's wrapper checks against
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openLibrary, DB_NAME, STORE } from './db';
import { LibraryError } from './types';
import { sampleArticle, sampleArticles } from '../../../tests/support/sample-articles';

const fresh = () => openLibrary(new IDBFactory());

describe('library storage', () => {
  const realPut = IDBObjectStore.prototype.put;
  afterEach(() => {
    IDBObjectStore.prototype.put = realPut;
  });

  it('saving the same URL again updates one entry and keeps the first savedAt', async () => {
    const lib = await fresh();
    const a = sampleArticle(1);
    await lib.saveArticle({ ...a, tags: ['x'] });
    await lib.setRead(a.url, true);
    const again = await lib.saveArticle({ ...a, title: 'New title', savedAt: a.savedAt + 5000, updatedAt: a.savedAt + 9000, tags: ['y'] });
    expect(await lib.countArticles()).toBe(1);
    const got = await lib.getArticle(a.url);
    expect(got).toEqual(again);
    expect(got!.title).toBe('New title');
    expect(got!.savedAt).toBe(a.savedAt);
    expect(got!.updatedAt).toBeGreaterThanOrEqual(a.savedAt + 9000);
    expect(got!.read).toBe(true);
    expect(got!.tags).toEqual(['x', 'y']);
  });

  it('lists newest first with paging, filters, tags and search', async () => {
    const lib = await fresh();
    await lib.importArticles(sampleArticles(120));
    const first = await lib.listArticles({ limit: 10 });
    expect(first.total).toBe(120);
    expect(first.items.map((a) => a.url)).toEqual(
      sampleArticles(120)
        .sort((a, b) => b.savedAt - a.savedAt)
        .slice(0, 10)
        .map((a) => a.url),
    );
    const second = await lib.listArticles({ offset: 10, limit: 10 });
    expect(second.items[0]!.savedAt).toBeLessThan(first.items[9]!.savedAt);

    const read = await lib.listArticles({ filter: 'read', limit: 200 });
    expect(read.total).toBe(24);
    expect(read.items.every((a) => a.read)).toBe(true);
    const unread = await lib.listArticles({ filter: 'unread', limit: 5 });
    expect(unread.total).toBe(96);

    const hit = await lib.listArticles({ query: 'STORY 77:' });
    expect(hit.items.map((a) => a.url)).toEqual([sampleArticle(77).url]);
    const bySite = await lib.listArticles({ query: 'euobserver', limit: 500 });
    expect(bySite.total).toBe(20);
    const byText = await lib.listArticles({ query: 'paragraph 3 of story 101' });
    expect(byText.total).toBe(1);
    const tagged = await lib.listArticles({ tag: 'WORLD', limit: 500 });
    expect(tagged.total).toBe(60);
    expect(await lib.listTags()).toContain('world');
  });

  it('keeps filter totals right through saves, read changes, deletes, restores and imports', async () => {
    const factory = new IDBFactory();
    const lib = await openLibrary(factory);
    const totals = async () => {
      const [a, u, r] = await Promise.all((['all', 'unread', 'read'] as const).map((filter) => lib.listArticles({ filter, limit: 1 })));
      return [a!.total, u!.total, r!.total];
    };
    expect(await totals()).toEqual([0, 0, 0]);
    await lib.importArticles(sampleArticles(10)); // 0 and 5 are read
    expect(await totals()).toEqual([10, 8, 2]);
    await lib.saveArticle(sampleArticle(3)); // again: no new entry
    await lib.saveArticle(sampleArticle(10)); // a new entry, saved as read
    expect(await totals()).toEqual([11, 8, 3]);
    await lib.setRead(sampleArticle(1).url, true);
    await lib.setRead(sampleArticle(1).url, true);
    expect(await totals()).toEqual([11, 7, 4]);
    const gone = await lib.deleteArticle(sampleArticle(0).url);
    expect(await totals()).toEqual([10, 7, 3]);
    await lib.restoreArticle(gone!);
    expect(await totals()).toEqual([11, 7, 4]);
    await lib.importArticles(sampleArticles(12)); // adds 11 (unread)
    expect(await totals()).toEqual([12, 8, 4]);
    // The totals live in the database: another handle sees the same.
    const other = await openLibrary(factory);
    expect((await other.listArticles({ filter: 'unread' })).total).toBe(8);
    expect(await other.countArticles()).toBe(12);
  });

  it('search sees writes made through another handle', async () => {
    const factory = new IDBFactory();
    const page = await openLibrary(factory);
    const background = await openLibrary(factory);
    await page.saveArticle(sampleArticle(1));
    expect((await page.listArticles({ query: 'story' })).total).toBe(1);
    await background.saveArticle(sampleArticle(2));
    expect((await page.listArticles({ query: 'story' })).total).toBe(2);
    await page.setRead(sampleArticle(2).url, true);
    expect((await page.listArticles({ query: 'story', filter: 'read' })).total).toBe(1);
  });

  it('delete returns the record and restore puts it back unchanged', async () => {
    const lib = await fresh();
    const a = await lib.saveArticle(sampleArticle(3));
    const gone = await lib.deleteArticle(a.url);
    expect(gone).toEqual(a);
    expect(await lib.getArticle(a.url)).toBeUndefined();
    await lib.restoreArticle(gone!);
    expect(await lib.getArticle(a.url)).toEqual(a);
    expect(await lib.deleteArticle('https://nope.example/')).toBeUndefined();
  });

  it('a quota error is a typed error and loses nothing already saved', async () => {
    const lib = await fresh();
    await lib.importArticles(sampleArticles(5));
    const before = await lib.allArticles();
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // Let two writes through, then run out of room, in the middle of an import.
      if (++calls > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    } as IDBObjectStore['put'];
    const err = await lib.importArticles(sampleArticles(20).map((a) => ({ ...a, title: 'changed' }))).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('quota');
    expect(err.message).toMatch(/no room/i);
    const err2 = await lib.saveArticle(sampleArticle(99)).catch((e) => e);
    expect(err2.code).toBe('quota');
    IDBObjectStore.prototype.put = realPut;
    expect(await lib.allArticles()).toEqual(before);
    expect(await lib.countArticles()).toBe(5);
  });

  it('a corrupt record is skipped with a message and the rest kept', async () => {
    const factory = new IDBFactory();
    const lib = await openLibrary(factory);
    await lib.importArticles(sampleArticles(3));
    const savedAt = Date.UTC(2030, 0, 1);
    await lib.saveArticle({ ...sampleArticle(50), url: 'https://broken.example/', savedAt });
    // Damage one record behind the library's back.
    const raw = await new Promise<IDBDatabase>((res, rej) => {
      const r = factory.open(DB_NAME);
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise<void>((res) => {
      const tx = raw.transaction(STORE, 'readwrite');
      // A saved record (it keeps its index field) whose tags were damaged.
      tx.objectStore(STORE).put({ url: 'https://broken.example/', savedAt, _n: -savedAt, tags: 'not-a-list' });
      // And one so damaged that no index holds it: found by a full read.
      tx.objectStore(STORE).put({ url: 'https://worse.example/', title: 42 });
      tx.oncomplete = () => res();
    });
    const list = await lib.listArticles();
    expect(list.items).toHaveLength(3);
    expect(list.skipped).toHaveLength(1);
    expect(list.skipped[0]!.message).toMatch(/broken\.example.*damaged/);
    const searched = await lib.listArticles({ query: 'story' });
    expect(searched.items).toHaveLength(3);
    expect(searched.skipped.map((s) => s.key)).toEqual(['https://broken.example/']);
    const all = await lib.allArticles();
    expect(all.items).toHaveLength(3);
    expect(all.skipped).toHaveLength(2);
    expect(await lib.countArticles()).toBe(5); // nothing was deleted
    await expect(lib.getArticle('https://broken.example/')).rejects.toMatchObject({ code: 'corrupt' });
    // Deleted on request after a full read (the list page groups its stories from one): no longer listed as damaged.
    await lib.deleteArticle('https://worse.example/');
    expect((await lib.listArticles({ query: 'story' })).skipped.map((s) => s.key)).toEqual(['https://broken.example/']);
    expect((await lib.allArticles()).skipped.map((s) => s.key)).toEqual(['https://broken.example/']);
  });

  it('upgrading a version 1 database keeps every article and lists them newest first', async () => {
    const factory = new IDBFactory();
    const old = await new Promise<IDBDatabase>((res, rej) => {
      const r = factory.open(DB_NAME, 1);
      r.onupgradeneeded = () => {
        const st = r.result.createObjectStore(STORE, { keyPath: 'url' });
        st.createIndex('savedAt', 'savedAt');
        st.createIndex('unread', '_unread');
        st.createIndex('read', '_read');
        r.result.createObjectStore('meta');
      };
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const arts = sampleArticles(12);
    await new Promise<void>((res) => {
      const tx = old.transaction(STORE, 'readwrite');
      for (const a of arts) tx.objectStore(STORE).put({ ...a, ...(a.read ? { _read: a.savedAt } : { _unread: a.savedAt }) });
      tx.oncomplete = () => res();
    });
    old.close();
    const lib = await openLibrary(factory);
    const list = await lib.listArticles({ limit: 100 });
    expect(list.items.map((a) => a.url)).toEqual([...arts].reverse().map((a) => a.url));
    expect((await lib.listArticles({ filter: 'read' })).total).toBe(arts.filter((a) => a.read).length);
    expect(await lib.getArticle(arts[3]!.url)).toEqual(arts[3]);
    // Their search rows were built during the upgrade.
    expect((await lib.listArticles({ query: 'story 7:' })).items.map((a) => a.url)).toEqual([arts[7]!.url]);
  });

  it('renames a tag on every article that has it, merging with the new name, and removes it with an empty name', async () => {
    const lib = await fresh();
    await lib.importArticles([
      { ...sampleArticle(1), tags: ['France', 'news'] },
      { ...sampleArticle(2), tags: ['france', 'europe'] },
      { ...sampleArticle(3), tags: ['sport'] },
    ]);
    expect(await lib.listTags()).toEqual(['europe', 'france', 'news', 'sport']);
    expect(await lib.renameTag('FRANCE', 'Europe')).toBe(2);
    expect((await lib.getArticle(sampleArticle(1).url))!.tags).toEqual(['europe', 'news']);
    expect((await lib.getArticle(sampleArticle(2).url))!.tags).toEqual(['europe']);
    expect((await lib.getArticle(sampleArticle(3).url))!.tags).toEqual(['sport']);
    expect((await lib.listArticles({ tag: 'europe' })).total).toBe(2);
    expect(await lib.renameTag('news', '')).toBe(1);
    expect(await lib.listTags()).toEqual(['europe', 'sport']);
    expect(await lib.renameTag('nothing', 'x')).toBe(0);
  });

  it('tag edits on one article keep one form, and the filter finds them', async () => {
    const lib = await fresh();
    await lib.saveArticle(sampleArticle(1));
    const a = await lib.setTags(sampleArticle(1).url, ['Energy, Kazakhstan', '#Energy']);
    expect(a.tags).toEqual(['energy', 'kazakhstan']);
    expect((await lib.listArticles({ tag: 'Kazakhstan' })).items.map((x) => x.url)).toEqual([a.url]);
    expect(await lib.listTags()).toEqual(['energy', 'kazakhstan']);
  });
});

describe('merging a copy of an article', () => {
  it('a time in the same second is the local one; an earlier save wins; read stays read; tags unite', async () => {
    const { mergeArticle } = await import('./merge');
    const local = { ...sampleArticle(1), savedAt: 1_700_000_000_789, updatedAt: 1_700_000_100_789, read: false, tags: ['a'] };
    const fromCsv = { ...local, savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, read: true, tags: ['A', 'b'] };
    const m = mergeArticle(local, fromCsv);
    expect([m.savedAt, m.updatedAt, m.read, m.tags]).toEqual([1_700_000_000_789, 1_700_000_100_789, true, ['a', 'b']]);
    const earlier = mergeArticle(local, { ...local, savedAt: 1_600_000_000_000 });
    expect(earlier.savedAt).toBe(1_600_000_000_000);
  });
});
