/**
 * The reader tab keeps its article in Firefox too (storage.session, tabs.getCurrent and
 * the MV2 background differ there): a reload after its source tab closed shows it again.
 * Firefox ESR over WebDriver BiDi with the E2E build, as firefox.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './chromium';
import { startServer, type TestServer } from './server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve(ROOT, '.output/firefox-mv2-e2e');
const ADDON_ID = 'sift@sift-reader.org';
const UUID = '3c9e1f2a-7b4d-4e6f-8a1b-2d3c4e5f6a7b';
const BASE = `moz-extension://${UUID}`;

let browser: Browser;
let server: TestServer;

/** page.goto never resolves for moz-extension URLs over BiDi: start it and wait for the page instead. */
async function gotoExt(page: Page, url: string): Promise<void> {
  // It never resolves (see above): the wait below is the real check.
  page.goto(url).catch(() => undefined);
  await page.waitForFunction((u) => location.href.startsWith(u) && document.readyState === 'complete', { timeout: 20_000 }, url);
}

const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.siftReady, { timeout: 20_000 });

describe.runIf(existsSync(FIREFOX))('the reader tab in Firefox', () => {
  beforeAll(async () => {
    if (!existsSync(resolve(BUILD, 'manifest.json'))) throw new Error(`No Firefox E2E build at ${BUILD}: run "npm run build:e2e".`);
    server = await startServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
    });
    await browser.installExtension(BUILD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps its article across a reload with its source tab closed', async () => {
    const source = await browser.newPage();
    await source.goto(`${server.url}/euobserver-kazakhstan.html`);
    const reader = await browser.newPage();
    await gotoExt(reader, `${BASE}/options.html`);
    const tabId = await reader.evaluate(async (prefix: string) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await b.tabs.query({ url: 'http://127.0.0.1/*' });
      return tabs.find((t) => t.url?.startsWith(prefix))?.id;
    }, server.url);
    expect(tabId).toBeTypeOf('number');
    await gotoExt(reader, `${BASE}/reader.html?tabId=${tabId}`);
    await ready(reader);
    const title = 'US, EU worried over Russian intervention in Kazakhstan';
    expect(await reader.$eval('[data-testid="title"]', (el) => el.textContent)).toBe(title);
    // The tab names what it shows in its address: a reload finds it kept.
    await reader.waitForFunction(() => new URLSearchParams(location.search).has('url'), { timeout: 5000 });
    const address = await reader.evaluate(() => location.href);
    await source.close();
    await gotoExt(reader, address);
    await ready(reader);
    expect(await reader.evaluate(() => document.documentElement.dataset.siftReady)).toBe('1');
    expect(await reader.$eval('[data-testid="title"]', (el) => el.textContent)).toBe(title);
    expect(await reader.$eval('[data-testid="article-body"]', (el) => (el as HTMLElement).innerText)).toContain(
      'Russia has sent some 2,500 personnel',
    );
  });
});
