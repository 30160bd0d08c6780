/**
 * Security: every hostile page of tests/hostile opened in Sift's four views
 * (popup, reader tab, saved-article view, and the reader over the page, which
 * runs in the page's own tab). No payload may run or load
 * anything, the article around it must still show, and Sift's pages keep a
 * strict CSP and make no request of their own.
 *
 * How requests are told apart: the hostile page's own tab has every
 * sub-resource and every navigation but its own aborted (page.route), and a
 * page CSP stops its scripts; so whatever reaches the test server after the
 * page loaded came from Sift's extension pages. A payload that "works" asks
 * for /beacon/<id> or sets window.__pwned / document.title / localStorage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { EXTENSION, clickAction, launchSift, tabIdOf, waitForView, type Sift } from './chromium';
import { startServer, type TestServer } from './server';
import { overlayDom, type OverlayDom } from './overlay-dom';
import { PAYLOADS, type Payload } from '../hostile/payloads';
import { FIRST_MARK, LAST_MARK, hostilePage, hostileTitle } from '../hostile/pages';

let sift: Sift;
let server: TestServer;
let tab: Page;
let tabId: number;
const views: Record<'popup' | 'reader' | 'saved', Page> = {} as never;
/** Requests from Sift's views that left the extension (http, https, …), by view. */
const outbound: Array<{ view: string; url: string; type: string }> = [];

/**
 * Runs in an extension page: everything active the clean view holds, and the
 * flags a payload would set. A string, so no bundler helper leaks into it.
 */
const INSPECT = `(() => {
  const problems = [];
  const body = document.querySelector('[data-testid="article-body"]');
  const bad = 'script,iframe,frame,frameset,object,embed,form,input,button,textarea,select,base,meta,link,style,svg,math,template,noscript,video,audio,source,portal,fencedframe,map,area,marquee,xmp,noembed,noframes';
  if (body) {
    for (const el of body.querySelectorAll(bad)) problems.push('<' + el.localName + '> in the article');
    for (const el of body.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const n = a.name.toLowerCase();
        if (n.startsWith('on') || n === 'style' || n === 'id' || n === 'name' || n === 'class' && el.localName !== 'span' && el.localName !== 'mark' || n.startsWith('data-') || ['srcdoc','formaction','action','poster','background','xlink:href','autofocus','popover','form','shadowrootmode'].includes(n))
          problems.push(el.localName + '[' + n + '] in the article');
        if (['href','src','srcset','cite'].includes(n)) {
          const parts = n === 'srcset' ? a.value.split(',').map((c) => c.trim().split(/\\s+/)[0] || '') : [a.value];
          for (const u of parts) {
            const bare = u.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
            if (/^(javascript|vbscript|data|blob|file|filesystem):/.test(bare)) problems.push(el.localName + '[' + n + '=' + bare.slice(0, 30) + ']');
          }
        }
      }
    }
    if (body.shadowRoot || body.querySelector(':host, [shadowroot]')) problems.push('shadow root in the article');
  }
  for (const el of document.querySelectorAll('base, meta[http-equiv], iframe, frame, object, embed, form')) problems.push('<' + el.localName + '> in the page');
  for (const s of document.scripts) if (!s.src.startsWith(location.origin + '/')) problems.push('foreign script ' + (s.src || 'inline'));
  const counts = {};
  for (const id of ['title', 'fact', 'facts', 'failure', 'save', 'article-body']) counts[id] = document.querySelectorAll('[data-testid="' + id + '"]').length;
  const spoofed = body ? body.querySelectorAll('[data-testid]').length : 0;
  let ls = null;
  try { ls = localStorage.getItem('pwned'); } catch (e) {}
  return {
    problems,
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    title: document.title,
    localStorage: ls,
    counts,
    spoofed,
    ready: document.documentElement.dataset.siftReady || null,
    shownTitle: document.querySelector('[data-testid="title"]')?.textContent ?? null,
    text: body ? body.innerText.replace(/\\s+/g, ' ') : '',
  };
})()`;

/**
 * The same checks on the reader over the page, run on its closed shadow root
 * through DevTools (the root is `this` there); the page's own flags are read apart.
 */
const INSPECT_OVERLAY = `function () {
  const root = this;
  const problems = [];
  const body = root.querySelector('[data-testid="article-body"]');
  const bad = 'script,iframe,frame,frameset,object,embed,form,input,textarea,select,base,meta,link,style,svg,math,template,noscript,video,audio,source,portal,fencedframe,map,area,marquee,xmp,noembed,noframes';
  if (body) {
    for (const el of body.querySelectorAll(bad)) problems.push('<' + el.localName + '> in the article');
    for (const el of body.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const n = a.name.toLowerCase();
        if (n.startsWith('on') || n === 'style' || n.startsWith('data-') || ['srcdoc','formaction','action','poster','background','xlink:href','autofocus','popover','form','shadowrootmode'].includes(n))
          problems.push(el.localName + '[' + n + '] in the article');
        if (['href','src','srcset','cite'].includes(n) && /^(javascript|vbscript|data|blob|file|filesystem):/.test(a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase()))
          problems.push(el.localName + '[' + n + '] with a script address');
      }
    }
  }
  for (const el of root.querySelectorAll('script, iframe, object, embed, form, base')) problems.push('<' + el.localName + '> in the view');
  const counts = {};
  for (const id of ['title', 'failure', 'save', 'article-body']) counts[id] = root.querySelectorAll('[data-testid="' + id + '"]').length;
  return {
    problems,
    counts,
    spoofed: body ? body.querySelectorAll('[data-testid]').length : 0,
    shownTitle: root.querySelector('[data-testid="title"]')?.textContent ?? null,
    text: body ? body.innerText.replace(/\\s+/g, ' ') : '',
  };
}`;

interface Inspection {
  problems: string[];
  pwned: string | null;
  title: string;
  localStorage: string | null;
  counts: Record<string, number>;
  spoofed: number;
  ready: string | null;
  shownTitle: string | null;
  text: string;
}

const pagePath = (p: Payload) => `/hostile/${p.id}.html`;
/** The one navigation of the article tab that may go through (see the route in beforeAll). */
let allowNavigation: string | null = null;
async function gotoTab(url: string) {
  allowNavigation = url;
  await tab.goto(url);
}

beforeAll(async () => {
  server = await startServer();
  for (const p of PAYLOADS) server.pages.set(pagePath(p), hostilePage(p, server.url, { pageCsp: true }));
  sift = await launchSift();
  tab = await sift.context.newPage();
  // The article's own tab: its document loads, nothing else does (not even a meta refresh).
  await tab.route('**/*', (route) => {
    const r = route.request();
    if (r.isNavigationRequest() && r.frame() === tab.mainFrame()) {
      if (r.url() === allowNavigation) {
        allowNavigation = null;
        return route.continue();
      }
      // A refresh or redirect the page tries by itself: "204 No Content" keeps the page where it is.
      return route.fulfill({ status: 204 });
    }
    return route.abort();
  });
  await gotoTab(`${server.url}${pagePath(PAYLOADS[0]!)}`);
  tabId = await tabIdOf(sift, tab);
  for (const name of ['popup', 'reader', 'saved'] as const) {
    const v = await sift.context.newPage();
    await v.setViewportSize(name === 'popup' ? { width: 640, height: 600 } : { width: 1100, height: 800 });
    v.on('request', (r: Request) => {
      if (!r.url().startsWith('chrome-extension://')) outbound.push({ view: name, url: r.url(), type: r.resourceType() });
    });
    views[name] = v;
  }
});

afterAll(async () => {
  await sift?.close();
  await server?.close();
});

const beaconsSince = (mark: number) => server.requests.slice(mark).filter((r) => r.includes('/beacon/'));

async function overlayInspection(o: OverlayDom) {
  return o.call<{ problems: string[]; counts: Record<string, number>; spoofed: number; shownTitle: string | null; text: string }>(
    INSPECT_OVERLAY,
  );
}

async function inspect(view: Page): Promise<Inspection> {
  return (await view.evaluate(INSPECT)) as Inspection;
}

function expectClean(where: string, r: Inspection, payload: Payload) {
  expect(r.problems, `${where}: active content`).toEqual([]);
  expect(r.pwned, `${where}: window.__pwned`).toBeNull();
  expect(r.title, `${where}: document.title`).not.toMatch(/PWNED/);
  expect(r.localStorage, `${where}: localStorage`).toBeNull();
  expect(r.spoofed, `${where}: data-testid from the page`).toBe(0);
  expect(r.counts.title, `${where}: one title`).toBe(1);
  expect(r.counts['article-body'], `${where}: one article body`).toBe(1);
  expect(r.counts.failure, `${where}: no failure box`).toBe(0);
  expect(r.shownTitle, `${where}: title`).toBe(hostileTitle(payload.id));
  expect(r.text, `${where}: article text`).toContain(FIRST_MARK);
  if (!payload.truncates) expect(r.text, `${where}: article text`).toContain(LAST_MARK);
  expect(r.text).not.toContain('__pwned');
}

async function openView(view: Page, url: string): Promise<Inspection> {
  await view.goto(url);
  const state = await waitForView(view);
  const r = await inspect(view);
  if (state !== '1') {
    const failure = await view
      .getByTestId('failure')
      .innerText()
      .catch(() => '');
    throw new Error(`no clean view (${state}): ${failure.replace(/\s+/g, ' ')}`);
  }
  return r;
}

describe('hostile pages in the popup, the reader tab, the saved view and over the page', () => {
  it('the extension pages keep a strict CSP', () => {
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION, 'manifest.json'), 'utf8'));
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*script|wasm-unsafe-eval/);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.split(/\s+/).filter((s) => s !== "'self'")).toEqual([]);
    for (const d of ["object-src 'none'", "frame-src 'none'", "base-uri 'none'", "form-action 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/connect-src[^;]*(https?:|\*)/);
    // No remote code, no page Sift runs on unasked.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toMatch(/\.html/);
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  describe.each(PAYLOADS.map((p) => [p.id, p] as const))('%s', (id, payload) => {
    it(`${payload.kind}: ${payload.note}`, { timeout: 30_000 }, async () => {
      const url = `${server.url}${pagePath(payload)}`;
      await gotoTab(url);
      expect(new URL(tab.url()).pathname).toBe(pagePath(payload));
      const mark = server.requests.length;
      const out = outbound.length;
      await tab.bringToFront();
      await clickAction(sift, tab);
      const ext = `chrome-extension://${sift.extensionId}`;

      const T = [performance.now()];
      const popup = await openView(views.popup, `${ext}/popup.html?tabId=${tabId}`);
      T.push(performance.now());
      expectClean('popup', popup, payload);
      await views.popup.getByTestId('save').dispatchEvent('click');
      T.push(performance.now());
      await views.popup.waitForFunction(
        () => /Saved|Updated|Could not|room/.test(document.querySelector('[data-testid="notice"]')?.textContent ?? ''),
        undefined,
        { timeout: 10_000, polling: 20 },
      );
      expect(await views.popup.getByTestId('notice').innerText()).toMatch(/Saved to|Updated in/);

      T.push(performance.now());
      const reader = await openView(views.reader, `${ext}/reader.html?tabId=${tabId}`);
      expectClean('reader tab', reader, payload);

      T.push(performance.now());
      const saved = await openView(views.saved, `${ext}/reader.html?saved=${encodeURIComponent(url)}`);
      expectClean('saved view', saved, payload);

      T.push(performance.now());
      // The reader over the page, in the page's own tab: injected as the toolbar does (the click's grant holds).
      await sift.worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/inject-overlay.js'] }), tabId);
      const over = await overlayDom(sift, tab);
      let inOverlay: Awaited<ReturnType<typeof overlayInspection>> = null;
      for (let i = 0; i < 100 && !(inOverlay?.counts.save && inOverlay.text.includes(FIRST_MARK)); i++) {
        await tab.waitForTimeout(50);
        inOverlay = await overlayInspection(over);
      }
      expect(inOverlay, 'the reader over the page opened').not.toBeNull();
      expect(inOverlay!.problems, 'over the page: active content').toEqual([]);
      expect(inOverlay!.spoofed, 'over the page: data-testid from the page').toBe(0);
      expect(inOverlay!.counts.title, 'over the page: one title').toBe(1);
      expect(inOverlay!.counts.failure, 'over the page: no failure box').toBe(0);
      expect(inOverlay!.shownTitle, 'over the page: title').toBe(hostileTitle(payload.id));
      expect(inOverlay!.text, 'over the page: article text').toContain(FIRST_MARK);
      if (!payload.truncates) expect(inOverlay!.text, 'over the page: article text').toContain(LAST_MARK);
      const pageFlags = await tab.evaluate(() => {
        let ls: string | null = null;
        try {
          ls = localStorage.getItem('pwned');
        } catch {
          // A sandboxed or opaque page has no storage to set.
        }
        return { pwned: (window as { __pwned?: unknown }).__pwned ?? null, title: document.title, ls };
      });
      expect(pageFlags.pwned, 'over the page: window.__pwned').toBeNull();
      expect(pageFlags.title, 'over the page: document.title').not.toMatch(/PWNED/);
      expect(pageFlags.ls, 'over the page: localStorage').toBeNull();
      await tab.keyboard.press('Escape');
      await over.detach();
      // The page is no longer inert: it asks again for the images of its own markup (aborted, as all its
      // requests are). Let that happen now, in front where it is rendered, not while the next page loads
      // (a request the old document makes as the tab navigates away can slip past the route).
      await tab.bringToFront();
      await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await tab.waitForTimeout(150);

      T.push(performance.now());
      if (process.env.HOSTILE_TIMES)
        console.log(
          id,
          T.slice(1)
            .map((t, i) => Math.round(t - T[i]!))
            .join(' '),
        );
      // Let anything a payload might have started arrive.
      await views.saved.waitForTimeout(100);
      expect(beaconsSince(mark), 'beacon requests').toEqual([]);
      // The views asked the web for images only, and nothing the payload names.
      const fromViews = outbound.slice(out);
      expect(fromViews.filter((r) => r.type !== 'image' || r.url.includes('/beacon/'))).toEqual([]);
      for (const name of ['popup', 'reader', 'saved'] as const) {
        expect(await views[name].evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null), name).toBeNull();
      }
      // The article's own tab was not driven anywhere either.
      expect(new URL(tab.url()).pathname).toBe(pagePath(payload));
      // The page's own markup goes before the tab moves on: a request the old document makes as it
      // unloads can slip past the route, and would be counted against the next payload.
      await tab.evaluate(() => document.documentElement.replaceChildren());
    });
  });

  it('the checks above can fail: a planted handler is found and a beacon from a view is seen', async () => {
    const v = views.saved;
    await v.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('src', '/nope.gif');
      img.setAttribute('onerror', 'window.__pwned = 1');
      document.querySelector('[data-testid="article-body"]')!.append(img);
    });
    expect((await inspect(v)).problems).toContain('img[onerror] in the article');
    // The extension CSP stops the inline handler even then.
    expect((await inspect(v)).pwned).toBeNull();
    const mark = server.requests.length;
    await v.evaluate(
      (u) => new Promise((r) => Object.assign(new Image(), { onload: r, onerror: r, src: u })),
      `${server.url}/beacon/control`,
    );
    expect(beaconsSince(mark)).toEqual(['/beacon/control']);
    server.requests.splice(mark);
  });

  it('the checks of the reader over the page can fail too: a planted handler in its article is found', async () => {
    // A page with its markup again (each payload's page is cleared as its test ends).
    await gotoTab(`${server.url}${pagePath(PAYLOADS[0]!)}`);
    await tab.bringToFront();
    await clickAction(sift, tab);
    await sift.worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/inject-overlay.js'] }), tabId);
    const over = await overlayDom(sift, tab);
    await expect.poll(async () => (await overlayInspection(over))?.counts['article-body'] ?? 0).toBe(1);
    await over.call(
      'function () { const i = document.createElement("img"); i.setAttribute("onerror", "x"); this.querySelector("[data-testid=article-body]").append(i); }',
    );
    expect((await overlayInspection(over))!.problems).toContain('img[onerror] in the article');
    await tab.keyboard.press('Escape');
    await over.detach();
    await tab.evaluate(() => document.documentElement.replaceChildren());
  });

  it('no beacon was requested at any time during the run', async () => {
    await views.popup.waitForTimeout(200);
    expect(server.requests.filter((r) => r.includes('/beacon/'))).toEqual([]);
  });
});

describe('Sift makes no request of its own', () => {
  const imagePage = (tag: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'">
<title>Northbridge closes harbour bridge | The Northbridge Courier</title><meta property="og:site_name" content="The Northbridge Courier"></head>
<body><main><article><h1>Northbridge closes harbour bridge</h1>
<p>${'The city council of Northbridge voted on Tuesday to close the old harbour bridge to traffic after engineers found deep cracks in two of its piers. '.repeat(2)}</p>
<figure><img src="/img/${tag}-one.png" alt="The bridge from the east bank" width="600" height="400"><figcaption>The bridge on Monday.</figcaption></figure>
<p>${'Repairs are expected to take at least eighteen months, and extra buses will run every five minutes at peak hours while the bridge is closed. '.repeat(2)}</p>
<p><img src="/img/${tag}-two.png" srcset="/img/${tag}-two.png 1x, /img/${tag}-two-2x.png 2x" alt="Cracks in a pier" width="300" height="200"> <a href="/related-story">Related story</a></p>
<p>${'Opposition councillors accused the ruling coalition of ignoring earlier warnings about the piers, first made in an inspection report in 2019. '.repeat(2)}</p>
</article></main></body></html>`;

  /** Opens the page in the article tab, then the popup and the reader tab; returns what reached the server meanwhile. */
  async function viewsOf(tag: string): Promise<{ server: string[]; outbound: typeof outbound }> {
    const path = `/hostile/images-${tag}.html`;
    server.pages.set(path, imagePage(tag));
    await gotoTab(`${server.url}${path}`);
    const mark = server.requests.length;
    const out = outbound.length;
    await tab.bringToFront();
    await clickAction(sift, tab);
    const ext = `chrome-extension://${sift.extensionId}`;
    for (const [view, url] of [
      [views.popup, `${ext}/popup.html?tabId=${tabId}`],
      [views.reader, `${ext}/reader.html?tabId=${tabId}`],
    ] as const) {
      await view.goto(url);
      expect(await waitForView(view)).toBe('1');
      await view.waitForLoadState('load');
      await view.getByTestId('facts').waitFor();
    }
    await views.reader.waitForTimeout(300);
    return { server: server.requests.slice(mark), outbound: outbound.slice(out) };
  }

  it("images on: the only requests are the article's images", async () => {
    const seen = await viewsOf('on');
    expect(seen.server.length).toBeGreaterThan(0);
    for (const r of seen.server) expect(r, 'request from a Sift page').toMatch(/^\/img\/on-(one|two|two-2x)\.png$/);
    expect(seen.server).toContain('/img/on-one.png');
    for (const r of seen.outbound) expect(r.type, r.url).toBe('image');
  });

  it('images off: no request at all', async () => {
    const before = await sift.worker.evaluate(() => chrome.storage.sync.get(null));
    try {
      await sift.worker.evaluate(async () => {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...(settings ?? {}), loadImages: false }, settings$: { v: 2 } });
      });
      const seen = await viewsOf('off');
      expect({ server: seen.server, views: seen.outbound }).toEqual({ server: [], views: [] });
      for (const v of [views.popup, views.reader]) {
        expect(await v.getByTestId('article-body').locator('img, picture, source, video, audio').count()).toBe(0);
        // The reader still learns what the picture was.
        expect(await v.getByTestId('article-body').innerText()).toContain('The bridge from the east bank');
      }
    } finally {
      await sift.worker.evaluate(async (b) => {
        await chrome.storage.sync.clear();
        await chrome.storage.sync.set(b);
      }, before);
    }
  });
});
