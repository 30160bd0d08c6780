/**
 * The reader over the page in Chromium: opened by the toolbar when the reader
 * chose it, and by its own shortcut when not; the clean article over the page,
 * Save, an option applied live, Escape back to the page where it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, clickAction, launchSift, pressShortcut, type Sift } from './chromium';
import { OVERLAY_HOST, overlayDom, waitForOverlayText } from './overlay-dom';
import { startServer, type TestServer } from './server';

const FIRST = "The EU's top diplomat on Thursday (6 January) in veiled comments warned Russia";
const LAST = 'the Western military alliance in eastern Europe.';
const CLUTTER = [
  'Listen to article',
  'Read and decide',
  'Join EUobserver today',
  '14-day free trial',
  'EU defends Kazakh leader',
  'Latest News',
];

let sift: Sift;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  sift = await launchSift();
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

/** Chooses what the toolbar opens on the options page, as a reader would. */
async function chooseToolbar(view: 'popup' | 'overlay') {
  const options = await sift.context.newPage();
  await options.goto(`chrome-extension://${sift.extensionId}/options.html`);
  await options.getByRole('radio', { name: view === 'overlay' ? /over the page/ : /in a popup/ }).check();
  await expect.poll(() => sift.worker.evaluate(() => chrome.action.getPopup({}))).toMatch(view === 'overlay' ? /^$/ : /popup\.html$/);
  await options.close();
}

async function articlePage(path = '/euobserver-kazakhstan.html'): Promise<Page> {
  const page = await sift.context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(server.url + path);
  return page;
}

const hostCount = (page: Page) => page.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_HOST.toLowerCase());

describe('the reader over the page in Chromium', () => {
  it('opens by the toolbar when chosen, shows the clean article and its panels, and Escape leaves the page as it was', async () => {
    await chooseToolbar('overlay');
    const page = await articlePage();
    await page.evaluate(() => window.scrollTo(0, 350));
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await clickAction(sift, page);
    const o = await overlayDom(sift, page);
    const text = await waitForOverlayText(o, (t) => t.includes(LAST) && t.includes('Key facts'));
    expect(text).toContain('US, EU worried over Russian intervention in Kazakhstan');
    expect(text).toContain(FIRST);
    for (const c of CLUTTER) expect(text, `clutter "${c}"`).not.toContain(c);
    // The facts came from the service worker, each a button to its sentence.
    expect(await o.call<number>('function () { return this.querySelectorAll("[data-testid=fact]").length; }')).toBe(5);
    await page.screenshot({ path: `${ARTIFACTS}/overlay.png` });

    // Nothing of it is reachable from the page: a closed root, no Sift flag on the page's document.
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, OVERLAY_HOST.toLowerCase())).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.siftReady ?? null)).toBeNull();

    await page.keyboard.press('Escape');
    await expect.poll(() => hostCount(page)).toBe(0);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await o.detach();
    await page.close();
  });

  it('saves from over the page, and the toolbar closes it again', async () => {
    await chooseToolbar('overlay');
    const page = await articlePage();
    await clickAction(sift, page);
    const o = await overlayDom(sift, page);
    await waitForOverlayText(o, (t) => t.includes('Key facts'));
    // Keyboard only: Tab goes round the view's controls and never reaches the page behind it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe(OVERLAY_HOST.toLowerCase());
    }
    expect(await o.click('[data-testid=save]')).toBe(true);
    await waitForOverlayText(o, (t) => /Saved to your reading list|Updated in your reading list/.test(t));
    const list = await sift.context.newPage();
    await list.goto(`chrome-extension://${sift.extensionId}/list.html`);
    await expect.poll(() => list.getByTestId('list-item').count()).toBe(1);
    expect(await list.getByTestId('list-item').first().innerText()).toContain('US, EU worried over Russian intervention');
    await list.close();
    // The same button again takes the view away.
    await page.bringToFront();
    await clickAction(sift, page);
    await expect.poll(() => hostCount(page)).toBe(0);
    await o.detach();
    await page.close();
  });

  it('applies a change of options at once', async () => {
    await chooseToolbar('overlay');
    const page = await articlePage();
    await clickAction(sift, page);
    const o = await overlayDom(sift, page);
    await waitForOverlayText(o, (t) => t.includes(LAST));
    const options = await sift.context.newPage();
    await options.goto(`chrome-extension://${sift.extensionId}/options.html`);
    await options.getByLabel('Dark').check();
    const theme = () =>
      page.evaluate((tag) => (document.querySelector(tag) as HTMLElement | null)?.dataset.theme ?? null, OVERLAY_HOST.toLowerCase());
    await expect.poll(theme).toBe('dark');
    await options.getByLabel('Light').check();
    await expect.poll(theme).toBe('light');
    await options.close();
    await o.detach();
    await page.close();
  });

  it('opens by its own shortcut (Alt+Shift+O) while the toolbar opens the popup', async () => {
    await chooseToolbar('popup');
    const commands = await sift.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'open-other-view')?.shortcut).toBe('Alt+Shift+O');
    const page = await articlePage('/euobserver-kazakhstan.plain.html');
    await pressShortcut(sift, page, 'o', 'KeyO', 79);
    const o = await overlayDom(sift, page);
    const text = await waitForOverlayText(o, (t) => t.includes(LAST));
    // The plain page's promo box is the one plain Readability keeps: not here.
    expect(text).not.toContain('Join EUobserver today');
    await pressShortcut(sift, page, 'o', 'KeyO', 79);
    await expect.poll(() => hostCount(page)).toBe(0);
    await o.detach();
    await page.close();
  });

  it('a page that is not an article says so over the page, and "Show anyway" still cleans it', async () => {
    await chooseToolbar('popup');
    const page = await articlePage('/not-article.html');
    await pressShortcut(sift, page, 'o', 'KeyO', 79);
    const o = await overlayDom(sift, page);
    await waitForOverlayText(o, (t) => t.includes('doesn’t look like an article'));
    expect(await o.click('[data-testid=show-anyway]')).toBe(true);
    await waitForOverlayText(o, (t) => !t.includes('doesn’t look like an article') && t.length > 200);
    await page.keyboard.press('Escape');
    await expect.poll(() => hostCount(page)).toBe(0);
    await o.detach();
    await page.close();
  });

  it('opens the popup by that shortcut while the toolbar opens the view over the page', async () => {
    await chooseToolbar('overlay');
    const page = await articlePage();
    const helper = await sift.context.newPage();
    await helper.goto(`chrome-extension://${sift.extensionId}/options.html`);
    await pressShortcut(sift, page, 'o', 'KeyO', 79);
    const popupTitle = () =>
      helper.evaluate(
        () => chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector('[data-testid="title"]')?.textContent ?? null,
      );
    await expect.poll(popupTitle, { timeout: 10_000 }).toBe('US, EU worried over Russian intervention in Kazakhstan');
    expect(await hostCount(page)).toBe(0);
    await helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
    // The toolbar still opens the view over the page afterwards.
    await expect.poll(() => sift.worker.evaluate(() => chrome.action.getPopup({}))).toBe('');
    await helper.close();
    await page.close();
  });
});
