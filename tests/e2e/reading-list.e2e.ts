import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { clickAction, launchSift, openPopupFor, pressShortcut, tabIdOf, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '../../utils/platform/protocol';

let sift: Sift;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  server.pages.set(
    '/second.html',
    readFileSync(new URL('../fixtures/euobserver-kazakhstan.html', import.meta.url), 'utf8')
      .replaceAll('US, EU worried over Russian intervention in Kazakhstan', 'A second story about Kazakhstan')
      .replaceAll('euobserver.com/world/153959', 'euobserver.com/world/153960'),
  );
  // The test build: its service worker lets the test call the context menu's handler.
  sift = await launchSift({ build: 'e2e' });
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

async function download(list: Page, label: string) {
  const [file] = await Promise.all([list.waitForEvent('download'), list.getByRole('button', { name: label }).click()]);
  return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

describe('reading list in Chromium', () => {
  it('saves from the popup and the shortcut, lists, reads offline and exports', async () => {
    // 1. The popup's Save button.
    const { page, popup } = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.html`);
    await waitForView(popup);
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('notice').innerText()).toBe('Saved to your reading list.');
    // Saving the same URL again updates the entry instead of adding one.
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('notice').innerText()).toBe('Updated in your reading list.');
    await popup.close();
    await page.close();

    // 2. The save command (Alt+Shift+S), which grants activeTab itself.
    const second = await sift.context.newPage();
    await second.goto(`${server.url}/second.html`);
    const tabId = await tabIdOf(sift, second);
    const commands = await sift.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'save-article')?.shortcut).toBe('Alt+Shift+S');
    await pressShortcut(sift, second, 's', 'KeyS', 83);
    await expect.poll(() => sift.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    // And the context-menu entry's handler, as the browser calls it once the menu click granted access.
    await clickAction(sift, second);
    const outcome = await sift.worker.evaluate(
      ([id, hooks]) => (globalThis as unknown as Record<string, TestHooks>)[hooks]!.menuClick('sift-save', { id }),
      [tabId, TEST_HOOKS_GLOBAL] as const,
    );
    expect(outcome).toMatchObject({ ok: true, updated: true });
    await second.close();

    // 3. The reading list shows both, newest first, and finds by text.
    const list = await sift.context.newPage();
    await list.goto(`chrome-extension://${sift.extensionId}/list.html`);
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(2);
    expect(await list.getByTestId('list-item').first().innerText()).toContain('A second story about Kazakhstan');
    await list.getByLabel('Search').fill('Stanislav Zas');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(2);
    await list.getByLabel('Search').fill('no such words anywhere');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(0);
    await list.getByLabel('Search').fill('');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(2);

    // 4. Offline: the server is gone, the saved clean view still opens.
    await server.close();
    const saved = await sift.context.newPage();
    await saved.goto(`chrome-extension://${sift.extensionId}/list.html`);
    await saved.getByRole('link', { name: 'US, EU worried over Russian intervention in Kazakhstan' }).click();
    // Kept under the page's own address: its canonical names another site (euobserver.com), which counts only on that site.
    await saved.waitForURL(
      `chrome-extension://${sift.extensionId}/reader.html?saved=${encodeURIComponent(`${server.url}/euobserver-kazakhstan.html`)}`,
    );
    expect(await waitForView(saved)).toBe('1');
    expect(await saved.getByTestId('title').textContent()).toBe('US, EU worried over Russian intervention in Kazakhstan');
    expect(await saved.getByTestId('article-body').innerText()).toContain('Russia has sent some 2,500 personnel');
    await saved.close();

    // 5. Exports: Sift JSON and Markdown notes, built off the page's main thread.
    const worker = list.waitForEvent('worker');
    const json = await download(list, 'Sift backup (JSON)');
    expect((await worker).url()).toMatch(/\/export\.worker-[\w-]+\.js$/);
    expect(json.name).toMatch(/\.json$/);
    const backup = JSON.parse(json.data.toString('utf8'));
    expect(backup.format).toBe('sift-library');
    expect(backup.articles).toHaveLength(2);
    const seed = backup.articles.find((a: { title: string }) => a.title.startsWith('US, EU worried'));
    expect(seed.facts.length).toBe(5);
    expect(seed.summary.length).toBe(3);
    expect(seed.text).toContain('Russia has sent some 2,500 personnel');

    const md = await download(list, 'Markdown notes (.zip)');
    expect(md.name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(md.data));
    const names = Object.keys(files);
    expect(names).toHaveLength(2);
    const note = strFromU8(files[names.find((n) => n.startsWith('US, EU'))!]!);
    expect(note).toMatch(/^---\n/);
    expect(note).toMatch(/^title: .*US, EU worried over Russian intervention in Kazakhstan/m);
    expect(note).toMatch(/^published: .*2022-01-06/m);
    expect(note).toContain('Russia has sent some 2,500 personnel');
    await list.close();
  });

  it('imports an Omnivore export, and a broken file says why and changes nothing', async () => {
    const list = await sift.context.newPage();
    await list.goto(`chrome-extension://${sift.extensionId}/list.html`);
    await list.getByTestId('list-item').first().waitFor();
    const before = await list.getByTestId('list-item').count();
    // A search first, so the page holds a search index that the worker's import must make stale.
    const search = list.locator('input[type="search"]');
    await search.fill('envoy cautious');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(0);
    await search.fill('');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(before);
    const fixture = (f: string) => new URL(`../fixtures/import/${f}`, import.meta.url).pathname;
    // The file is read and merged in a worker, so the page stays usable.
    const worker = list.waitForEvent('worker');
    await list.setInputFiles('input[type="file"]', fixture('omnivore-export.zip'));
    expect((await worker).url()).toMatch(/\/import\.worker-[\w-]+\.js$/);
    await list.getByText(/^Imported omnivore-export\.zip: 2 added, 0 updated/).waitFor();
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(before + 2);
    await list.getByText('Talks resume, envoy says "cautious"').waitFor();
    await search.fill('envoy cautious');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(1);
    await search.fill('');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(before + 2);

    await list.setInputFiles('input[type="file"]', fixture('truncated.zip'));
    await list
      .getByText(/^truncated\.zip was not imported: The \.zip file is damaged or cut off\..*Your reading list is unchanged\./)
      .waitFor();
    expect(await list.getByTestId('list-item').count()).toBe(before + 2);
    await list.close();
  });
});
