import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickAction, launchSift, openPopupFor, tabIdOf, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';

let sift: Sift;
let server: TestServer;

// These tests read the panels: open them in the popup too (it keeps them folded by default, issue 16).
const OPEN_PANELS = { popupSummaryOpen: true, popupFactsOpen: true };

beforeAll(async () => {
  server = await startServer();
  sift = await launchSift();
  await sift.worker.evaluate((open) => chrome.storage.sync.set({ settings: open, settings$: { v: 2 } }), OPEN_PANELS);
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

const markedText = (popup: Page) =>
  popup.evaluate(() =>
    Array.from(document.querySelectorAll('mark.sift-highlight'))
      .map((m) => m.textContent)
      .join('')
      .replace(/\s+/g, ' '),
  );

describe('key facts and summary in Chromium', () => {
  it('the seed popup lists the 5 key facts, and the troop fact highlights its sentence', async () => {
    const { page, popup } = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.plain.html`);
    await waitForView(popup);
    const panel = popup.getByRole('region', { name: 'Key facts' });
    await expect.poll(() => panel.getByTestId('fact').count()).toBe(5);
    const facts = await panel.getByTestId('fact').allInnerTexts();
    expect(facts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('6 January 2022'),
        expect.stringMatching(/dozens killed/i),
        expect.stringMatching(/thousands arrested/i),
        expect.stringMatching(/hundreds injured/i),
        expect.stringMatching(/2,500.*Russia/),
      ]),
    );
    const troops = panel.getByTestId('fact').filter({ hasText: '2,500' });
    await troops.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => markedText(popup)).toContain('Russia has sent some 2,500 personnel');
    // The highlighted sentence is scrolled into view.
    await expect
      .poll(() =>
        popup.evaluate(() => {
          const r = document.querySelector('mark.sift-highlight')!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    // "Copy facts" puts them on the clipboard as Markdown.
    // (Headless Chromium grants no clipboard to extension origins: capture what would be written.)
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (t: string) => void ((globalThis as Record<string, unknown>).__copied = t);
    });
    await panel.getByRole('button', { name: 'Copy facts' }).click();
    const copied = await popup.evaluate(() => (globalThis as Record<string, unknown>).__copied as string);
    expect(copied).toMatch(/^- .*2,500.*Russia/m);
    expect(copied.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(5);
    await popup.close();
    await page.close();
  });

  it('the summary sits at the top, and a sentence scrolls to its place in the article', async () => {
    const { page, popup } = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.html`);
    await waitForView(popup);
    const summary = popup.getByRole('region', { name: 'Summary' });
    await expect.poll(() => summary.getByTestId('summary-sentence').count()).toBe(3);
    const sentences = await summary.getByTestId('summary-sentence').allInnerTexts();
    const body = await popup.getByTestId('article-body').innerText();
    for (const s of sentences) expect(body.replace(/\s+/g, ' ')).toContain(s.replace(/\s+/g, ' '));
    await summary.getByTestId('summary-sentence').nth(2).click();
    await expect.poll(() => markedText(popup)).toBe(sentences[2]!.replace(/\s+/g, ' '));
    await popup.close();
    await page.close();
  });

  it('"AI key points" uses the on-device Summarizer when the browser has one', async () => {
    await sift.worker.evaluate(
      (open) => chrome.storage.sync.set({ settings: { ...open, summaryMode: 'ai' }, settings$: { v: 2 } }),
      OPEN_PANELS,
    );
    // A stand-in with the shape of Chrome's Summarizer API: availability(), create({monitor}), summarize().
    await sift.context.addInitScript(() => {
      if (!location.protocol.startsWith('chrome-extension')) return;
      const calls: unknown[] = [];
      (globalThis as Record<string, unknown>).__summarizerCalls = calls;
      (globalThis as Record<string, unknown>).Summarizer = {
        availability: async (o: unknown) => (calls.push(['availability', o]), 'downloadable'),
        create: async (o: { monitor?: (m: EventTarget) => void }) => {
          calls.push(['create', o]);
          const m = new EventTarget();
          o.monitor?.(m);
          m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.5 }));
          m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 1 }));
          return {
            summarize: async (text: string) => (calls.push(['summarize', text.length]), '* Russia sent troops.\n* Dozens were killed.'),
            destroy: () => undefined,
          };
        },
      };
    });
    const { page, popup } = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.html`);
    await waitForView(popup);
    const ai = popup.getByTestId('ai-points');
    await ai.getByRole('button', { name: /AI key points/ }).click();
    await expect.poll(() => ai.locator('li').allInnerTexts()).toEqual(['Russia sent troops.', 'Dozens were killed.']);
    const calls = (await popup.evaluate(() => (globalThis as Record<string, unknown>).__summarizerCalls)) as Array<[string, unknown]>;
    const names = calls.map((c) => c[0]);
    expect(names[0]).toBe('availability');
    expect(names.indexOf('create')).toBeLessThan(names.indexOf('summarize'));
    expect(names.filter((n) => n === 'summarize')).toHaveLength(1);
    await popup.close();
    await page.close();
  });

  it('without a Summarizer the AI option falls back quietly, with no error', async () => {
    const fresh = await launchSift();
    try {
      await fresh.worker.evaluate(
        (open) => chrome.storage.sync.set({ settings: { ...open, summaryMode: 'ai' }, settings$: { v: 2 } }),
        OPEN_PANELS,
      );
      const errors: string[] = [];
      const { page, popup } = await openPopupFor(fresh, `${server.url}/euobserver-kazakhstan.html`);
      popup.on('pageerror', (e) => errors.push(e.message));
      popup.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await waitForView(popup);
      await expect.poll(() => popup.getByRole('region', { name: 'Summary' }).innerText()).toContain('Sift shows its own summary');
      expect(await popup.getByTestId('summary-sentence').count()).toBe(3);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  it('a block removed in the clean view stays gone on the next visit to the site', async () => {
    const first = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.html`);
    await waitForView(first.popup);
    const target = "The CSTO's general secretary, Stanislav Zas";
    await first.popup.getByTestId('remove-mode').click();
    await first.popup.getByTestId('article-body').locator('p', { hasText: target }).click();
    await expect.poll(() => first.popup.getByTestId('article-body').innerText()).not.toContain(target);
    await first.popup.close();
    await first.page.close();

    // Same site, another visit (the plain page is served from the same host).
    const again = await openPopupFor(sift, `${server.url}/euobserver-kazakhstan.plain.html`);
    await waitForView(again.popup);
    const body = await again.popup.getByTestId('article-body').innerText();
    expect(body).not.toContain(target);
    expect(body).toContain('Russia has sent some 2,500 personnel');
    await again.popup.close();
    await again.page.close();
  });

  it('"Selection" shows just the text the reader selected on the page', async () => {
    const page = await sift.context.newPage();
    await page.goto(`${server.url}/euobserver-kazakhstan.plain.html`);
    const selected = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((el) => el.textContent!.includes('Russia has sent some 2,500'))!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString().trim();
    });
    const tabId = await tabIdOf(sift, page);
    await clickAction(sift, page);
    const popup = await sift.context.newPage();
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    await waitForView(popup);
    const toggle = popup.getByRole('button', { name: 'Selection' });
    await toggle.click();
    await expect.poll(() => popup.getByTestId('selection-view').innerText()).toBe(selected);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => popup.getByTestId('article-body').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });
});
