/**
 * Extraction in a real browser (Chromium, the built extension): the gate
 * reads what extraction found, the live page's style sheets decide what is
 * hidden, the view's sanitiser keeps what forms and custom elements hold, and
 * a paywall's teaser is shown as the site's preview.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSift, openPopupFor, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';

const PAGES = resolve(import.meta.dirname, '../pages');
const golden = (slug: string) => readFileSync(resolve(PAGES, slug, 'page.html'), 'utf8');

/** An article whose page hides parts of itself with its style sheet, not with inline styles. */
const HIDDEN_BY_STYLESHEET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night trains return to the valley | Valley Post</title>
<style>.mobile-only { display: none } .faded { visibility: hidden } @media (max-width: 10px) { .mobile-only { display: block } }</style></head>
<body><nav class="mobile-only"><a href="/">Menu</a> MOBILE MENU TEXT</nav>
<main><article><h1>Night trains return to the valley</h1>
<p>The first night train in twenty years left the valley station on Friday, with every one of its sleeping cars sold out weeks ahead.</p>
<div class="mobile-only"><p>DUPLICATE FOR SMALL SCREENS: the first night train in twenty years left the valley station on Friday evening.</p></div>
<p>The operator plans three trains a week until the spring, and a daily service from June if the demand holds up.</p>
<p class="faded">INVISIBLE NOTE that the page keeps for a later animation and never shows to the reader at all.</p>
<details><summary>How to book</summary><p>Tickets are sold at the station and online, from 49 euros for a seat.</p></details>
<p>Passengers on the first train included a couple who had taken the last one, in 2005, on their honeymoon.</p>
</article></main></body></html>`;

let sift: Sift;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  for (const slug of ['bbc-style', 'paywall-teaser', 'paywall-full', 'form-and-is', 'zh-news'])
    server.pages.set(`/${slug}.html`, golden(slug));
  server.pages.set('/hidden.html', HIDDEN_BY_STYLESHEET);
  sift = await launchSift();
});
afterAll(async () => {
  await sift?.close();
  await server?.close();
});

const bodyText = async (view: Page) => (await view.getByTestId('article-body').innerText()).replace(/\s+/g, ' ');

async function view(path: string): Promise<{ page: Page; popup: Page; state: '1' | 'failed' }> {
  const { page, popup } = await openPopupFor(sift, `${server.url}${path}`);
  return { page, popup, state: await waitForView(popup) };
}

async function close(...pages: Page[]) {
  for (const p of pages) await p.close();
}

describe('the gate reads what extraction found', () => {
  it('a BBC-style article of short paragraphs (which isProbablyReaderable turns away) opens in the popup', async () => {
    const { page, popup, state } = await view('/bbc-style.html');
    expect(state).toBe('1');
    expect(await popup.getByTestId('title').textContent()).toBe('Harbour bridge to close for repairs');
    const text = await bodyText(popup);
    expect(text).toContain('The council voted on Tuesday to shut the bridge from 1 April.');
    expect(text).toContain('A temporary footbridge could open by the end of June.');
    expect(text).not.toContain('Related topics');
    await close(popup, page);
  });

  it('a shop page is still "not an article", with "Show anyway"', async () => {
    const { page, popup, state } = await view('/not-article.html');
    expect(state).toBe('failed');
    expect(await popup.getByTestId('failure').getAttribute('data-kind')).toBe('not-article');
    expect(await popup.getByTestId('show-anyway').isVisible()).toBe(true);
    await close(popup, page);
  });
});

describe('the live page decides what is hidden', () => {
  it("text the page's style sheet hides is not in the view; a closed <details> is", async () => {
    const { page, popup, state } = await view('/hidden.html');
    expect(state).toBe('1');
    const text = await bodyText(popup);
    expect(text).toContain('The first night train in twenty years left the valley station on Friday');
    expect(text).toContain('Passengers on the first train included a couple');
    // Closed, so not in innerText; but in the view, for the reader to open.
    expect(await popup.getByTestId('article-body').textContent()).toContain('Tickets are sold at the station and online');
    expect(text).not.toMatch(/DUPLICATE FOR SMALL SCREENS|INVISIBLE NOTE|MOBILE MENU TEXT/);
    // The page itself is left as it was.
    expect(await page.locator('.mobile-only').count()).toBe(2);
    await close(popup, page);
  });
});

describe('what the page holds reaches the view', () => {
  it('forum posts inside a <form> and in is= elements are shown (the view sanitises them in the browser)', async () => {
    const { page, popup, state } = await view('/form-and-is.html');
    expect(state).toBe('1');
    const text = await bodyText(popup);
    expect(text).toContain('I store mine stacked on their sides');
    expect(text).toContain('Without rims I stand them upright');
    expect(text).toContain('I also write the position on each tyre with chalk');
    expect(text).not.toContain('Post reply');
    expect(await popup.locator('[data-testid="article-body"] form, [data-testid="article-body"] [is]').count()).toBe(0);
    await close(popup, page);
  });

  it('a Chinese article keeps every paragraph', async () => {
    const { page, popup, state } = await view('/zh-news.html');
    expect(state).toBe('1');
    expect(await popup.getByTestId('title').textContent()).toBe('北桥市议会决定关闭老港口大桥');
    const text = await bodyText(popup);
    expect(text).toContain('北桥市议会周二投票决定');
    expect(text).toContain('维修工程预计至少需要十八个月。');
    expect(text).not.toMatch(/相关阅读|责任编辑/);
    await close(popup, page);
  });
});

describe('a paywall teaser', () => {
  it("is shown with a note that it is the site's preview", async () => {
    const { page, popup, state } = await view('/paywall-teaser.html');
    expect(state).toBe('1');
    await expect.poll(() => popup.getByTestId('preview-notice').isVisible()).toBe(true);
    expect(await popup.getByTestId('preview-notice').innerText()).toMatch(/preview/i);
    expect(await bodyText(popup)).toContain('For three years, a report on the harbour bridge sat in a drawer');
    await close(popup, page);
  });

  it('a full article behind the same mark gets no such note', async () => {
    const { page, popup, state } = await view('/paywall-full.html');
    expect(state).toBe('1');
    expect(await popup.getByTestId('preview-notice').count()).toBe(0);
    await close(popup, page);
  });
});
