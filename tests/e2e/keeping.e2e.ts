/**
 * Nothing the reader keeps is wrong, lost or dangerous, in Chromium (the test
 * build, whose service worker lets a test call the context menu's handler):
 * the three ways of saving store the same article; a slider dragged across its
 * range is saved without an error; the reader tab keeps its article across
 * reloads; tags are added, renamed and filtered; a hostile import leaves the
 * list working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { EXTENSION, clickAction, launchSift, openPopupFor, pressShortcut, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '../../utils/platform/protocol';
import type { SavedArticle } from '../../utils/core/library/types';

let sift: Sift;
let server: TestServer;
let ext: string;

const SEED = readFileSync(new URL('../fixtures/euobserver-kazakhstan.html', import.meta.url), 'utf8');
/** A paragraph of the seed article that the tests remove as a block. */
const REMOVED = "The CSTO's general secretary, Stanislav Zas";

beforeAll(async () => {
  server = await startServer();
  for (const name of ['saved-three-ways', 'reload', 'moved-on', 'bookmark', 'tags', 'saved-view']) server.pages.set(`/${name}.html`, SEED);
  sift = await launchSift({ build: 'e2e' });
  ext = `chrome-extension://${sift.extensionId}`;
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

/** An extension page to read the reading list from. */
async function listPage(): Promise<Page> {
  const p = await sift.context.newPage();
  await p.goto(`${ext}/list.html`);
  return p;
}

/** The stored record for `url`, as IndexedDB holds it. */
function record(view: Page, url: string): Promise<SavedArticle | undefined> {
  return view.evaluate(
    (u) =>
      new Promise<SavedArticle | undefined>((res, rej) => {
        const r = indexedDB.open('sift');
        r.onerror = () => rej(r.error);
        r.onsuccess = () => {
          const g = r.result.transaction('articles').objectStore('articles').get(u);
          g.onsuccess = () => {
            res(g.result as SavedArticle | undefined);
            r.result.close();
          };
          g.onerror = () => rej(g.error);
        };
      }),
    url,
  );
}

function menuClick(tabId: number) {
  return sift.worker.evaluate(
    ([id, hooks]) => (globalThis as unknown as Record<string, TestHooks>)[hooks]!.menuClick('sift-save', { id }),
    [tabId, TEST_HOOKS_GLOBAL] as const,
  );
}

describe('one saved article, whichever way it is saved', () => {
  it('the Save button, the shortcut and the context menu store the same HTML, facts and summary for a page with a removed block', async () => {
    // The reader's summary length: 5, not the 3 the background used to force.
    await sift.worker.evaluate(() => chrome.storage.sync.set({ settings: { summaryLength: 5 }, settings$: { v: 2 } }));
    const url = `${server.url}/saved-three-ways.html`;
    const { page, popup, tabId } = await openPopupFor(sift, url);
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('remove-mode').click();
    await popup.getByTestId('article-body').locator('p', { hasText: REMOVED }).click();
    await expect.poll(() => popup.getByTestId('article-body').innerText()).not.toContain(REMOVED);
    await popup.getByTestId('remove-mode').click();

    const list = await listPage();
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('notice').innerText()).toBe('Saved to your reading list.');
    const byButton = (await record(list, url))!;
    await popup.close();

    await pressShortcut(sift, page, 's', 'KeyS', 83);
    await expect.poll(async () => (await record(list, url))!.updatedAt).toBeGreaterThan(byButton.updatedAt);
    const byShortcut = (await record(list, url))!;

    await clickAction(sift, page);
    expect(await menuClick(tabId)).toMatchObject({ ok: true, updated: true });
    const byMenu = (await record(list, url))!;
    expect(byMenu.updatedAt).toBeGreaterThan(byShortcut.updatedAt);

    for (const saved of [byShortcut, byMenu]) {
      for (const k of ['url', 'title', 'html', 'text', 'wordCount', 'readingMinutes', 'facts', 'summary'] as const) {
        expect(saved[k], k).toEqual(byButton[k]);
      }
    }
    expect(byButton.html).not.toContain('Stanislav Zas');
    expect(byButton.text).not.toContain('Stanislav Zas');
    expect(byButton.text).toContain('Russia has sent some 2,500 personnel');
    expect(byButton.summary).toHaveLength(5);
    expect(byButton.facts.length).toBeGreaterThan(0);
    for (const f of byButton.facts) expect(byButton.text.slice(f.start, f.end)).toBe(f.quote);
    await list.close();
    await page.close();
    await sift.worker.evaluate(() => chrome.storage.sync.clear());
  });

  it('a page naming another site as its canonical is kept under its own address', async () => {
    const list = await listPage();
    // The seed page names https://euobserver.com/world/153959 as its canonical; it is served from 127.0.0.1.
    expect(await record(list, 'https://euobserver.com/world/153959')).toBeUndefined();
    expect(await record(list, `${server.url}/saved-three-ways.html`)).toBeDefined();
    await list.close();
  });
});

describe('options', () => {
  it('a slider dragged across its range, and 140 arrow presses, save their last value without an error', async () => {
    const options = await sift.context.newPage();
    await options.goto(`${ext}/options.html`);
    const slider = options.locator('#font-size');
    await slider.waitFor();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await options.mouse.move(box.x + 1, y);
    await options.mouse.down();
    // Far past both ends, in many small movements: an input event for almost every one.
    await options.mouse.move(box.x + box.width + 40, y, { steps: 80 });
    await options.mouse.move(box.x - 40, y, { steps: 80 });
    await options.mouse.move(box.x + box.width + 40, y, { steps: 80 });
    await options.mouse.up();
    expect(await slider.inputValue()).toBe('32');
    const status = options.getByTestId('options-status');
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toBe('Saved');
    expect((await sift.worker.evaluate(() => chrome.storage.sync.get('settings'))).settings).toMatchObject({ fontSize: 32 });

    const width = options.locator('#line-width');
    await width.focus();
    for (let i = 0; i < 140; i++) await options.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    for (let i = 0; i < 40; i++) await options.keyboard.press('ArrowLeft');
    expect(await width.inputValue()).toBe('40');
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toBe('Saved');
    const stored = (await sift.worker.evaluate(() => chrome.storage.sync.get('settings'))).settings;
    expect(stored).toMatchObject({ fontSize: 32, lineWidth: 40 });
    // And the next change goes through too: the quota was never reached.
    await options.getByLabel('Sepia').check();
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toBe('Saved');
    expect((await sift.worker.evaluate(() => chrome.storage.sync.get('settings'))).settings).toMatchObject({ theme: 'sepia' });
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toBe('Saved');
    await options.close();
  });
});

/** The popup for `path`, then "Open in reader tab": the reader tab, its source tab and the popup. */
async function readerTabFor(path: string) {
  const { page, popup, tabId } = await openPopupFor(sift, `${server.url}${path}`);
  expect(await waitForView(popup)).toBe('1');
  const [tab] = await Promise.all([sift.context.waitForEvent('page'), popup.getByTestId('open-tab').click()]);
  expect(await waitForView(tab)).toBe('1');
  await popup.close().catch(() => undefined); // the popup may have closed itself
  return { tab, page, tabId };
}

const TITLE = 'US, EU worried over Russian intervention in Kazakhstan';

describe('the reader tab keeps its article', () => {
  it('across a reload with its source tab closed', async () => {
    const { tab, page } = await readerTabFor('/reload.html');
    await page.close();
    await tab.reload();
    expect(await waitForView(tab)).toBe('1');
    expect(await tab.getByTestId('title').textContent()).toBe(TITLE);
    expect(await tab.getByTestId('article-body').innerText()).toContain('Russia has sent some 2,500 personnel');
    // Shown from what the tab kept: nothing was asked of a page.
    expect(await tab.evaluate(() => performance.getEntriesByName('sift:inject').length)).toBe(0);
    // And it can still be saved.
    await tab.getByTestId('save').click();
    await expect.poll(() => tab.getByTestId('notice').innerText()).toBe('Saved to your reading list.');
    await tab.close();
  });

  it('across a reload after its source tab moved on to another page', async () => {
    const { tab, page } = await readerTabFor('/moved-on.html');
    await page.goto(`${server.url}/not-article.html`);
    await tab.reload();
    expect(await waitForView(tab)).toBe('1');
    expect(await tab.getByTestId('title').textContent()).toBe(TITLE);
    await tab.close();
    await page.close();
  });

  it('its address can be bookmarked: reopened from the reading list once saved; said so when it is not kept anywhere', async () => {
    const first = await readerTabFor('/bookmark.html');
    const address = first.tab.url();
    expect(address).toContain(`url=${encodeURIComponent(`${server.url}/bookmark.html`)}`);
    await first.tab.close();
    await first.page.close();
    // Closed and never saved: the tab let go of it.
    const gone = await sift.context.newPage();
    await gone.goto(address);
    expect(await waitForView(gone)).toBe('failed');
    expect(await gone.getByTestId('failure').getAttribute('data-kind')).toBe('not-kept');
    expect(await gone.getByTestId('failure').innerText()).toContain('no longer open');
    await gone.close();

    const second = await readerTabFor('/bookmark.html');
    await second.tab.getByTestId('save').click();
    await expect.poll(() => second.tab.getByTestId('notice').innerText()).toMatch(/Saved to|Updated in/);
    const saved = second.tab.url();
    await second.tab.close();
    await second.page.close();
    const again = await sift.context.newPage();
    await again.goto(saved);
    expect(await waitForView(again)).toBe('1');
    expect(await again.getByTestId('title').textContent()).toBe(TITLE);
    // Opened from the list: a saved article's actions.
    await again.getByTestId('saved-actions').waitFor();
    await again.close();
  });
});

describe('tags', () => {
  it('added when saving and on the row, shown and filtered in one form, renamed and removed', async () => {
    const url = `${server.url}/tags.html`;
    const { page, popup } = await openPopupFor(sift, url);
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('tag-input').fill('Kazakhstan, ENERGY');
    await popup.getByTestId('tag-input').press('Enter');
    await expect.poll(() => popup.getByRole('button', { name: /^Rename the tag / }).allInnerTexts()).toEqual(['kazakhstan', 'energy']);
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('notice').innerText()).toBe('Saved to your reading list.');
    await popup.close();
    await page.close();

    const list = await listPage();
    expect((await record(list, url))!.tags).toEqual(['kazakhstan', 'energy']);
    const row = list.getByTestId('list-item').filter({ has: list.locator(`a[href="reader.html?saved=${encodeURIComponent(url)}"]`) });
    await row.getByRole('button', { name: /^Edit tags:/ }).click();
    await row.getByTestId('tag-input').fill('Central  Asia');
    await row.getByTestId('tag-add').click();
    await expect.poll(() => record(list, url).then((r) => r!.tags)).toEqual(['kazakhstan', 'energy', 'central asia']);
    await row.getByRole('button', { name: /^Done with tags:/ }).click();
    await expect.poll(() => row.getByTestId('tag').allInnerTexts()).toEqual(['kazakhstan', 'energy', 'central asia']);

    // The filter lists the tags as the rows show them.
    const filter = list.locator('.list-controls select').nth(1);
    await expect
      .poll(() => filter.locator('option').allInnerTexts())
      .toEqual(expect.arrayContaining(['central asia', 'energy', 'kazakhstan']));
    await filter.selectOption('central asia');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(1);

    // Renamed on every article from the filter, then one removed on the row.
    await list.getByRole('button', { name: /^Rename “central asia”/ }).click();
    await list.getByLabel('New name for “central asia” on every article').fill('Asia');
    await list.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => record(list, url).then((r) => r!.tags)).toEqual(['kazakhstan', 'energy', 'asia']);
    await expect.poll(() => filter.inputValue()).toBe('asia');
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(1);
    await row.getByRole('button', { name: /^Edit tags:/ }).click();
    await row.getByRole('button', { name: 'Remove the tag energy' }).click();
    await expect.poll(() => record(list, url).then((r) => r!.tags)).toEqual(['kazakhstan', 'asia']);
    await list.close();
  });
});

describe('a saved article opened from the list', () => {
  it('is marked read on opening, has Mark unread, Delete with Undo, and Back; "Reading list" brings the open list forward', async () => {
    const url = `${server.url}/saved-view.html`;
    const { page, popup } = await openPopupFor(sift, url);
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('notice').innerText()).toMatch(/Saved to/);
    await popup.close();
    await page.close();

    const list = await listPage();
    expect((await record(list, url))!.read).toBe(false);
    await list.locator(`a[href="reader.html?saved=${encodeURIComponent(url)}"]`).click();
    expect(await waitForView(list)).toBe('1');
    await expect.poll(() => record(list, url).then((r) => r!.read)).toBe(true);
    await expect.poll(() => list.getByTestId('mark-read').innerText()).toBe('Mark unread');
    await list.getByTestId('mark-read').click();
    await expect.poll(() => record(list, url).then((r) => r!.read)).toBe(false);
    await list.getByTestId('delete').click();
    await expect.poll(() => record(list, url)).toBeUndefined();
    await expect.poll(() => list.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('undo');
    await list.getByTestId('undo').click();
    await expect.poll(() => record(list, url).then((r) => r?.url)).toBe(url);
    await list.getByTestId('back').click();
    await list.waitForURL(`${ext}/list.html`);
    await list.getByTestId('list-item').first().waitFor();

    // A view's "Reading list" brings this list forward instead of opening a second one.
    const other = await openPopupFor(sift, `${server.url}/tags.html`);
    expect(await waitForView(other.popup)).toBe('1');
    const before = sift.context.pages().length;
    await other.popup.getByRole('button', { name: 'Reading list' }).click();
    await expect.poll(() => list.evaluate(() => document.visibilityState)).toBe('visible');
    await new Promise((r) => setTimeout(r, 500));
    expect(sift.context.pages().filter((p) => p.url().endsWith('/list.html'))).toHaveLength(1);
    expect(sift.context.pages().length).toBeLessThanOrEqual(before);
    await other.page.close();
    await list.close();
  });
});

describe('a hostile import leaves the list working', () => {
  it('bad dates, javascript: and data: addresses, hostile and deep HTML: checked, sanitised, reported, and every view and export still works', async () => {
    const list = await listPage();
    await list.locator('.count').waitFor();
    const before = await list.getByTestId('list-item').count();
    const deep = '<div>'.repeat(100_000) + '<p>Deep paragraph.</p>' + '</div>'.repeat(100_000);
    const hostileHtml = `<p>Hostile body <img src="x" onerror="window.__pwned=1"></p><script>window.__pwned=2</script>${deep}`;
    const base = { title: 'Hostile import', savedAt: Date.UTC(2025, 0, 1), text: 'Hostile body\n\nDeep paragraph.' };
    const backup = JSON.stringify({
      format: 'sift-library',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      articles: [
        { ...base, url: 'https://hostile.example/story', html: hostileHtml },
        { ...base, url: 'javascript:alert(document.domain)', title: 'Bookmarklet' },
        { ...base, url: 'data:text/html,<script>alert(1)</script>', title: 'Data' },
      ],
    });
    const input = list.locator('input[type="file"]');
    await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await list.getByText(/^Imported hostile\.json: 1 added, 0 updated, 0 already here\. 2 entries were skipped/).waitFor();
    await expect
      .poll(() => list.getByTestId('import-notes').innerText())
      .toMatch(/Article 2: skipped, "javascript:alert\(document\.domain\)" is not a web address/);
    const stored = (await record(list, 'https://hostile.example/story'))!;
    expect(stored.html).not.toMatch(/onerror|<script|__pwned/);
    expect(stored.html).toContain('Deep paragraph.');

    const bookmarks = `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://hostile.example/far-future" ADD_DATE="9999999999999999999999">Far future</A>\n</DL><p>\n`;
    await input.setInputFiles({ name: 'future.html', mimeType: 'text/html', buffer: Buffer.from(bookmarks) });
    await list.getByText(/^Imported future\.html: 1 added/).waitFor();
    await expect
      .poll(() => list.getByTestId('import-notes').innerText())
      .toMatch(/ADD_DATE "9999999999999999999999" is not a time between 1970 and 2099/);

    const bad = JSON.stringify({
      format: 'sift-library',
      version: 1,
      articles: [{ ...base, url: 'https://hostile.example/x', savedAt: 1e300 }],
    });
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await list.getByText(/^bad\.json was not imported: Article 1: it has no valid savedAt time/).waitFor();
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(before + 2);

    // A record an older version stored from such a file: shown as damaged, the rest of the list as ever.
    await list.evaluate(
      () =>
        new Promise<void>((res, rej) => {
          const r = indexedDB.open('sift');
          r.onsuccess = () => {
            const tx = r.result.transaction('articles', 'readwrite');
            tx.objectStore('articles').put({ url: 'https://damaged.example/', title: 'Damaged', savedAt: 1e300, _n: -1e300, _u: -1e300 });
            tx.oncomplete = () => {
              r.result.close();
              res();
            };
            tx.onerror = () => rej(tx.error);
          };
        }),
    );
    await list.reload();
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(before + 2);
    await expect.poll(() => list.getByTestId('damaged').innerText()).toMatch(/https:\/\/damaged\.example\/.*no valid savedAt time/);
    await list.getByRole('button', { name: 'Delete the damaged record https://damaged.example/' }).click();
    await expect.poll(() => list.getByTestId('damaged').count()).toBe(0);

    // Every export still works, and the bookmarks carry no live javascript: link.
    const [bm] = await Promise.all([list.waitForEvent('download'), list.getByRole('button', { name: 'Bookmarks (HTML)' }).click()]);
    const html = readFileSync((await bm.path())!, 'utf8');
    expect(html).toContain('https://hostile.example/story');
    expect(html).not.toMatch(/javascript:|data:text/i);
    const [mdz] = await Promise.all([list.waitForEvent('download'), list.getByRole('button', { name: 'Markdown notes (.zip)' }).click()]);
    const notes = Object.values(unzipSync(new Uint8Array(readFileSync((await mdz.path())!)))).map((f) => strFromU8(f));
    expect(notes.join('\n')).toContain('Deep paragraph.');
    await Promise.all([list.waitForEvent('download'), list.getByRole('button', { name: 'EPUB book' }).click()]);

    // The saved view of the hostile article runs nothing of it.
    await list.goto(`${ext}/reader.html?saved=${encodeURIComponent('https://hostile.example/story')}`);
    expect(await waitForView(list)).toBe('1');
    expect(await list.getByTestId('article-body').innerText()).toContain('Deep paragraph.');
    expect(await list.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await list.close();
  });
});

describe('the release build', () => {
  it('ships no test hook in its service worker, and lets extension pages load images only from the web', () => {
    const background = readFileSync(resolve(EXTENSION, 'background.js'), 'utf8');
    expect(background).not.toContain(TEST_HOOKS_GLOBAL);
    expect(background).not.toContain('menuClick');
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION, 'manifest.json'), 'utf8'));
    const imgSrc = /img-src ([^;]*)/.exec(manifest.content_security_policy.extension_pages)![1]!.trim().split(/\s+/);
    expect(imgSrc.sort()).toEqual(['http:', 'https:']);
  });
});
