import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, clickAction, launchSift, openPopupFor, pressShortcut, tabIdOf, waitForView, type Sift } from './chromium';
import { TEST_HOOKS_GLOBAL } from '../../utils/platform/protocol';
import { startServer, type TestServer } from './server';

const FIRST = "The EU's top diplomat on Thursday (6 January) in veiled comments warned Russia";
const LAST = 'the Western military alliance in eastern Europe.';
const CLUTTER = [
  'Listen to article',
  'Read and decide',
  'Join EUobserver today',
  '14-day free trial',
  'subscribe as a group',
  'EU defends Kazakh leader',
  'News in Brief',
  'Latest News',
  'Support quality EU news',
];

let sift: Sift;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  // A page whose main thread is stuck: Sift's script cannot run there.
  server.pages.set(
    '/frozen.html',
    `<!doctype html><title>Frozen</title><p>Loading…</p><script>
      addEventListener('load', () => setTimeout(() => { const t = Date.now(); while (Date.now() - t < 9000) {} }, 300));
    </script>`,
  );
  sift = await launchSift();
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

/** Errors a view logs or throws: bad input must give a message, never an error. */
function consoleErrors(view: Page): string[] {
  const errors: string[] = [];
  view.on('pageerror', (e) => errors.push(e.message));
  view.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

async function expectSeedArticle(view: Page) {
  expect(await waitForView(view)).toBe('1');
  await expect.poll(() => view.getByTestId('title').textContent()).toBe('US, EU worried over Russian intervention in Kazakhstan');
  expect(await view.getByTestId('published').getAttribute('datetime')).toBe('2022-01-06');
  expect(await view.getByTestId('published').textContent()).toBe('6 January 2022');
  expect(await view.getByTestId('site').textContent()).toBe('EUobserver');
  const body = (await view.getByTestId('article-body').innerText()).replace(/\s+/g, ' ');
  expect(body.startsWith(FIRST)).toBe(true);
  expect(body.trimEnd().endsWith(LAST)).toBe(true);
  expect(body).toContain('Ukraine talks to go on');
  for (const c of CLUTTER) expect(body, `clutter "${c}"`).not.toContain(c);
}

describe('clean view in Chromium', () => {
  it('the release service worker carries no test hooks', async () => {
    expect(await sift.worker.evaluate((name) => name in globalThis, TEST_HOOKS_GLOBAL)).toBe(false);
  });

  it('a toolbar click shows the seed article, without clutter, in the popup', async () => {
    for (const fixture of ['euobserver-kazakhstan.html', 'euobserver-kazakhstan.plain.html']) {
      const { page, popup } = await openPopupFor(sift, `${server.url}/${fixture}`);
      await expectSeedArticle(popup);
      await popup.screenshot({ path: `${ARTIFACTS}/popup-${fixture.replace(/\.html$/, '')}.png`, fullPage: false });
      // Links in the clean view open in a new tab.
      for (const target of await popup
        .getByTestId('article-body')
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('target'))))
        expect(target).toBe('_blank');
      await popup.close();
      await page.close();
    }
  });

  it('the Alt+Shift+V shortcut (Alt+Shift+R is taken by Chromium) grants access and opens the clean view', async () => {
    const commands = await sift.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+V');
    const page = await sift.context.newPage();
    await page.goto(`${server.url}/euobserver-kazakhstan.html`);
    const tabId = await tabIdOf(sift, page);
    // Before the shortcut, Sift has no access to the page.
    const before = await sift.worker.evaluate(
      (id) =>
        chrome.scripting.executeScript({ target: { tabId: id }, func: () => 1 }).then(
          () => 'ok',
          () => 'denied',
        ),
      tabId,
    );
    expect(before).toBe('denied');
    await pressShortcut(sift, page, 'v', 'KeyV', 86);
    await expect
      .poll(() =>
        sift.worker.evaluate(
          (id) =>
            chrome.scripting.executeScript({ target: { tabId: id }, func: () => 1 }).then(
              () => 'ok',
              () => 'denied',
            ),
          tabId,
        ),
      )
      .toBe('ok');
    const popup = await sift.context.newPage();
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    await expectSeedArticle(popup);
    await popup.close();
    await page.close();
  });

  it('"Open in reader tab" shows the same clean view in a full tab', async () => {
    const { page, popup } = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.plain.html`);
    await waitForView(popup);
    const [tab] = await Promise.all([sift.context.waitForEvent('page'), popup.getByTestId('open-tab').click()]);
    await tab.setViewportSize({ width: 1280, height: 900 });
    expect(tab.url()).toContain('/reader.html?tabId=');
    await expectSeedArticle(tab);
    // The popup handed its article over: the tab did not extract from the page again.
    expect(tab.url()).toContain('handoff=1');
    expect(await tab.evaluate(() => performance.getEntriesByName('sift:inject').length)).toBe(0);
    await expect.poll(() => tab.getByRole('region', { name: 'Key facts' }).isVisible()).toBe(true);
    await tab.screenshot({ path: `${ARTIFACTS}/reader-tab.png` });
    await tab.close();
    await page.close();
  });

  it('a change of options applies at once to an open view', async () => {
    const { page, popup } = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.html`);
    await waitForView(popup);
    const options = await sift.context.newPage();
    await options.goto(`chrome-extension://${sift.extensionId}/options.html`);
    await options.getByLabel('Dark').check();
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 23, 26)');
    await options.getByLabel('Font size').fill('24');
    await expect.poll(() => popup.getByTestId('article-body').evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px');
    await options.getByLabel('Sans-serif').check();
    await expect.poll(() => popup.getByTestId('article-body').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/system-ui|sans/);
    // Stored where the brief says: storage.sync, versioned.
    const stored = await sift.worker.evaluate(() => chrome.storage.sync.get(null));
    expect(stored.settings).toMatchObject({ theme: 'dark', fontSize: 24, font: 'sans' });
    expect(stored['settings$']).toMatchObject({ v: 2 });
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    // "Same as the system": this browser runs with a light colour scheme.
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await options.close();
    await popup.close();
    await page.close();
  });

  it('a browser page gets a clear message instead of an error', async () => {
    const page = await sift.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(sift, page);
    // Chromium may refuse the action on its own pages; the popup below must say why either way.
    await clickAction(sift, page).catch(() => undefined);
    const popup = await sift.context.newPage();
    const errors = consoleErrors(popup);
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    expect(await waitForView(popup)).toBe('failed');
    expect(await popup.getByTestId('failure').getAttribute('data-kind')).toBe('restricted');
    await expect.poll(() => popup.getByTestId('failure').innerText()).toContain('Browsers do not let extensions read this page');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a page that is not an article says so, and "Show anyway" still cleans it', async () => {
    const { page, popup } = await openPopupFor(sift, `${server.url}/not-article.html`);
    const errors = consoleErrors(popup);
    expect(await waitForView(popup)).toBe('failed');
    expect(await popup.getByTestId('failure').getAttribute('data-kind')).toBe('not-article');
    await popup.getByTestId('show-anyway').click();
    await expect.poll(() => popup.getByTestId('title').textContent()).toBe('Acme Widgets');
    expect(errors).toEqual([]);
    // The reader tab opened from there shows the page too, not the message again.
    const [tab] = await Promise.all([sift.context.waitForEvent('page'), popup.getByTestId('open-tab').click()]);
    expect(await waitForView(tab)).toBe('1');
    expect(await tab.getByTestId('title').textContent()).toBe('Acme Widgets');
    // Reloaded, the tab shows the article it kept, without asking the page again.
    await tab.reload();
    expect(await waitForView(tab)).toBe('1');
    expect(await tab.evaluate(() => performance.getEntriesByName('sift:inject').length)).toBe(0);
    expect(await tab.getByTestId('title').textContent()).toBe('Acme Widgets');
    await tab.close();
    await popup.close();
    await page.close();
  });

  it('a page that does not answer within 5 s gets a clear message and a way to retry', async () => {
    const page = await sift.context.newPage();
    await page.goto(`${server.url}/frozen.html`);
    const tabId = await tabIdOf(sift, page);
    await clickAction(sift, page);
    await page.waitForTimeout(500); // the page's loop has started
    const popup = await sift.context.newPage();
    const errors = consoleErrors(popup);
    const t0 = Date.now();
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    expect(await waitForView(popup)).toBe('failed');
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(await popup.getByTestId('failure').getAttribute('data-kind')).toBe('timeout');
    expect(await popup.getByTestId('failure').innerText()).toContain('more than 5 seconds');
    await expect.poll(() => popup.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
