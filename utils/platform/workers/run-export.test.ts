import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLibrary } from '@/utils/core/library/db';
import { sampleArticles } from '@/tests/support/sample-articles';
import { runExport } from './run-export';
import type { ExportReply } from '../protocol';
import { fakeWorker } from '../../../tests/support/fake-worker';
import { saveChoices } from '../stories';

async function library(n: number) {
  const lib = await openLibrary(new IDBFactory());
  await lib.importArticles(sampleArticles(n));
  return lib;
}

afterEach(() => vi.unstubAllGlobals());

describe('runExport', () => {
  it('builds the file in the page where no worker can start', async () => {
    const lib = await library(3);
    const { download, count } = await runExport({ kind: 'json' }, Promise.resolve(lib));
    expect(count).toBe(3);
    expect(download.blob.type).toBe('application/json');
    expect(JSON.parse(await download.blob.text()).articles).toHaveLength(3);
  });

  it("puts the reader's story choices about the exported articles in the backup", async () => {
    const lib = await library(3);
    const [a, b] = sampleArticles(3).map((x) => x.url) as [string, string];
    await saveChoices({ names: { s1abc: 'Floods' }, placed: { [a]: 's1abc', [b]: null, 'https://gone.example/x': 's1abc' } });
    const { download } = await runExport({ kind: 'json' }, Promise.resolve(lib));
    expect(JSON.parse(await download.blob.text()).stories).toEqual({
      version: 1,
      names: { s1abc: 'Floods' },
      placed: { [a]: 's1abc', [b]: null },
    });
    // Only the backup: no other format carries them.
    const csv = await runExport({ kind: 'pocket' }, Promise.resolve(lib));
    expect(await csv.download.blob.text()).not.toContain('Floods');
  });

  it('exports only the chosen articles', async () => {
    const lib = await library(4);
    const urls = sampleArticles(4)
      .slice(1, 3)
      .map((a) => a.url);
    const { download, count } = await runExport({ kind: 'pocket', urls }, Promise.resolve(lib));
    expect(count).toBe(2);
    expect((await download.blob.text()).trim().split('\r\n')).toHaveLength(3);
  });

  it("takes the worker's file, and stops the worker", async () => {
    const terminated = fakeWorker<ExportReply>((w) =>
      w.onmessage?.({ data: { v: 1, ok: true, count: 7, download: { filename: 'x.json', blob: new Blob(['{}']) } } }),
    );
    // A library that never opens: the page must not need it.
    const r = await runExport(
      { kind: 'json' },
      new Promise(() => {
        // never settles
      }),
    );
    expect(r.count).toBe(7);
    expect(r.download.filename).toBe('x.json');
    expect(terminated).toHaveLength(1);
  });

  it('says what went wrong when the worker cannot read the list', async () => {
    fakeWorker<ExportReply>((w) => w.onmessage?.({ data: { v: 1, ok: false, message: 'The reading list could not be read.' } }));
    await expect(runExport({ kind: 'json' }, Promise.resolve(await library(1)))).rejects.toThrow('The reading list could not be read.');
  });

  it('words a request the worker did not understand in the reader’s language (a worker has no i18n of its own)', async () => {
    fakeWorker<ExportReply>((w) => w.onmessage?.({ data: { v: 1, ok: false, message: '' } }));
    await expect(runExport({ kind: 'json' }, Promise.resolve(await library(1)))).rejects.toThrow(
      'Sift did not understand its own request.',
    );
  });

  it('falls back to the page when the worker dies', async () => {
    const lib = await library(2);
    const terminated = fakeWorker<ExportReply>((w) => w.onerror?.({ preventDefault: () => undefined }));
    const { count } = await runExport({ kind: 'json' }, Promise.resolve(lib));
    expect(count).toBe(2);
    expect(terminated).toHaveLength(1);
  });

  it('falls back to the page when the worker answers something it does not understand', async () => {
    const lib = await library(2);
    const terminated = fakeWorker<unknown>((w) => w.onmessage?.({ data: { ok: true, count: 'many' } }));
    const { count } = await runExport({ kind: 'json' }, Promise.resolve(lib));
    expect(count).toBe(2);
    expect(terminated).toHaveLength(1);
  });
});
