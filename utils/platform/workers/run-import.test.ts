// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLibrary } from '@/utils/core/library/db';
import { sampleArticles } from '@/tests/support/sample-articles';
import { exportJson } from '@/utils/core/library/export/json';
import { runImport } from './run-import';
import type { ImportReply } from '../protocol';
import { fakeWorker } from '../../../tests/support/fake-worker';
import { loadChoices, saveChoices } from '../stories';

const emptyLibrary = () => openLibrary(new IDBFactory());
const backup = (n: number) => new Blob([exportJson(sampleArticles(n)).data as string], { type: 'application/json' });

afterEach(() => vi.unstubAllGlobals());

describe('runImport', () => {
  it('imports in the page where no worker can start, and a second time finds them all there', async () => {
    const lib = await emptyLibrary();
    expect(await runImport(backup(3), Promise.resolve(lib))).toEqual({
      result: { added: 3, updated: 0, unchanged: 0 },
      skipped: 0,
      warnings: [],
    });
    expect((await lib.allArticles()).items).toHaveLength(3);
    expect((await runImport(backup(3), Promise.resolve(lib))).result).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  it('rejects a broken file with why, and leaves the reading list as it was', async () => {
    const lib = await emptyLibrary();
    await runImport(backup(2), Promise.resolve(lib));
    const broken = new Blob(['{"format":"sift-library","articles":[{"url":']);
    await expect(runImport(broken, Promise.resolve(lib))).rejects.toThrow('The JSON file is cut off');
    expect((await lib.allArticles()).items).toHaveLength(2);
  });

  it("takes the worker's counts, and stops the worker", async () => {
    const terminated = fakeWorker<ImportReply>((w) =>
      w.onmessage?.({
        data: {
          v: 1,
          ok: true,
          result: { added: 5, updated: 1, unchanged: 0 },
          skipped: 2,
          warnings: [{ key: 'importLineSkipped', subs: ['3', 'javascript:x'] }],
        },
      }),
    );
    // A library that never opens: the page must not need it.
    const r = await runImport(
      backup(1),
      new Promise(() => {
        // never settles
      }),
    );
    expect(r).toEqual({
      result: { added: 5, updated: 1, unchanged: 0 },
      skipped: 2,
      warnings: [{ key: 'importLineSkipped', subs: ['3', 'javascript:x'] }],
    });
    expect(terminated).toHaveLength(1);
  });

  it('says what the worker found wrong with the file', async () => {
    fakeWorker<ImportReply>((w) =>
      w.onmessage?.({ data: { v: 1, ok: false, message: 'Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file.' } }),
    );
    await expect(runImport(backup(1), emptyLibrary())).rejects.toThrow('Not a Sift, Pocket');
  });

  it('falls back to the page when the worker dies', async () => {
    const lib = await emptyLibrary();
    const terminated = fakeWorker<ImportReply>((w) => w.onerror?.({ preventDefault: () => undefined }));
    expect((await runImport(backup(2), Promise.resolve(lib))).result.added).toBe(2);
    expect(terminated).toHaveLength(1);
  });

  it('sanitises the HTML the worker sends on its port, and the worker stores what came back', async () => {
    const sent: string[][] = [];
    fakeWorker<ImportReply>((w, request) => {
      const port = (request as { port: MessagePort }).port;
      port.onmessage = (e: MessageEvent<{ ok: boolean; htmls: string[] }>) => {
        sent.push(e.data.htmls);
        w.onmessage?.({ data: { v: 1, ok: true, result: { added: 1, updated: 0, unchanged: 0 }, skipped: 0, warnings: [] } });
      };
      port.postMessage({
        v: 1,
        id: 0,
        htmls: ['<p onclick="x()">Hi<script>alert(1)</script></p>', '<img src="javascript:alert(1)">'],
        done: 0,
        total: 2,
      });
    });
    await runImport(backup(1), emptyLibrary());
    expect(sent).toEqual([['<p>Hi</p>', '']]);
  });

  it("keeps a backup's story choices, and leaves the reader's own choices on this device as they were", async () => {
    const items = sampleArticles(3);
    const [a, b, c] = items.map((x) => x.url) as [string, string, string];
    await saveChoices({ names: { s1abc: 'Mine' }, placed: { [a]: null } });
    const file = exportJson(items, Date.now(), {
      names: { s1abc: 'Theirs', s2abc: 'Floods' },
      placed: { [a]: 's1abc', [b]: 's2abc', [c]: 's2abc' },
    });
    const r = await runImport(new Blob([file.data as string]), emptyLibrary());
    expect(r.result.added).toBe(3);
    expect(await loadChoices()).toEqual({ names: { s1abc: 'Mine', s2abc: 'Floods' }, placed: { [a]: null, [b]: 's2abc', [c]: 's2abc' } });
  });

  it('a backup whose stories are damaged imports nothing and changes no choice', async () => {
    const items = sampleArticles(2);
    await saveChoices({ names: {}, placed: { [items[0]!.url]: null } });
    const file = JSON.parse(exportJson(items).data as string) as Record<string, unknown>;
    file.stories = { version: 1, names: {}, placed: { [items[1]!.url]: '../../etc/passwd' } };
    const lib = await emptyLibrary();
    await expect(runImport(new Blob([JSON.stringify(file)]), Promise.resolve(lib))).rejects.toThrow(
      /stories place an article in .* not a story/,
    );
    expect(await lib.countArticles()).toBe(0);
    expect(await loadChoices()).toEqual({ names: {}, placed: { [items[0]!.url]: null } });
  });
});
