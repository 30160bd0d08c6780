/**
 * The reading list in IndexedDB: database 'sift', store 'articles' keyed by URL.
 *
 * Every change runs in one transaction that also bumps a revision number in the 'meta'
 * store, so a failed write (quota, crash) rolls back whole and nothing saved is lost
 * (there is never a clear-then-write). The revision lets each open handle keep an
 * in-memory search index and notice when another page (e.g. the background) wrote.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { checkArticle } from './validate';
import { mergeArticle, sameData } from './merge';
import { compareRows, isRow, queryTerms, rowMatches, toRow, type ReadFilter, type Row } from './search';
import { normalizeTags } from './normalize';
import { LibraryError, toLibraryError, type SavedArticle } from './types';

export const DB_NAME = 'sift';
export const DB_VERSION = 3;
export const STORE = 'articles';
const META = 'meta';
/** One small row per article (search.ts Row): what search and the tag list read, ~1/3 of a full record. */
const SEARCH = 'search';
const SCAN_BATCH = 500;

/**
 * The stored shape. `_n` is -savedAt, so an ascending index walk (getAll, one round
 * trip) lists newest first; reverse cursors cost one round trip per record, which at
 * 10,000 articles was over a second for the first screen in Chromium. `_u` / `_r` hold
 * the same only when the article is unread / read: sparse indexes for the filters
 * (booleans cannot be IndexedDB keys).
 */
type Stored = SavedArticle & { _n: number; _u?: number; _r?: number };

const INDEX: Record<ReadFilter, string> = { all: 'newest', unread: 'newestUnread', read: 'newestRead' };

export interface ListOptions {
  query?: string;
  filter?: ReadFilter;
  tag?: string;
  offset?: number;
  limit?: number;
}

/** A record that could not be read; it stays in the database untouched. */
export interface Skipped {
  key: string;
  message: string;
}

export interface ListResult {
  items: SavedArticle[];
  /** Matches in all (for paging). */
  total: number;
  skipped: Skipped[];
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface Library {
  saveArticle(rec: SavedArticle): Promise<SavedArticle>;
  getArticle(url: string): Promise<SavedArticle | undefined>;
  listArticles(opts?: ListOptions): Promise<ListResult>;
  setRead(url: string, read: boolean): Promise<SavedArticle>;
  setTags(url: string, tags: string[]): Promise<SavedArticle>;
  /** Renames a tag on every article that has it (merging with the new name where both are); '' removes it. Returns how many changed. */
  renameTag(from: string, to: string): Promise<number>;
  /** Removes the article and returns it, for undo (undefined when it was not there). */
  deleteArticle(url: string): Promise<SavedArticle | undefined>;
  /** Puts a deleted article back (merging if it was saved again meanwhile). */
  restoreArticle(rec: SavedArticle): Promise<SavedArticle>;
  /** Every readable article, newest first; damaged records are listed in `skipped`. */
  allArticles(): Promise<{ items: SavedArticle[]; skipped: Skipped[] }>;
  countArticles(): Promise<number>;
  /** A number that changes with every write: what was worked out from the list (its stories) still holds while it is the same. */
  revision(): Promise<number>;
  /** All tags in use, sorted. */
  listTags(): Promise<string[]>;
  /** Merge by URL (see mergeArticle) in one transaction: all or nothing. */
  importArticles(recs: SavedArticle[]): Promise<ImportResult>;
  /** The length of the stored text of each of these URLs that is saved and readable (an import's copy is kept only when longer). */
  storedTextLengths(urls: string[]): Promise<Map<string, number>>;
  close(): void;
}

type DB = IDBPDatabase<unknown>;
type RW = IDBPTransaction<unknown, string[], 'readwrite'>;

/** How many records each newest-first index holds; kept in 'meta' because count() walks the whole index. */
type Counts = Record<ReadFilter, number>;
const COUNT_FIELDS: [ReadFilter, '_n' | '_u' | '_r'][] = [
  ['all', '_n'],
  ['unread', '_u'],
  ['read', '_r'],
];

function isCounts(v: unknown): v is Counts {
  const c = v as Counts | undefined;
  return !!c && typeof c.all === 'number' && typeof c.unread === 'number' && typeof c.read === 'number';
}

function inIndex(raw: unknown, field: string): boolean {
  return !!raw && typeof raw === 'object' && typeof (raw as Record<string, unknown>)[field] === 'number';
}

/** Writes inside one transaction, keeping the index counts in step with them. */
interface Writer {
  store: { get(key: string): Promise<unknown> };
  search: { getAll(): Promise<unknown[]> };
  /** `old` is the record as it was read (undefined when new). */
  put(old: unknown, next: SavedArticle): Promise<unknown>;
  del(old: unknown, key: string): Promise<unknown>;
}

function toStored(a: SavedArticle): Stored {
  const s: Stored = { ...a, _n: -a.savedAt };
  if (a.read) s._r = -a.savedAt;
  else s._u = -a.savedAt;
  return s;
}

function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(STORE, { keyPath: 'url' }).createIndex('savedAt', 'savedAt');
    db.createObjectStore(META);
  }
  const store = tx.objectStore(STORE);
  if (oldVersion < 2) {
    for (const old of ['unread', 'read']) if (store.indexNames.contains(old)) store.deleteIndex(old);
    store.createIndex(INDEX.all, '_n');
    store.createIndex(INDEX.unread, '_u');
    store.createIndex(INDEX.read, '_r');
  }
  if (oldVersion < 3) db.createObjectStore(SEARCH, { keyPath: 'url' });
  // Records from older (development) versions get the new fields and their search row;
  // damaged ones are left as they are. Counts are recounted on the next listing.
  if (oldVersion >= 1 && oldVersion < 3) {
    const search = tx.objectStore(SEARCH);
    tx.objectStore(META).delete('counts');
    const req = store.openCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return;
      const c = checkArticle(cursor.value);
      if (c.ok) {
        cursor.update(toStored(c.value));
        search.put(toRow(c.value));
      }
      cursor.continue();
    };
  }
}

/** Open (creating or upgrading) the library. Pass a factory in tests (fake-indexeddb). */
export async function openLibrary(factory?: IDBFactory): Promise<Library> {
  const f = factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) throw new LibraryError('unsupported');
  // idb recognises requests by the global classes; Node has none until fake-indexeddb/auto installs them.
  if (typeof (globalThis as { IDBRequest?: unknown }).IDBRequest === 'undefined') {
    throw new LibraryError('unsupported', 'IndexedDB classes are missing (in Node, import "fake-indexeddb/auto" first).');
  }
  let db: DB;
  try {
    const req = f.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = (e) => upgrade(req.result, req.transaction!, e.oldVersion);
    db = await new Promise<DB>((resolve, reject) => {
      req.onblocked = () => reject(new LibraryError('blocked'));
      wrap(req).then((d) => resolve(d as DB), reject);
    });
  } catch (e) {
    throw toLibraryError(e, 'read');
  }
  // A newer Sift page wants to upgrade: step aside rather than block it.
  db.addEventListener('versionchange', () => db.close());
  return new LibraryHandle(db);
}

interface Cache {
  rev: number;
  rows: Row[];
  skipped: Skipped[];
}

class LibraryHandle implements Library {
  private cache: Cache | null = null;
  constructor(private readonly db: DB) {}

  close(): void {
    this.db.close();
  }

  /**
   * Run a change in one read-write transaction that also bumps the revision. Any
   * failure aborts the transaction (so nothing partial is written) and becomes a
   * LibraryError. `patch` updates this handle's search cache when it was current.
   */
  private async write<T>(fn: (w: Writer) => Promise<T>, patch?: (rows: Row[], result: T) => Row[]): Promise<T> {
    let tx: RW;
    try {
      tx = this.db.transaction([STORE, META, SEARCH], 'readwrite') as unknown as RW;
    } catch (e) {
      throw toLibraryError(e);
    }
    const done = tx.done;
    // tx.done rejects on abort; we report the first cause instead.
    done.catch(() => undefined);
    try {
      const meta = tx.objectStore(META);
      const store = tx.objectStore(STORE);
      const search = tx.objectStore(SEARCH);
      // Errors of these companion writes abort the transaction and are reported through it.
      const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
      const [revRaw, countsRaw] = await Promise.all([meta.get('rev'), meta.get('counts')]);
      const rev = (revRaw as number | undefined) ?? 0;
      const delta: Counts = { all: 0, unread: 0, read: 0 };
      const track = (old: unknown, next: unknown) => {
        for (const [k, f] of COUNT_FIELDS) delta[k] += (inIndex(next, f) ? 1 : 0) - (inIndex(old, f) ? 1 : 0);
      };
      const writer: Writer = {
        store,
        search,
        put(old, next) {
          const stored = toStored(next);
          const p = store.put(stored);
          quiet(search.put(toRow(next)));
          track(old, stored);
          return p;
        },
        del(old, key) {
          const p = store.delete(key);
          quiet(search.delete(key));
          track(old, undefined);
          return p;
        },
      };
      const result = await fn(writer);
      // Unknown counts stay unknown; the next listing counts the indexes once.
      if (isCounts(countsRaw)) {
        await meta.put(
          { all: countsRaw.all + delta.all, unread: countsRaw.unread + delta.unread, read: countsRaw.read + delta.read },
          'counts',
        );
      }
      await meta.put(rev + 1, 'rev');
      await done;
      const c = this.cache;
      // A patch mends the rows, not the damaged records a full scan listed (one may be what was just deleted): read again then.
      if (c && c.rev === rev && patch && !c.skipped.length) this.cache = { ...c, rev: rev + 1, rows: patch(c.rows, result) };
      else this.cache = null;
      return result;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        /* already finished or aborted */
      }
      throw toLibraryError(e);
    }
  }

  async saveArticle(rec: SavedArticle): Promise<SavedArticle> {
    const checked = checkArticle(rec);
    if (!checked.ok) throw new LibraryError('write', `The article could not be saved: ${checked.reason}.`);
    const incoming = checked.value;
    return this.write(
      async (w) => {
        const raw = await w.store.get(incoming.url);
        const old = checkArticle(raw);
        // Saving again refreshes the content but keeps when it was first saved, its read state and tags.
        const next: SavedArticle = old.ok
          ? {
              ...incoming,
              savedAt: old.value.savedAt,
              updatedAt: Math.max(incoming.updatedAt, old.value.updatedAt),
              read: old.value.read,
              tags: normalizeTags([...old.value.tags, ...incoming.tags]),
            }
          : incoming;
        await w.put(raw, next);
        return next;
      },
      (rows, next) => upsertRow(rows, next),
    );
  }

  async getArticle(url: string): Promise<SavedArticle | undefined> {
    let v: unknown;
    try {
      v = await this.db.get(STORE, url);
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
    if (v === undefined) return undefined;
    const c = checkArticle(v);
    if (!c.ok) throw new LibraryError('corrupt', `The saved copy of ${url} is damaged (${c.reason}).`);
    return c.value;
  }

  private async update(url: string, change: (a: SavedArticle) => SavedArticle): Promise<SavedArticle> {
    return this.write(
      async (w) => {
        const raw = await w.store.get(url);
        if (raw === undefined) throw new LibraryError('not-found');
        const c = checkArticle(raw);
        if (!c.ok) throw new LibraryError('corrupt', `The saved copy of ${url} is damaged (${c.reason}).`);
        const next = { ...change(c.value), updatedAt: Date.now() };
        await w.put(raw, next);
        return next;
      },
      (rows, next) => upsertRow(rows, next),
    );
  }

  setRead(url: string, read: boolean): Promise<SavedArticle> {
    return this.update(url, (a) => ({ ...a, read }));
  }

  setTags(url: string, tags: string[]): Promise<SavedArticle> {
    return this.update(url, (a) => ({ ...a, tags: normalizeTags(tags) }));
  }

  async renameTag(from: string, to: string): Promise<number> {
    const [old] = normalizeTags([from]);
    const next = normalizeTags([to]);
    if (!old || (next.length === 1 && next[0] === old)) return 0;
    return this.write(async (w) => {
      // The search rows hold every article's tags: find the articles there, then change only those.
      const rows = (await w.search.getAll()) as unknown[];
      const urls = rows.filter((r): r is Row => isRow(r) && r.tags.includes(old)).map((r) => r.url);
      const raws = await Promise.all(urls.map((u) => w.store.get(u)));
      const now = Date.now();
      const puts: Promise<unknown>[] = [];
      raws.forEach((raw) => {
        const c = checkArticle(raw);
        if (!c.ok) return; // a damaged record is left as it is
        const tags = normalizeTags(c.value.tags.flatMap((t) => (t === old ? next : [t])));
        const p = w.put(raw, { ...c.value, tags, updatedAt: Math.max(now, c.value.updatedAt) });
        p.catch(() => undefined); // reported once, through the transaction
        puts.push(p);
      });
      await Promise.all(puts);
      return puts.length;
    });
  }

  async deleteArticle(url: string): Promise<SavedArticle | undefined> {
    return this.write(
      async (w) => {
        const raw = await w.store.get(url);
        if (raw === undefined) return undefined;
        await w.del(raw, url);
        const c = checkArticle(raw);
        return c.ok ? c.value : undefined;
      },
      (rows) => rows.filter((r) => r.url !== url),
    );
  }

  async restoreArticle(rec: SavedArticle): Promise<SavedArticle> {
    const checked = checkArticle(rec);
    if (!checked.ok) throw new LibraryError('write', `The article could not be restored: ${checked.reason}.`);
    return this.write(
      async (w) => {
        const raw = await w.store.get(checked.value.url);
        const old = checkArticle(raw);
        const next = old.ok ? mergeArticle(old.value, checked.value) : checked.value;
        await w.put(raw, next);
        return next;
      },
      (rows, next) => upsertRow(rows, next),
    );
  }

  async importArticles(recs: SavedArticle[]): Promise<ImportResult> {
    const incoming = new Map<string, SavedArticle>();
    for (const r of recs) {
      const c = checkArticle(r);
      if (!c.ok) throw new LibraryError('write', `Nothing was imported: an article ${c.reason}.`);
      const prev = incoming.get(c.value.url);
      incoming.set(c.value.url, prev ? mergeArticle(prev, c.value) : c.value);
    }
    return this.write(async (w) => {
      const list = [...incoming.values()];
      // Queue every read at once: one await per record would serialise 10,000 round trips.
      const olds = await Promise.all(list.map((a) => w.store.get(a.url)));
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      const puts: Promise<unknown>[] = [];
      list.forEach((a, i) => {
        const raw = olds[i];
        const old = raw === undefined ? null : checkArticle(raw);
        let next: SavedArticle;
        if (!old || !old.ok) {
          next = a;
          result.added += old ? 0 : 1;
          if (old) result.updated += 1; // a damaged record is replaced by the good copy
        } else {
          next = mergeArticle(old.value, a);
          if (sameData(next, old.value)) {
            result.unchanged += 1;
            return;
          }
          result.updated += 1;
        }
        const p = w.put(raw, next);
        p.catch(() => undefined); // reported once, through the transaction
        puts.push(p);
      });
      await Promise.all(puts);
      return result;
    });
  }

  async storedTextLengths(urls: string[]): Promise<Map<string, number>> {
    try {
      const tx = this.db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const raws = await Promise.all(urls.map((u) => store.get(u)));
      const out = new Map<string, number>();
      raws.forEach((raw, i) => {
        if (raw === undefined) return;
        const c = checkArticle(raw);
        if (c.ok) out.set(urls[i]!, c.value.text.length);
      });
      return out;
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  /**
   * Read every record once, in key order, keeping what is readable: getAll in batches
   * (one round trip per 500 records; a cursor makes one per record).
   */
  private async scan(): Promise<{ rev: number; items: SavedArticle[]; skipped: Skipped[] }> {
    try {
      const tx = this.db.transaction([STORE, META], 'readonly');
      const store = tx.objectStore(STORE);
      const rev = ((await tx.objectStore(META).get('rev')) as number | undefined) ?? 0;
      const items: SavedArticle[] = [];
      const skipped: Skipped[] = [];
      let after: IDBValidKey | undefined;
      for (;;) {
        const batch: unknown[] = await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), SCAN_BATCH);
        for (const v of batch) {
          const c = checkArticle(v);
          if (c.ok) items.push(c.value);
          else skipped.push(skippedRecord((v as { url?: unknown }).url, c.reason));
        }
        if (batch.length < SCAN_BATCH) break;
        // The key path is 'url', so the last record's url is its key.
        after = (batch[batch.length - 1] as { url: IDBValidKey }).url;
      }
      await tx.done;
      return { rev, items, skipped };
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  async allArticles(): Promise<{ items: SavedArticle[]; skipped: Skipped[] }> {
    const { rev, items, skipped } = await this.scan();
    items.sort(compareRows);
    this.cache = { rev, rows: items.map(toRow), skipped };
    return { items, skipped };
  }

  async revision(): Promise<number> {
    try {
      return ((await this.db.get(META, 'rev')) as number | undefined) ?? 0;
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  async countArticles(): Promise<number> {
    try {
      return await this.db.count(STORE);
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  private building: Promise<Cache> | null = null;

  private async rows(): Promise<Cache> {
    let rev: number;
    try {
      rev = ((await this.db.get(META, 'rev')) as number | undefined) ?? 0;
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
    if (this.cache && this.cache.rev === rev) return this.cache;
    // The tag list and a search can ask at once: share one read.
    this.building ??= this.scanRows()
      .then((c) => (this.cache = c))
      .finally(() => (this.building = null));
    return this.building;
  }

  /** Read the search rows (not the articles), in batches, with the revision they belong to. */
  private async scanRows(): Promise<Cache> {
    try {
      const tx = this.db.transaction([SEARCH, META], 'readonly');
      const store = tx.objectStore(SEARCH);
      const rev = ((await tx.objectStore(META).get('rev')) as number | undefined) ?? 0;
      const rows: Row[] = [];
      let after: string | undefined;
      for (;;) {
        const batch = (await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), SCAN_BATCH)) as Row[];
        for (const r of batch) if (isRow(r)) rows.push(r);
        if (batch.length < SCAN_BATCH) break;
        after = batch[batch.length - 1]!.url;
      }
      await tx.done;
      return { rev, rows: rows.sort(compareRows), skipped: [] };
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  async listTags(): Promise<string[]> {
    const { rows } = await this.rows();
    const tags = new Set<string>();
    for (const r of rows) for (const t of r.tags) tags.add(t);
    return [...tags].sort((a, b) => a.localeCompare(b));
  }

  async listArticles(opts: ListOptions = {}): Promise<ListResult> {
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const limit = Math.max(0, Math.floor(opts.limit ?? 50));
    const filter = opts.filter ?? 'all';
    const terms = queryTerms(opts.query);
    if (!terms.length && !opts.tag && !this.cache) return this.pageFromIndex(filter, offset, limit);

    const cache = await this.rows();
    const matches = cache.rows.filter((r) => rowMatches(r, terms, filter, opts.tag));
    const page = matches.slice(offset, offset + limit);
    try {
      const tx = this.db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const raws = await Promise.all(page.map((r) => store.get(r.url)));
      const items: SavedArticle[] = [];
      const skipped = [...cache.skipped];
      raws.forEach((raw, i) => {
        const c = checkArticle(raw);
        if (c.ok) items.push(c.value);
        else if (raw !== undefined) skipped.push(skippedRecord(page[i]!.url, c.reason));
      });
      return { items, total: matches.length, skipped };
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  /** First screen without reading the whole store: the newest-first index, in one or two round trips. */
  private async pageFromIndex(filter: ReadFilter, offset: number, limit: number): Promise<ListResult> {
    try {
      const tx = this.db.transaction([STORE, META], 'readonly');
      const store = tx.objectStore(STORE);
      const index = store.index(INDEX[filter]);
      const countsP = tx.objectStore(META).get('counts');
      let values: unknown[];
      if (limit === 0) values = [];
      else if (offset === 0) values = await index.getAll(null, limit);
      else {
        // Keys are small: fetch the keys up to the page, then only the page's records.
        const keys = (await index.getAllKeys(null, offset + limit)).slice(offset);
        values = await Promise.all(keys.map((k) => store.get(k)));
      }
      const counts = await countsP;
      const items: SavedArticle[] = [];
      const skipped: Skipped[] = [];
      for (const v of values) {
        const c = checkArticle(v);
        if (c.ok) items.push(c.value);
        else skipped.push(skippedRecord((v as { url?: unknown } | undefined)?.url, c.reason));
      }
      const total = isCounts(counts) ? counts[filter] : (await this.countIndexes())[filter];
      return { items, total, skipped };
    } catch (e) {
      throw toLibraryError(e, 'read');
    }
  }

  /** Count the three indexes (a walk over each) and keep the result, in one transaction so it matches the data. */
  private async countIndexes(): Promise<Counts> {
    const tx = this.db.transaction([STORE, META], 'readwrite');
    const store = tx.objectStore(STORE);
    const [all, unread, read] = await Promise.all(COUNT_FIELDS.map(([k]) => store.index(INDEX[k]).count()));
    const counts: Counts = { all: all!, unread: unread!, read: read! };
    await tx.objectStore(META).put(counts, 'counts');
    await tx.done;
    return counts;
  }
}

function skippedRecord(key: unknown, reason: string): Skipped {
  const k = String(key);
  return { key: k, message: `A saved article (${k}) is damaged and was skipped: ${reason}.` };
}

function upsertRow(rows: Row[], a: SavedArticle): Row[] {
  const next = rows.filter((r) => r.url !== a.url);
  const row = toRow(a);
  // Keep newest-first order: insert at its place.
  let i = 0;
  while (i < next.length && compareRows(next[i]!, row) < 0) i++;
  next.splice(i, 0, row);
  return next;
}
