/**
 * Issue 7, accessibility: axe-core on the popup, the reader tab, the options
 * page and the reading list in every theme (0 serious or critical
 * violations), and the whole read-a-fact-then-save path with the keyboard only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAction, launchSift, tabIdOf, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';
import { axe } from './axe';

const THEMES = ['system', 'light', 'dark', 'sepia'] as const;

let sift: Sift;
let server: TestServer;
let ext: string;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer();
  sift = await launchSift();
  ext = `chrome-extension://${sift.extensionId}`;
  article = await sift.context.newPage();
  await article.goto(`${server.url}/euobserver-kazakhstan.html`);
  tabId = await tabIdOf(sift, article);
  await clickAction(sift, article);
});

afterAll(async () => {
  await sift?.close();
  await server?.close();
});

async function setTheme(theme: (typeof THEMES)[number]) {
  await sift.worker.evaluate(async (t) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), theme: t }, settings$: { v: 2 } });
  }, theme);
}

async function open(url: string, viewport = { width: 1100, height: 800 }): Promise<Page> {
  const page = await sift.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  return page;
}

describe('axe-core: no serious or critical violations', () => {
  beforeAll(async () => {
    // The reading list needs something in it.
    const popup = await open(`${ext}/popup.html?tabId=${tabId}`, { width: 640, height: 600 });
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('save').click();
    await popup.waitForFunction(() => /Saved to|Updated in/.test(document.querySelector('[data-testid="notice"]')?.textContent ?? ''));
    await popup.close();
  });
  afterAll(() => setTheme('system'));

  const cases: Array<[string, (typeof THEMES)[number], 'light' | 'dark']> = [];
  for (const t of THEMES) cases.push([t, t, 'light']);
  cases.push(['system (browser in dark mode)', 'system', 'dark']);

  it.each(cases)('theme %s', { timeout: 60_000 }, async (_name, theme, scheme) => {
    await setTheme(theme);
    const report: string[] = [];
    const pages: Array<[string, string, { width: number; height: number }?]> = [
      ['popup', `${ext}/popup.html?tabId=${tabId}`, { width: 640, height: 600 }],
      ['reader tab', `${ext}/reader.html?tabId=${tabId}`],
      ['options', `${ext}/options.html`],
      ['reading list', `${ext}/list.html`],
    ];
    for (const [name, url, viewport] of pages) {
      const page = await sift.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport ?? { width: 1100, height: 800 });
      await page.goto(url);
      if (name === 'popup' || name === 'reader tab') {
        expect(await waitForView(page)).toBe('1');
        // Summary and facts follow the first paint.
        await page.getByTestId('facts').waitFor();
      } else {
        await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
        if (name === 'reading list') await page.getByTestId('list-item').first().waitFor();
      }
      // "system" is resolved to the browser's scheme on <html>.
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme === 'system' ? scheme : theme);
      for (const v of await axe(page)) report.push(`[${name}] ${v}`);
      await page.close();
    }
    expect(report, `axe, theme ${theme} (${scheme}):\n${report.join('\n')}`).toEqual([]);
  });
});

describe('keyboard only', () => {
  /** What has focus: its test id, or tag and text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      return el.dataset.testid ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 30)}`;
    });

  async function tabUntil(page: Page, want: string, key: 'Tab' | 'Shift+Tab', max = 80): Promise<void> {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      const f = await focused(page);
      seen.push(f);
      if (f === want) return;
    }
    throw new Error(`${want} not reached with ${key} in ${max} presses; focus went: ${seen.join(' → ')}`);
  }

  it.each([
    ['reader tab', 'reader.html', { width: 1280, height: 900 }],
    ['popup', 'popup.html', { width: 640, height: 600 }],
  ] as const)('%s: reach a fact, open it, save, close, without the mouse', async (_name, file, viewport) => {
    const view = await open(`${ext}/${file}?tabId=${tabId}`, viewport);
    expect(await waitForView(view)).toBe('1');
    await view.getByTestId('fact').first().waitFor();
    await view.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await tabUntil(view, 'fact', 'Tab');
    const factText = await view.evaluate(() => document.activeElement?.textContent ?? '');
    await view.keyboard.press('Enter');
    const mark = view.locator('mark.sift-highlight').first();
    await mark.waitFor({ timeout: 5000 });
    // The highlighted sentence is scrolled into view and takes focus, so reading goes on from there.
    await expect
      .poll(() =>
        mark.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
    expect(
      await view.evaluate(
        () =>
          document.activeElement?.closest('mark.sift-highlight') !== null || document.activeElement?.classList.contains('sift-highlight'),
      ),
    ).toBe(true);
    expect(factText.length).toBeGreaterThan(0);

    await tabUntil(view, 'save', 'Shift+Tab');
    await view.keyboard.press('Enter');
    await expect.poll(() => view.getByTestId('notice').innerText()).toMatch(/Saved to|Updated in/);
    // Focus is not lost by saving.
    expect(await focused(view)).toBe('save');
    // Closing is the browser's own shortcut (Ctrl+W / Escape for a popup), which pages never see; the page must allow it.
    let blocked = false;
    view.on('dialog', async (d) => {
      blocked = true;
      await d.dismiss();
    });
    await view.close({ runBeforeUnload: true });
    expect(blocked, 'no "leave page?" prompt on close').toBe(false);
  });
});
