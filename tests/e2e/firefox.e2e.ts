import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, ARTIFACTS } from './chromium';
import { startServer, type TestServer } from './server';
import { standInSpeech, VOICES, type Spoken } from './speech';

/**
 * Firefox ESR over WebDriver BiDi (puppeteer-core). Firefox gives tests no way to
 * grant activeTab, so this loads the E2E build, which alone carries host access
 * to 127.0.0.1 (see wxt.config.ts).
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve(ROOT, '.output/firefox-mv2-e2e');
const ADDON_ID = 'sift@sift-reader.org';
const UUID = '6f1b6a3e-2f4c-4d8e-9a51-5c1d3e7b9a20';
const BASE = `moz-extension://${UUID}`;

let browser: Browser;
let server: TestServer;

/** page.goto never resolves for moz-extension URLs over BiDi: start it and wait for the page instead. */
async function gotoExt(page: Page, url: string): Promise<void> {
  // It never resolves (see above): the wait below is the real check.
  page.goto(url).catch(() => undefined);
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 20_000 }, url);
}

describe.runIf(existsSync(FIREFOX))('clean view in Firefox', () => {
  beforeAll(async () => {
    if (!existsSync(resolve(BUILD, 'manifest.json'))) throw new Error(`No Firefox E2E build at ${BUILD}: run "npm run build:firefox-e2e".`);
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

  it('renders the clean view of a served seed page, saves it and exports the list', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/euobserver-kazakhstan.html`);
    const popup = await browser.newPage();
    await gotoExt(popup, `${BASE}/options.html`);
    const tabId = await popup.evaluate(async (prefix: string) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await b.tabs.query({ url: 'http://127.0.0.1/*' });
      return tabs.find((t) => t.url?.startsWith(prefix))?.id;
    }, server.url);
    expect(tabId).toBeTypeOf('number');
    await gotoExt(popup, `${BASE}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => document.documentElement.dataset.siftReady, { timeout: 20_000 });
    const title = await popup.$eval('[data-testid="title"]', (el) => el.textContent);
    expect(title).toBe('US, EU worried over Russian intervention in Kazakhstan');
    const body = await popup.$eval('[data-testid="article-body"]', (el) => (el as HTMLElement).innerText);
    expect(body).toContain('Russia has sent some 2,500 personnel');
    expect(body).not.toContain('Listen to article');
    expect(await popup.$eval('[data-testid="published"]', (el) => el.getAttribute('datetime'))).toBe('2022-01-06');
    await popup.screenshot({ path: `${ARTIFACTS}/firefox-popup.png` });

    // Save it, then export the reading list: the file is built in a worker.
    await popup.click('[data-testid="save"]');
    await popup.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent === 'Saved to your reading list.');
    await gotoExt(popup, `${BASE}/list.html`);
    await popup.waitForSelector('[data-testid="list-item"]');
    // Catch the download's Blob instead of letting Firefox save a file.
    await popup.evaluate(() => {
      const w = window as unknown as { siftExport?: Promise<string> };
      w.siftExport = new Promise((resolve) => {
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          void (blob as Blob).text().then(resolve);
          return 'about:blank';
        };
      });
      HTMLAnchorElement.prototype.click = () => undefined;
      // Count the workers' answers: without one, the page would quietly do the work itself.
      const w2 = window as unknown as { siftWorkerReplies: number };
      w2.siftWorkerReplies = 0;
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', () => w2.siftWorkerReplies++);
        }
      };
    });
    const [button] = await popup.$$('xpath/.//button[normalize-space()="Sift backup (JSON)"]');
    await button!.click();
    const text = await popup.evaluate(() => (window as unknown as { siftExport: Promise<string> }).siftExport);
    const backup = JSON.parse(text);
    expect(backup.articles.map((a: { title: string }) => a.title)).toEqual(['US, EU worried over Russian intervention in Kazakhstan']);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Exported 1 article as');
    expect(await popup.evaluate(() => (window as unknown as { siftWorkerReplies: number }).siftWorkerReplies)).toBe(1);

    // Import that backup with one more article in it: read and merged in a worker too.
    const another = { ...backup.articles[0], url: 'http://127.0.0.1/another-story', title: 'Another story, imported' };
    const file = JSON.stringify({ ...backup, articles: [...backup.articles, another] });
    await popup.evaluate((json: string) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([json], 'backup.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file);
    await popup.waitForFunction(() => document.body.innerText.includes('Imported backup.json: 1 added, 0 updated, 1 already here.'), {
      timeout: 15_000,
    });
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="list-item"]').length === 2);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Another story, imported');
    expect(await popup.evaluate(() => (window as unknown as { siftWorkerReplies: number }).siftWorkerReplies)).toBe(2);
  });

  it('opens the reader over the page, saves from it, and Escape returns to the page where it was', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(`${server.url}/euobserver-kazakhstan.plain.html`);
    await page.evaluate(() => window.scrollTo(0, 300));
    const scrolled = await page.evaluate(() => scrollY);
    const ext = await browser.newPage();
    await gotoExt(ext, `${BASE}/options.html`);
    // The script the toolbar and the shortcut inject (the test build's host access stands in for their grant).
    await ext.evaluate(async (prefix: string) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await b.tabs.query({ url: 'http://127.0.0.1/*' });
      const id = tabs.find((t) => t.url?.startsWith(`${prefix}/euobserver-kazakhstan.plain`))!.id!;
      await b.scripting.executeScript({ target: { tabId: id }, files: ['/inject-overlay.js'] });
    }, server.url);
    await ext.close();
    await page.bringToFront();
    // Test builds open the view's shadow root, so the test can read it (release builds close it).
    const viewText = () => page.evaluate(() => document.querySelector('sift-reader-view')?.shadowRoot?.textContent ?? null);
    await page.waitForFunction(() => (document.querySelector('sift-reader-view')?.shadowRoot?.textContent ?? '').includes('Key facts'), {
      timeout: 20_000,
    });
    const text = (await viewText())!;
    expect(text).toContain('US, EU worried over Russian intervention in Kazakhstan');
    expect(text).toContain('Russia has sent some 2,500 personnel');
    expect(text).not.toContain('Join EUobserver today');
    await page.evaluate(() =>
      document.querySelector('sift-reader-view')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="save"]')!.click(),
    );
    await page.waitForFunction(
      () =>
        /Saved to your reading list|Updated in your reading list/.test(
          document.querySelector('sift-reader-view')?.shadowRoot?.textContent ?? '',
        ),
      { timeout: 15_000 },
    );
    await page.screenshot({ path: `${ARTIFACTS}/firefox-overlay.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('sift-reader-view'));
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await page.close();
  });

  /** The id of the served page's tab, found from an extension page (Firefox tests have no activeTab grant to give). */
  async function tabOf(ext: Page, prefix: string): Promise<number> {
    return ext.evaluate(async (p: string) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await b.tabs.query({ url: 'http://127.0.0.1/*' });
      return tabs.find((t) => t.url?.startsWith(p))!.id!;
    }, prefix);
  }

  it('reads aloud sentence by sentence, and the Aa panel changes the view live and keeps it (issue 16)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/euobserver-kazakhstan.plain.html`);
    const popup = await browser.newPage();
    await gotoExt(popup, `${BASE}/options.html`);
    const tabId = await tabOf(popup, `${server.url}/euobserver-kazakhstan.plain`);
    await gotoExt(popup, `${BASE}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="facts"]'), { timeout: 20_000 });

    await popup.evaluate(standInSpeech(VOICES));
    await popup.click('[data-testid="aloud"]');
    const log = () => popup.evaluate(() => (globalThis as unknown as { __speech: { log: Spoken[] } }).__speech.log);
    const spokenMark = () => popup.evaluate(() => document.querySelector('mark.sift-spoken')?.textContent ?? '');
    await popup.waitForFunction(() => (globalThis as unknown as { __speech: { log: unknown[] } }).__speech.log.length === 1);
    const [first] = await log();
    expect(first).toMatchObject({ lang: 'en', voice: 'test-en-gb' });
    expect(first!.text).toMatch(/^The EU's top diplomat on Thursday/);
    expect(await spokenMark()).toBe(first!.text);
    await popup.evaluate(() => (globalThis as unknown as { __speech: { finish(): boolean } }).__speech.finish());
    await popup.waitForFunction(() => (globalThis as unknown as { __speech: { log: unknown[] } }).__speech.log.length === 2);
    expect((await log())[1]!.text).toMatch(/^Cities across Kazakhstan/);
    expect(await spokenMark()).toMatch(/^Cities across Kazakhstan/);
    await popup.click('[data-testid="aloud-close"]');

    await popup.click('[data-testid="aa"]');
    await popup.waitForSelector('[data-testid="aa-panel"]');
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="aa-theme"][value="sepia"]')!.click());
    await popup.click('[data-testid="size-up"]');
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('[data-testid="article-body"]')!).fontSize)).toBe('19px');
    await popup.waitForFunction(
      async () => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        const { settings } = (await b.storage.sync.get('settings')) as { settings?: { theme?: string; fontSize?: number } };
        return settings?.theme === 'sepia' && settings?.fontSize === 19;
      },
      { timeout: 10_000 },
    );
    await popup.close();
    await page.close();
  });

  it('loads a chosen bundled font inside the reader over the page (issue 16)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/euobserver-kazakhstan.plain.html`);
    const ext = await browser.newPage();
    await gotoExt(ext, `${BASE}/options.html`);
    const id = await tabOf(ext, `${server.url}/euobserver-kazakhstan.plain`);
    await ext.evaluate(async (tab: number) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      await b.storage.sync.set({ settings: { font: 'atkinson' }, settings$: { v: 2 } });
      await b.scripting.executeScript({ target: { tabId: tab }, files: ['/inject-overlay.js'] });
    }, id);
    await ext.close();
    await page.bringToFront();
    await page.waitForFunction(() => (document.querySelector('sift-reader-view')?.shadowRoot?.textContent ?? '').includes('Key facts'), {
      timeout: 20_000,
    });
    // The faces are in the page's document (a shadow root ignores @font-face), loaded from the extension.
    await page.waitForFunction(() => document.fonts.check('18px "Sift Atkinson Hyperlegible"'), { timeout: 10_000 });
    const family = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('sift-reader-view')!.shadowRoot!.querySelector('[data-testid="article-body"]')!).fontFamily,
    );
    expect(family).toMatch(/^"Sift Atkinson Hyperlegible"/);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.includes('Sift Atkinson') && f.status === 'loaded').map((f) => f.weight),
    );
    expect(loaded).toContain('400');
    await page.close();
  });
});
