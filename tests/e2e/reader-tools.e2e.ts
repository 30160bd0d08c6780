/**
 * Issue 16 in Chromium: read aloud (a stand-in speechSynthesis, and the real
 * one where the system has a voice), the Aa panel, spacing and the reader's
 * own colours, the bundled fonts, print, the popup's first screen and the
 * smaller items; in the popup, the reader tab and the reader over the page.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { Settings } from '@/utils/core/settings/settings';
import { clickAction, launchSift, openPopupFor, tabIdOf, waitForView, type Sift } from './chromium';
import { overlayDom, waitForOverlayText, type OverlayDom } from './overlay-dom';
import { startServer, type TestServer } from './server';
import { speechHome, standInSpeech, VOICES, type Spoken } from './speech';

const SEED = '/euobserver-kazakhstan.plain.html';
const FIRST_SENTENCE =
  "The EU's top diplomat on Thursday (6 January) in veiled comments warned Russia against military intervention in neighbouring Kazakhstan, where protestors have been calling for a change in government.";
const TROOPS = 'Russia has sent some 2,500 personnel';

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

async function setSettings(patch: Partial<Settings> | null): Promise<void> {
  await sift.worker.evaluate(async (p) => {
    if (!p) return chrome.storage.sync.clear();
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...p }, settings$: { v: 2 } });
  }, patch);
}
/** Makes the toolbar button open the reader over the page, and waits until the browser knows. */
async function overlayToolbar(): Promise<void> {
  await setSettings({ toolbar: 'overlay' });
  await expect.poll(() => sift.worker.evaluate(() => chrome.action.getPopup({}))).toBe('');
}
const stored = () => sift.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Partial<Settings>);

async function readerTab(viewport = { width: 1280, height: 900 }, path = SEED): Promise<{ page: Page; tab: Page }> {
  const page = await sift.context.newPage();
  await page.goto(server.url + path);
  const tabId = await tabIdOf(sift, page);
  await clickAction(sift, page);
  const tab = await sift.context.newPage();
  await tab.setViewportSize(viewport);
  await tab.goto(`chrome-extension://${sift.extensionId}/reader.html?tabId=${tabId}`);
  expect(await waitForView(tab)).toBe('1');
  await tab.getByTestId('facts').waitFor();
  return { page, tab };
}

async function popupOf(path = SEED): Promise<{ page: Page; popup: Page }> {
  const { page, popup } = await openPopupFor(sift, server.url + path);
  expect(await waitForView(popup)).toBe('1');
  await popup.getByTestId('facts').waitFor();
  return { page, popup };
}

const spoken = (view: Page) => view.evaluate(() => (globalThis as unknown as { __speech: { log: Spoken[] } }).__speech.log);
const finish = (view: Page) => view.evaluate(() => (globalThis as unknown as { __speech: { finish(): boolean } }).__speech.finish());
const markText = (view: Page, cls = 'sift-spoken') =>
  view.evaluate(
    (c) =>
      Array.from(document.querySelectorAll(`mark.${c}`))
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    cls,
  );
/** The spoken sentence is on screen, below the sticky bar. */
const markInView = (view: Page) =>
  view.evaluate(() => {
    const m = document.querySelector('mark.sift-spoken');
    if (!m) return false;
    const r = m.getBoundingClientRect();
    const top = document.querySelector('.view-top')!.getBoundingClientRect().bottom;
    return r.top >= top - 1 && r.bottom <= innerHeight + 1;
  });

describe('read aloud, with a stand-in speechSynthesis', () => {
  beforeEach(() => setSettings(null));

  it('reads sentence by sentence with the sentence highlighted, resumes at the word reached, and steps with the keys', async () => {
    const { page, popup } = await popupOf();
    await popup.evaluate(standInSpeech(VOICES));
    await popup.getByTestId('aloud').click();
    await expect.poll(async () => (await spoken(popup)).length).toBe(1);
    const [first] = await spoken(popup);
    expect(first).toMatchObject({ text: FIRST_SENTENCE, lang: 'en', rate: 1, voice: 'test-en-gb' });
    expect(await markText(popup)).toBe(FIRST_SENTENCE);
    await expect.poll(() => popup.getByTestId('aloud-progress').innerText()).toMatch(/^Sentence 1 of \d+$/);

    // The voice finishes the sentence: the next one is read and highlighted.
    expect(await finish(popup)).toBe(true);
    await expect.poll(async () => (await spoken(popup)).length).toBe(2);
    const second = (await spoken(popup))[1]!.text;
    expect(second).toMatch(/^Cities across Kazakhstan/);
    expect(await markText(popup)).toBe(second);
    await expect.poll(() => popup.getByTestId('aloud-progress').innerText()).toMatch(/^Sentence 2 of /);

    // Pause after a few words (boundary events), then resume: from that word, not the start.
    await popup.waitForTimeout(120);
    await popup.getByTestId('aloud-toggle').click();
    await expect.poll(() => popup.getByTestId('aloud-bar').getAttribute('data-status')).toBe('paused');
    expect(
      await popup.evaluate(() => (globalThis as unknown as { __speech: { speaking(): string | null } }).__speech.speaking()),
    ).toBeNull();
    await popup.getByTestId('aloud-toggle').click();
    await expect.poll(async () => (await spoken(popup)).length).toBe(3);
    const resumed = (await spoken(popup))[2]!.text;
    expect(resumed.length).toBeLessThan(second.length);
    expect(second.endsWith(resumed)).toBe(true);
    expect(second[second.length - resumed.length - 1]).toBe(' ');
    expect(await markText(popup)).toBe(second);

    // The view's keys: "." next sentence, "," back, "n" pause.
    await popup.keyboard.press('.');
    await expect.poll(async () => (await spoken(popup)).at(-1)!.text).toMatch(/^EU foreign affairs chief/);
    await popup.keyboard.press(',');
    await expect.poll(async () => (await spoken(popup)).at(-1)!.text).toBe(second);
    await popup.keyboard.press('n');
    await expect.poll(() => popup.getByTestId('aloud-bar').getAttribute('data-status')).toBe('paused');

    // Speed: the next utterance goes at the new rate, and the choice is kept.
    await popup.getByTestId('aloud-rate').selectOption('1.5');
    await popup.getByTestId('aloud-toggle').click();
    await expect.poll(async () => (await spoken(popup)).at(-1)!.rate).toBe(1.5);
    await expect.poll(async () => (await stored()).aloudRate).toBe(1.5);
    // The voices of the article's language come first.
    const groups = await popup
      .getByTestId('aloud-voice')
      .locator('optgroup')
      .evaluateAll((g) => g.map((x) => (x as HTMLOptGroupElement).label));
    expect(groups).toEqual(['Voices for English', 'Other voices']);
    await popup.getByTestId('aloud-voice').selectOption('test-en-us');
    await expect.poll(async () => (await spoken(popup)).at(-1)!.voice).toBe('test-en-us');
    await expect.poll(async () => (await stored()).aloudVoices).toEqual({ en: 'test-en-us' });

    // Stop: silence, and no highlight left.
    await popup.getByTestId('aloud-close').click();
    expect(await markText(popup)).toBe('');
    await popup.close();
    await page.close();
  });

  it('reads from a fact’s sentence, and keeps the spoken sentence in view as it moves on', async () => {
    const { page, tab } = await readerTab({ width: 1000, height: 700 });
    await tab.evaluate(standInSpeech(VOICES));
    await tab.getByTestId('fact').filter({ hasText: '2,500' }).click();
    await expect.poll(() => markText(tab, 'sift-highlight')).toContain(TROOPS);
    await tab.getByTestId('aloud').click();
    await expect.poll(async () => (await spoken(tab)).length).toBe(1);
    expect((await spoken(tab))[0]!.text).toContain(TROOPS);
    expect(await markText(tab)).toContain(TROOPS);
    await expect.poll(() => markInView(tab)).toBe(true);
    // The reader scrolls away; the next sentence comes back into view.
    await tab.evaluate(() => scrollTo(0, 0));
    await finish(tab);
    await expect.poll(async () => (await spoken(tab)).length).toBe(2);
    await expect.poll(() => markInView(tab)).toBe(true);
    // While reading, a summary sentence moves the reading there.
    await tab.getByTestId('summary-sentence').first().click();
    await expect.poll(async () => (await spoken(tab)).at(-1)!.text).toBe(FIRST_SENTENCE);
    await tab.close();
    await page.close();
  });

  it('says so clearly when the system has no voice', async () => {
    const { page, popup } = await popupOf();
    await popup.evaluate(standInSpeech([]));
    await popup.getByTestId('aloud').click();
    await expect.poll(() => popup.getByTestId('aloud-problem').innerText()).toMatch(/no voice to read aloud with/);
    expect(await popup.getByTestId('aloud-problem').getAttribute('role')).toBe('alert');
    await popup.close();
    await page.close();
  });

  it('reads aloud over the page too (the stand-in in the content script’s world)', async () => {
    await overlayToolbar();
    const page = await sift.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(server.url + SEED);
    await clickAction(sift, page);
    const o = await overlayDom(sift, page);
    await waitForOverlayText(o, (t) => t.includes('Key facts'));
    const world = await contentWorld(sift, page);
    await world.run(standInSpeech(VOICES));
    expect(await o.click('[data-testid="aloud"]')).toBe(true);
    await expect.poll(async () => ((await world.run('__speech.log')) as Spoken[]).length).toBe(1);
    const spokenMark = () => o.call<string>('function () { return this.querySelector("mark.sift-spoken")?.textContent ?? ""; }');
    expect(await spokenMark()).toBe(FIRST_SENTENCE);
    await world.run('__speech.finish()');
    await expect.poll(async () => ((await world.run('__speech.log')) as Spoken[]).length).toBe(2);
    await expect.poll(spokenMark).toMatch(/^Cities across Kazakhstan/);
    // Closing the view ends the speech.
    await page.keyboard.press('Escape');
    await expect.poll(() => world.run('__speech.speaking()')).toBeNull();
    await world.detach();
    await o.detach();
    await page.close();
    await setSettings(null);
  });
});

/** The content script's isolated world in `page`, where the reader over the page runs, through DevTools. */
async function contentWorld(s: Sift, page: Page): Promise<{ run(expr: string): Promise<unknown>; detach(): Promise<void> }> {
  const cdp: CDPSession = await s.context.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const until = Date.now() + 5000;
  let ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(s.extensionId));
  while (!ctx && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(s.extensionId));
  }
  if (!ctx) throw new Error(`no content-script world in ${page.url()}: ${JSON.stringify(contexts)}`);
  const id = ctx.id;
  return {
    run: async (expression) => {
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true })) as {
        result: { value?: unknown };
        exceptionDetails?: unknown;
      };
      if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
      return r.result.value ?? null;
    },
    detach: () => cdp.detach(),
  };
}

describe('read aloud with the system’s own voice', () => {
  // Debian's speech-dispatcher with espeak-ng gives headless Chromium real voices (with
  // --enable-speech-dispatcher); without them the test cannot run, and says so.
  const home = speechHome();
  it.skipIf(!home)('speaks the article with a real voice, moving the highlight sentence by sentence', { timeout: 90_000 }, async (ctx) => {
    const real = await launchSift({ args: ['--enable-speech-dispatcher'], env: home!.env });
    try {
      const { page, popup } = await openPopupFor(real, server.url + SEED);
      expect(await waitForView(popup)).toBe('1');
      const voices = await popup.evaluate(
        () =>
          new Promise<number>((resolve) => {
            if (speechSynthesis.getVoices().length) return resolve(speechSynthesis.getVoices().length);
            speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length), { once: true });
            setTimeout(() => resolve(speechSynthesis.getVoices().length), 20_000);
          }),
      );
      if (!voices) ctx.skip(true, 'speech-dispatcher gave Chromium no voice on this machine');
      // Every sentence the highlight reaches, in order (speech to a null sound device runs faster than life).
      await popup.evaluate(() => {
        const seen: string[] = [];
        (globalThis as Record<string, unknown>).__seen = seen;
        new MutationObserver(() => {
          const t = Array.from(document.querySelectorAll('mark.sift-spoken'))
            .map((m) => m.textContent)
            .join('');
          if (t && seen.at(-1) !== t) seen.push(t);
        }).observe(document.body, { childList: true, subtree: true });
      });
      await popup.getByTestId('aloud').click();
      const seen = () => popup.evaluate(() => (globalThis as Record<string, unknown>).__seen as string[]);
      await expect.poll(async () => (await seen()).length, { timeout: 30_000 }).toBeGreaterThan(2);
      const [first, second] = await seen();
      expect(first!.replace(/\s+/g, ' ')).toBe(FIRST_SENTENCE);
      // The real engine ended the sentence, and Sift went on to the next.
      expect(second).toMatch(/^Cities across Kazakhstan/);
      await popup.getByTestId('aloud-close').click();
      await page.close();
    } finally {
      await real.close();
      home!.stop();
    }
  });
});

describe('the Aa panel', () => {
  beforeEach(() => setSettings(null));

  const bodyStyle = (view: Page) =>
    view.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('[data-testid="article-body"]')!);
      return {
        fontSize: cs.fontSize,
        letterSpacing: cs.letterSpacing,
        wordSpacing: cs.wordSpacing,
        textAlign: cs.textAlign,
        color: cs.color,
        fontFamily: cs.fontFamily,
        bg: getComputedStyle(document.body).backgroundColor,
        link: getComputedStyle(document.querySelector('.article-footer a')!).color,
      };
    });
  const slide = (view: Page, id: string, value: number) =>
    view.evaluate(
      ([sel, v]) => {
        const input = document.getElementById(sel as string) as HTMLInputElement;
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      [id, value] as const,
    );

  it('changes the popup live (theme, size, spacing, alignment), keeps the changes, and the reader tab opens with them', async () => {
    const { page, popup } = await popupOf();
    await popup.getByTestId('aa').click();
    const panel = popup.getByTestId('aa-panel');
    await panel.waitFor();
    expect(await popup.getByTestId('aa').getAttribute('aria-expanded')).toBe('true');
    await panel.getByRole('radio', { name: 'Dark' }).check();
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await popup.getByTestId('size-up').click();
    await popup.getByTestId('size-up').click();
    await slide(popup, 'aa-letter', 0.1);
    await slide(popup, 'aa-word', 0.3);
    await panel.getByRole('radio', { name: 'Justified' }).check();
    // Live: before anything is written.
    expect(await bodyStyle(popup)).toMatchObject({ fontSize: '20px', letterSpacing: '2px', wordSpacing: '6px', textAlign: 'justify' });
    expect(await popup.getByTestId('size-value').innerText()).toBe('20 px');
    // Kept: in the options, one write for the lot.
    await expect.poll(stored).toMatchObject({ theme: 'dark', fontSize: 20, letterSpacing: 0.1, wordSpacing: 0.3, textAlign: 'justify' });
    // Escape closes the panel and gives the focus back to its button.
    await popup.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('aa');
    await popup.close();
    await page.close();

    const { page: p2, tab } = await readerTab();
    expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bodyStyle(tab)).toMatchObject({ fontSize: '20px', letterSpacing: '2px', wordSpacing: '6px', textAlign: 'justify' });
    await tab.close();
    await p2.close();
  });

  it('applies the reader’s own colours, and warns when they fall below WCAG AA', async () => {
    const { page, tab } = await readerTab();
    await tab.getByTestId('aa').click();
    await tab.getByTestId('colors-on').check();
    const setColour = (key: string, v: string) =>
      tab.getByTestId(`color-${key}`).evaluate((el, value) => {
        (el as HTMLInputElement).value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, v);
    await setColour('background', '#fdf6e3');
    await setColour('text', '#333333');
    await setColour('link', '#1a4f8b');
    expect(await bodyStyle(tab)).toMatchObject({ color: 'rgb(51, 51, 51)', bg: 'rgb(253, 246, 227)', link: 'rgb(26, 79, 139)' });
    expect(await tab.getByTestId('contrast').innerText()).toMatch(/^Contrast: text 11\.\d:1, links 7\.\d:1/);
    await setColour('text', '#aaaaaa');
    await expect.poll(() => tab.getByTestId('contrast').innerText()).toMatch(/^Low contrast: text 2\.\d:1/);
    await expect.poll(async () => (await stored()).colors).toEqual({ on: true, text: '#aaaaaa', background: '#fdf6e3', link: '#1a4f8b' });
    await tab.close();
    await page.close();
  });

  it('changes the reader over the page live, in its shadow root', async () => {
    await overlayToolbar();
    const page = await sift.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(server.url + SEED);
    await clickAction(sift, page);
    const o: OverlayDom = await overlayDom(sift, page);
    await waitForOverlayText(o, (t) => t.includes('Key facts'));
    expect(await o.click('[data-testid="aa"]')).toBe(true);
    expect(await o.click('input[name="aa-theme"][value="sepia"]')).toBe(true);
    await o.call(
      'function () { const i = this.getElementById("aa-letter"); i.value = "0.05"; i.dispatchEvent(new Event("input", { bubbles: true })); }',
    );
    const host = () => o.call<string>('function () { return this.host.dataset.theme; }');
    await expect.poll(host).toBe('sepia');
    const spacing = () =>
      o.call<string>('function () { return getComputedStyle(this.querySelector("[data-testid=article-body]")).letterSpacing; }');
    await expect.poll(spacing).toBe('0.9px');
    await expect.poll(stored).toMatchObject({ theme: 'sepia', letterSpacing: 0.05 });
    await o.detach();
    await page.close();
  });
});

describe('bundled fonts', () => {
  beforeEach(() => setSettings(null));
  /** Sift's font faces in the document, with their load state: none before a font is chosen. */
  const faces = (view: Page) =>
    view.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '').startsWith('Sift '))
        .map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.unicodeRange.startsWith('U+0') ? 'latin' : 'latin-ext'} ${f.status}`)
        .sort(),
    );

  it('loads Atkinson Hyperlegible only when it is chosen, in the reader tab and over the page', async () => {
    const { page, tab } = await readerTab();
    expect(await faces(tab)).toEqual([]);
    await tab.getByTestId('aa').click();
    await tab.getByTestId('aa-font').selectOption('atkinson');
    await expect.poll(() => tab.evaluate(() => document.fonts.check('18px "Sift Atkinson Hyperlegible"'))).toBe(true);
    // The faces the article's text uses are loaded, the rest (Latin Extended here) never fetched.
    await expect
      .poll(() => faces(tab))
      .toEqual([
        'Sift Atkinson Hyperlegible 400 latin loaded',
        'Sift Atkinson Hyperlegible 400 latin-ext unloaded',
        'Sift Atkinson Hyperlegible 700 latin loaded',
        'Sift Atkinson Hyperlegible 700 latin-ext unloaded',
      ]);
    expect(await tab.evaluate(() => getComputedStyle(document.querySelector('[data-testid="article-body"]')!).fontFamily)).toMatch(
      /^"Sift Atkinson Hyperlegible"/,
    );
    await tab.close();
    await page.close();

    // Over the page: the faces go into the page's document, from the extension's per-session URL.
    await setSettings({ font: 'serif' });
    await overlayToolbar();
    const article = await sift.context.newPage();
    await article.setViewportSize({ width: 1200, height: 800 });
    await article.goto(server.url + SEED);
    await clickAction(sift, article);
    const o = await overlayDom(sift, article);
    await waitForOverlayText(o, (t) => t.includes('Key facts'));
    expect(await faces(article)).toEqual([]);
    await o.click('[data-testid="aa"]');
    await o.call(
      'function () { const s = this.querySelector("[data-testid=aa-font]"); s.value = "opendyslexic"; s.dispatchEvent(new Event("change", { bubbles: true })); }',
    );
    await expect.poll(() => faces(article)).toEqual(['Sift OpenDyslexic 400 latin loaded']);
    const family = () =>
      o.call<string>('function () { return getComputedStyle(this.querySelector("[data-testid=article-body]")).fontFamily; }');
    expect(await family()).toMatch(/^"Sift OpenDyslexic"/);
    // use_dynamic_url: the file's address is not the extension's fixed id, so a page cannot probe for Sift by it.
    const world = await contentWorld(sift, article);
    const url = String(await world.run('chrome.runtime.getURL("/fonts/opendyslexic-latin-400.woff2")'));
    expect(url).toMatch(/^chrome-extension:\/\/[^/]+\/fonts\/opendyslexic-latin-400\.woff2$/);
    expect(url).not.toContain(sift.extensionId);
    await world.detach();
    await o.detach();
    await article.close();
  });
});

describe('print', () => {
  beforeEach(() => setSettings(null));
  const shown = (view: Page, sel: string) =>
    view.evaluate((s) => {
      const el = document.querySelector(s);
      return !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    }, sel);

  it('prints the article with its title and source, without the controls; the summary and facts only when asked', async () => {
    const { page, tab } = await readerTab();
    await tab.getByTestId('aa').click();
    await tab.emulateMedia({ media: 'print' });
    for (const sel of ['.toolbar', '[data-testid="aa-panel"]', '.copy', '[data-testid="summary"]', '[data-testid="facts"]'])
      expect(await shown(tab, sel), sel).toBe(false);
    for (const sel of [
      '[data-testid="title"]',
      '[data-testid="site"]',
      '[data-testid="published"]',
      '[data-testid="article-body"]',
      '.print-url',
    ])
      expect(await shown(tab, sel), sel).toBe(true);
    expect(await tab.locator('.print-url').innerText()).toBe(await tab.locator('.article-footer a').getAttribute('href'));
    // Black on white whatever the theme.
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await tab.emulateMedia({ media: 'screen' });
    await setSettings({ printPanels: true, theme: 'dark' });
    await tab.emulateMedia({ media: 'print' });
    await expect.poll(() => shown(tab, '[data-testid="summary"]')).toBe(true);
    expect(await shown(tab, '[data-testid="facts"]')).toBe(true);
    expect(await shown(tab, '.copy')).toBe(false);
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    // And the PDF comes out.
    const pdf = await tab.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.close();
    await page.close();
  });
});

describe('the popup’s first screen', () => {
  beforeEach(() => setSettings(null));
  /** How much of the article's text shows in a 600 px popup: lines above the fold. */
  const linesShown = (popup: Page) =>
    popup.evaluate(() => {
      const body = document.querySelector('[data-testid="article-body"]')!;
      const lh = parseFloat(getComputedStyle(body).lineHeight);
      return (innerHeight - body.getBoundingClientRect().top) / lh;
    });

  it('shows the article’s first paragraphs above the fold at default settings, and still text with 7 sentences at 32 px', async () => {
    const { page, popup } = await popupOf();
    expect(await popup.evaluate(() => innerHeight)).toBe(600);
    expect(await linesShown(popup)).toBeGreaterThan(8);
    // The second paragraph starts on the first screen too.
    expect(
      await popup.evaluate(() => document.querySelectorAll('[data-testid="article-body"] p')[1]!.getBoundingClientRect().top),
    ).toBeLessThan(560);
    // Summary and facts are one click away, and stay as the reader leaves them.
    await popup.getByRole('region', { name: 'Summary' }).locator('summary').click();
    await expect.poll(() => popup.getByTestId('summary-sentence').first().isVisible()).toBe(true);
    await expect.poll(async () => (await stored()).popupSummaryOpen).toBe(true);
    await popup.close();
    await page.close();

    await setSettings({ summaryLength: 7, fontSize: 32, popupSummaryOpen: false });
    const again = await popupOf();
    expect(await linesShown(again.popup)).toBeGreaterThan(2);
    await again.popup.close();
    await again.page.close();
  });
});

describe('the smaller items', () => {
  beforeEach(() => setSettings(null));

  it('about:blank: the popup says the browser keeps the page from extensions, and offers no reader tab', async () => {
    const page = await sift.context.newPage();
    await page.goto('about:blank');
    const tabId = await tabIdOf(sift, page);
    await clickAction(sift, page);
    const popup = await sift.context.newPage();
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    expect(await waitForView(popup)).toBe('failed');
    const text = await popup.getByTestId('failure').innerText();
    expect(text).not.toMatch(/Click the Sift button/);
    expect(text).toMatch(/blank or built-in page|do not let extensions read this page/);
    expect(await popup.getByTestId('open-tab').count()).toBe(0);
    expect(await popup.getByTestId('aloud').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('F goes back from a fact’s sentence to the fact', async () => {
    const { page, tab } = await readerTab();
    const fact = tab.getByTestId('fact').filter({ hasText: '2,500' });
    await fact.focus();
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.closest('mark.sift-highlight') !== null)).toBe(true);
    await tab.keyboard.press('f');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toMatch(/2,500/);
    // Off in the Aa panel, the key is the page's again.
    await setSettings({ viewShortcuts: false });
    await tab.getByTestId('article-body').locator('p').first().click();
    await tab.keyboard.press('f');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('fact');
    await tab.close();
    await page.close();
  });

  it('the reader tab under 900 px shows the key facts above the article, not after all of it', async () => {
    const { page, tab } = await readerTab({ width: 800, height: 900 });
    const top = (sel: string) => tab.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().top, sel);
    expect(await top('[data-testid="facts"]')).toBeLessThan(await top('[data-testid="article-body"]'));
    expect(await top('[data-testid="facts"]')).toBeLessThan(900);
    await tab.close();
    await page.close();
  });

  it('a link that holds only an image without alt text gets its address as its name, in a saved article', async () => {
    server.pages.set(
      '/image-link.html',
      `<!doctype html><html lang="en"><head><title>A story with a picture link</title></head><body><article><h1>A story with a picture link</h1>
      ${'<p>The council met on Tuesday and agreed a new budget for the harbour, after a long debate about the costs of repair.</p>'.repeat(6)}
      <p><a href="https://example.org/gallery/harbour"><img src="/harbour.png" alt=""></a></p>
      ${'<p>Residents said the repairs were overdue, and that the works should start before the winter storms arrive.</p>'.repeat(4)}
      </article></body></html>`,
    );
    const { page, popup } = await popupOf('/image-link.html');
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('notice').innerText()).toMatch(/Saved to|Updated in/);
    const saved = await sift.context.newPage();
    await saved.goto(`chrome-extension://${sift.extensionId}/reader.html?saved=${encodeURIComponent(server.url + '/image-link.html')}`);
    expect(await waitForView(saved)).toBe('1');
    const link = saved.getByTestId('article-body').locator('a[href="https://example.org/gallery/harbour"]');
    await expect.poll(() => link.getAttribute('aria-label')).toBe('Link: example.org/gallery/harbour');
    await saved.close();
    await popup.close();
    await page.close();
  });

  it('the toolbar stays on one row in the popup, with a selection on the page', async () => {
    const page = await sift.context.newPage();
    await page.goto(server.url + SEED);
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelectorAll('p')[3]!));
    const tabId = await tabIdOf(sift, page);
    await clickAction(sift, page);
    const popup = await sift.context.newPage();
    await popup.setViewportSize({ width: 640, height: 600 });
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('selection').waitFor();
    const rows = await popup.evaluate(() => {
      const bar = document.querySelector('.toolbar')!;
      const tops = new Set(Array.from(bar.querySelectorAll('button')).map((b) => Math.round(b.getBoundingClientRect().top)));
      return { tops: tops.size, overflow: bar.scrollWidth > bar.clientWidth };
    });
    expect(rows).toEqual({ tops: 1, overflow: false });
    await popup.close();
    await page.close();
  });
});
