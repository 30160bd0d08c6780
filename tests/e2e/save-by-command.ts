/** Saving as the shortcut saves: the page open, activeTab granted by the click, the command's handler run. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '../../utils/platform/protocol';
import { clickAction, tabIdOf, type Sift } from './chromium';

export async function saveByCommand(sift: Sift, url: string): Promise<void> {
  const page = await sift.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(sift, page);
  await clickAction(sift, page);
  const outcome = await sift.worker.evaluate(
    ([id, hooks]) => (globalThis as unknown as Record<string, TestHooks>)[hooks]!.command('save-article', { id }),
    [tabId, TEST_HOOKS_GLOBAL] as const,
  );
  expect(outcome, url).toMatchObject({ ok: true });
  await page.close();
}

/** The reading list's addresses and titles, read from its database in an extension page (the keys the extension chose). */
export async function savedTitles(page: Page): Promise<Array<{ url: string; title: string }>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('sift');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = await new Promise<Array<{ url: string; title: string }>>((ok) => {
      const r = db.transaction('articles').objectStore('articles').getAll();
      r.onsuccess = () => ok(r.result as Array<{ url: string; title: string }>);
    });
    db.close();
    return all;
  });
}
