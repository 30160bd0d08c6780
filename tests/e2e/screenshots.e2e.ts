/**
 * The README's pictures: the popup and the reader tab on the seed article in
 * the light, grey and high-contrast themes. Each run checks the theme is the
 * one drawn and leaves the pictures in test-results/;
 * `SIFT_DOCS_SCREENSHOTS=1` writes them into docs/ as well.
 */
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, clickAction, launchSift, tabIdOf, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';

const THEMES = [
  { theme: 'light', bg: 'rgb(255, 255, 255)', suffix: '' },
  { theme: 'grey', bg: 'rgb(217, 217, 217)', suffix: '-grey' },
  { theme: 'contrast', bg: 'rgb(0, 0, 0)', suffix: '-contrast' },
] as const;

let sift: Sift;
let server: TestServer;
let tabId: number;

beforeAll(async () => {
  server = await startServer();
  sift = await launchSift();
  const article = await sift.context.newPage();
  await article.goto(`${server.url}/euobserver-kazakhstan.html`);
  tabId = await tabIdOf(sift, article);
  await clickAction(sift, article);
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

describe('pictures of each theme', () => {
  it.each(THEMES)('$theme: the popup and the reader tab', async ({ theme, bg, suffix }) => {
    await sift.worker.evaluate((t) => chrome.storage.sync.set({ settings: { theme: t }, settings$: { v: 2 } }), theme);
    const shots: Array<[string, string, { width: number; height: number }]> = [
      [`popup${suffix}.png`, 'popup.html', { width: 600, height: 600 }],
      [`reader-tab${suffix}.png`, 'reader.html', { width: 1280, height: 860 }],
    ];
    for (const [file, page, viewport] of shots) {
      const view = await sift.context.newPage();
      await view.setViewportSize(viewport);
      await view.goto(`chrome-extension://${sift.extensionId}/${page}?tabId=${tabId}`);
      expect(await waitForView(view)).toBe('1');
      await view.getByTestId('facts').waitFor();
      expect(await view.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await view.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
      // Fonts and the panels settle first.
      await view.evaluate(() => document.fonts.ready);
      const path = `${ARTIFACTS}/${file}`;
      await view.screenshot({ path });
      if (process.env.SIFT_DOCS_SCREENSHOTS === '1') copyFileSync(path, resolve(ROOT, 'docs', file));
      await view.close();
    }
  });
});
