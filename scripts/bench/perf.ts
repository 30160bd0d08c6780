/**
 * Speed, size and memory of Sift:
 *   1. per-stage ms over ../shared/corpus/article-bench-dev in Node, beside plain
 *      Readability on the same pages in the same run;
 *   2. in real Chromium, from the toolbar click (CDP Extensions.triggerAction,
 *      the moment a user's click reaches the browser) to the view painted with
 *      the article's last paragraph: a bare popup that does nothing (the
 *      browser's floor), Sift's popup, and the reader over the page, over the
 *      seed pages and corpus pages (the corpus's largest, about 1.5 MB, among
 *      them) served on 127.0.0.1; where each view's time goes;
 *   3. bundle sizes (gzipped) and the popup's JS heap after render.
 *
 *   npm run bench:perf [-- --json FILE] [--pages N] [--rounds N] [--latency-only]
 *
 * Needs a Chrome build (.output/chrome-mv3); `npm run bench` builds first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Sift } from '../../tests/e2e/chromium';
import type { Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../utils/core/extract';
import { extractPlainReadability } from './metrics/plain-readability';
import { cloneForExtraction } from '../../utils/core/extract/clone';
import { analyse } from '../../utils/core/analysis';
import { MARK_PAINTED } from '../../utils/platform/marks';
import { parseHtml, readHtmlFile } from '../lib/dom';
import { arg, corpusPages, median, quantile, repoRoot, table } from '../lib/bench';
import { BUDGETS_KB, measureBundle } from '../lib/bundle-size';

type Stage =
  | 'readability (plain)'
  | 'clone + readability (plain)'
  | 'clone'
  | 'readability'
  | 'clean'
  | 'sanitize'
  | 'facts'
  | 'summary'
  | 'Sift total';

function stagesInNode(): Record<Stage, number[]> | null {
  const pages = corpusPages();
  if (!pages) return null;
  const ms: Record<Stage, number[]> = {
    'readability (plain)': [],
    'clone + readability (plain)': [],
    clone: [],
    readability: [],
    clean: [],
    sanitize: [],
    facts: [],
    summary: [],
    'Sift total': [],
  };
  for (const page of pages) {
    const html = readHtmlFile(page.file);
    // Plain Readability as an extension must run it: on a clone, since it takes the document apart.
    const a = parseHtml(html, page.url);
    let t = performance.now();
    const plainClone = a.document.cloneNode(true) as Document;
    const plainCloneMs = performance.now() - t;
    extractPlainReadability(plainClone);
    ms['readability (plain)'].push(performance.now() - t - plainCloneMs);
    ms['clone + readability (plain)'].push(performance.now() - t);
    a.window.close();

    const b = parseHtml(html, page.url);
    t = performance.now();
    const clone = cloneForExtraction(b.document);
    const cloneMs = performance.now() - t;
    const r = extractArticle(clone, { url: page.url, window: b.window, force: true });
    const extractMs = performance.now() - t - cloneMs;
    b.window.close();
    if (!r.ok) continue;
    const x = analyse({ text: r.article.text, title: r.article.title, published: r.article.published, lang: r.article.lang });
    ms.clone.push(cloneMs);
    ms.readability.push(r.timings.readability ?? 0);
    ms.clean.push(r.timings.clean ?? 0);
    ms.sanitize.push(r.timings.sanitize ?? 0);
    ms.facts.push(x.timings.facts);
    ms.summary.push(x.timings.summary);
    ms['Sift total'].push(cloneMs + extractMs + x.timings.facts + x.timings.summary);
  }
  return ms;
}

/** A view's marks, on the epoch clock (ms), so they can be set against the moment of the click. */
interface ViewMarks {
  painted: number;
  /** When the view's document started (the popup's timeOrigin); the page's for the reader over the page. */
  origin: number;
  steps: Partial<Record<Step, number>>;
  /** ms the page's script spent per stage, as it reported */
  page: Partial<Record<(typeof PAGE_STAGES)[number], number>>;
  /** The view's article text, to check its last paragraph is there. */
  text: string;
}

const STEPS = [
  'popup document starts',
  'html parsed',
  'view script runs',
  'injection starts',
  'page script starts',
  'article back',
  'article sanitised',
] as const;
type Step = (typeof STEPS)[number];
const PAGE_STAGES = ['clone', 'readability', 'clean'] as const;

interface Latency {
  floor: number[];
  popup: number[];
  overlay: number[];
  /** The 1.5 MB page over the page, apart. */
  overlayLarge: number[];
  /** Reader tab opened by the popup's "Open in reader tab", from that click. */
  tabFromPopup: number[];
  heap: number[];
  /** Pages that showed a message instead of a clean view, or a view without the article's last paragraph. */
  noView: Set<string>;
  popupSteps: Record<Step, number[]>;
  overlaySteps: Record<Step, number[]>;
  popupInPage: Record<(typeof PAGE_STAGES)[number], number[]>;
  overlayInPage: Record<(typeof PAGE_STAGES)[number], number[]>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * A minimal extension whose popup does nothing but paint: the browser's own
 * cost of opening any popup, measured in the same run as Sift's.
 */
function buildFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Bare popup', version: '1', action: { default_popup: 'popup.html' } }),
  );
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><script src="popup.js"></script><p>A bare popup.</p>');
  // The same "painted" moment Sift's views mark: the task after the next frame.
  writeFileSync(join(dir, 'popup.js'), "requestAnimationFrame(() => setTimeout(() => performance.mark('painted'), 0));");
  writeFileSync(join(dir, 'helper.html'), '<!doctype html><meta charset="utf-8"><title>helper</title>');
  return dir;
}

/**
 * The real popup of an extension, opened by a real toolbar click while the
 * article stays the active tab, as for a reader. Playwright never sees that
 * popup as a page, so an extension page in another tab reads its marks
 * through chrome.extension.getViews; it polls gently, since it shares the
 * popup's renderer thread.
 */
async function popupMarks(helper: Page, painted: string, full: boolean): Promise<ViewMarks | 'failed' | null> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    await sleep(50);
    // A string, so the bundler adds no helper the popup lacks.
    const marks = await helper.evaluate(`(() => {
      const [w] = chrome.extension.getViews({ type: 'popup' });
      if (!w) return null;
      const at = (n) => w.performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const painted = at(${JSON.stringify(painted)});
      if (Number.isNaN(painted)) return w.document.documentElement?.dataset.siftReady === 'failed' ? 'failed' : null;
      const origin = w.performance.timeOrigin;
      if (!${full}) return { painted: origin + painted, origin, steps: {}, page: {}, text: '' };
      const nav = w.performance.getEntriesByType('navigation')[0];
      const detail = w.performance.getEntriesByName('sift:extracted')[0]?.detail ?? {};
      return {
        painted: origin + painted,
        origin,
        steps: {
          'popup document starts': origin,
          'html parsed': origin + nav.domInteractive,
          'view script runs': origin + at('sift:view-script'),
          'injection starts': origin + at('sift:inject'),
          'page script starts': typeof detail.startedAt === 'number' ? detail.startedAt : NaN,
          'article back': origin + at('sift:extracted'),
          'article sanitised': origin + at('sift:finished'),
        },
        page: detail.timings ?? {},
        text: w.document.querySelector('[data-testid="article-body"]')?.textContent ?? '',
      };
    })()`);
    if (marks) return marks as ViewMarks | 'failed';
  }
  return null;
}

async function closePopups(helper: Page): Promise<void> {
  await helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
}

/** The reader over the page's marks, read from the page (the content script shares its performance timeline). */
async function overlayMarks(page: Page, painted: string): Promise<ViewMarks | null> {
  const ok = await page
    .waitForFunction((m) => performance.getEntriesByName(m).length > 0, painted, { timeout: 15_000, polling: 10 })
    .then(() => true)
    .catch(() => false);
  if (!ok) return null;
  return page.evaluate(`(() => {
    const origin = performance.timeOrigin;
    const at = (n) => origin + (performance.getEntriesByName(n)[0]?.startTime ?? NaN);
    const detail = performance.getEntriesByName('sift:extracted')[0]?.detail ?? {};
    return {
      painted: at(${JSON.stringify(painted)}),
      origin,
      steps: { 'page script starts': at('sift:view-script'), 'article back': at('sift:extracted'), 'article sanitised': at('sift:finished') },
      page: detail.timings ?? {},
      text: '',
    };
  })()`);
}

/** What the toolbar opens, set as the options page would, and followed by the service worker. */
async function setToolbar(sift: Sift, view: 'popup' | 'overlay'): Promise<void> {
  await sift.worker.evaluate(async (v) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), toolbar: v }, settings$: { v: 2 } });
  }, view);
  for (let i = 0; i < 100; i++) {
    const popup = await sift.worker.evaluate(() => chrome.action.getPopup({}));
    if ((view === 'overlay') === (popup === '')) return;
    await sleep(20);
  }
  throw new Error(`the toolbar did not switch to ${view}`);
}

interface BenchPage {
  path: string;
  html: string;
  /** The article's last paragraph as Sift extracts it (Node, same pipeline): the view must show it. */
  last: string | null;
  large: boolean;
}

/** The seed pages and `count` corpus pages, the largest page of the corpus (about 1.5 MB) among them. */
function benchPages(count: number): BenchPage[] {
  const lastOf = (html: string, url?: string) => {
    const { document, window } = parseHtml(html, url);
    const r = extractArticle(document, { url, window });
    window.close();
    return r.ok ? (r.article.text.split('\n\n').at(-1) ?? null) : null;
  };
  const seed = ['euobserver-kazakhstan.html', 'euobserver-kazakhstan.plain.html'].map((f) => {
    const html = readHtmlFile(resolve(repoRoot, 'tests/fixtures', f));
    return { path: `/${f}`, html, last: lastOf(html, 'https://euobserver.com/world/153959'), large: false };
  });
  const corpus = corpusPages() ?? [];
  if (!corpus.length || count <= 0) return seed;
  const sized = corpus.map((p) => ({ p, html: readHtmlFile(p.file) }));
  const largest = sized.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  const picked = [...sized.filter((x) => x !== largest).slice(0, Math.max(0, count - 1)), largest];
  return [
    ...seed,
    ...picked.map(({ p, html }) => ({ path: `/corpus/${p.id}.html`, html, last: lastOf(html, p.url), large: html === largest.html })),
  ];
}

async function latencyFromClick(pageCount: number, rounds: number): Promise<Latency> {
  const { launchSift, clickAction, unpackedExtensionId } = await import('../../tests/e2e/chromium');
  const { startServer } = await import('../../tests/e2e/server');
  const floorDir = buildFloorExtension();
  const floorId = unpackedExtensionId(floorDir);
  const server = await startServer();
  const sift = await launchSift({ extra: [floorDir] });
  // Only the local server answers: a corpus page's third-party resources are refused at once.
  await sift.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const pages = benchPages(pageCount);
  for (const p of pages) server.pages.set(p.path, p.html);
  const series = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const out: Latency = {
    floor: [],
    popup: [],
    overlay: [],
    overlayLarge: [],
    tabFromPopup: [],
    heap: [],
    noView: new Set(),
    popupSteps: series(STEPS),
    overlaySteps: series(STEPS),
    popupInPage: series(PAGE_STAGES),
    overlayInPage: series(PAGE_STAGES),
  };
  const helper = await sift.context.newPage();
  await helper.goto(`chrome-extension://${sift.extensionId}/options.html`);
  const floorHelper = await sift.context.newPage();
  await floorHelper.goto(`chrome-extension://${floorId}/helper.html`);
  const shows = (p: BenchPage, text: string) => p.last !== null && norm(text).includes(norm(p.last));
  try {
    // Rounds go through every page in turn, and each page through every view in turn, so a slow
    // spell of this shared machine lands on a few samples of each, not on all of one.
    for (let round = 0; round < rounds; round++) {
      for (const p of pages) {
        const page = await sift.context.newPage();
        await page.goto(server.url + p.path, { waitUntil: 'load' });

        // 1. The bare popup: the browser's floor.
        await page.bringToFront();
        let t0 = Date.now();
        await clickAction(sift, page, floorId);
        const floor = await popupMarks(floorHelper, 'painted', false);
        if (floor && floor !== 'failed') out.floor.push(floor.painted - t0);
        await closePopups(floorHelper);

        // 2. Sift's popup.
        await setToolbar(sift, 'popup');
        await page.bringToFront();
        t0 = Date.now();
        await clickAction(sift, page);
        const popup = await popupMarks(helper, MARK_PAINTED, true);
        if (popup && popup !== 'failed' && shows(p, popup.text)) {
          out.popup.push(popup.painted - t0);
          for (const s of STEPS) if (Number.isFinite(popup.steps[s])) out.popupSteps[s].push(popup.steps[s]! - t0);
          for (const s of PAGE_STAGES) if (typeof popup.page[s] === 'number') out.popupInPage[s].push(popup.page[s]!);
          // The reader's next step: "Open in reader tab", timed from that click.
          const t1 = Date.now();
          const [tab] = await Promise.all([
            sift.context.waitForEvent('page'),
            helper.evaluate(() =>
              chrome.extension
                .getViews({ type: 'popup' })[0]
                ?.document.querySelector<HTMLButtonElement>('[data-testid="open-tab"]')
                ?.click(),
            ),
          ]);
          await tab.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK_PAINTED, { timeout: 15_000 });
          out.tabFromPopup.push(
            (await tab.evaluate((m) => performance.timeOrigin + performance.getEntriesByName(m)[0]!.startTime, MARK_PAINTED)) - t1,
          );
          await tab.close();
        } else out.noView.add(p.path);
        await closePopups(helper);

        // 3. The reader over the page, in a fresh tab of the same page.
        await setToolbar(sift, 'overlay');
        const fresh = await sift.context.newPage();
        await fresh.goto(server.url + p.path, { waitUntil: 'load' });
        await fresh.bringToFront();
        t0 = Date.now();
        await clickAction(sift, fresh);
        const over = await overlayMarks(fresh, MARK_PAINTED);
        if (over) {
          (p.large ? out.overlayLarge : out.overlay).push(over.painted - t0);
          for (const s of STEPS) if (Number.isFinite(over.steps[s])) out.overlaySteps[s].push(over.steps[s]! - t0);
          for (const s of PAGE_STAGES) if (typeof over.page[s] === 'number') out.overlayInPage[s].push(over.page[s]!);
        } else out.noView.add(`${p.path} (over the page)`);
        await fresh.close();

        // The popup's heap after render, from the same popup document opened in a tab, where CDP can reach it.
        if (round === 0) {
          const view = await sift.context.newPage();
          await page.bringToFront();
          const tabId = await sift.worker.evaluate(
            async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
          );
          await view.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
          await view.waitForFunction(
            (m) => performance.getEntriesByName(m).length > 0 || document.documentElement.dataset.siftReady === 'failed',
            MARK_PAINTED,
          );
          const cdp = await sift.context.newCDPSession(view);
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          out.heap.push(usedSize);
          await cdp.detach();
          await view.close();
        }
        await page.close();
      }
    }
  } finally {
    await sift.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
  return out;
}

async function main() {
  const json: Record<string, unknown> = {};
  const stages = process.argv.includes('--latency-only') ? null : stagesInNode();
  if (process.argv.includes('--latency-only')) console.log('stages: skipped (--latency-only)');
  else if (!stages) console.log('stages: skipped: ../shared/corpus/article-bench-dev not found');
  else {
    const n = stages['Sift total'].length;
    console.log(`\nPipeline stages in Node over ${n} corpus pages (ms per page; jsdom parsing excluded)\n`);
    console.log(
      table(
        ['stage', 'median', 'p95'],
        (Object.keys(stages) as Stage[]).map((s) => [s, median(stages[s]), quantile(stages[s], 0.95)]),
      ),
    );
    // Both start from the page's own document, so both pay for the clone.
    const ratio = median(stages['Sift total']) / median(stages['clone + readability (plain)']);
    console.log(
      `\nSift's whole pipeline (clone, extraction, cleaning, sanitising, facts, summary) / plain Readability on a clone, medians: ${ratio.toFixed(2)}× (budget 1.5×)`,
    );
    console.log("(jsdom clones slowly; in Chromium the clone takes under 1 ms: see the content script's timings)");
    json.stages = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, { median: median(v), p95: quantile(v, 0.95) }]));
    json.pipelineRatio = ratio;
  }

  const rounds = Number(arg('--rounds') ?? 3);
  const lat = await latencyFromClick(Number(arg('--pages') ?? 10), rounds);
  const floor = median(lat.floor);
  const part = median(lat.popup) - floor;
  const all = [...lat.overlay, ...lat.overlayLarge];
  console.log(
    `\nFrom the click to the article on screen, in Chromium (ms from the toolbar click, CDP Extensions.triggerAction, to the view painted with the article's last paragraph), the seed pages and ${lat.overlay.length / rounds + lat.overlayLarge.length / rounds - 2} corpus pages × ${rounds} rounds\n`,
  );
  if (lat.noView.size) console.log(`(left out, no clean view with the article's last paragraph: ${[...lat.noView].join(', ')})\n`);
  console.log(
    table(
      ['view', 'median', 'p95', 'budget'],
      [
        ['bare popup (the browser opening any popup)', floor, quantile(lat.floor, 0.95), ''],
        ['Sift popup', median(lat.popup), quantile(lat.popup, 0.95), ''],
        ["Sift's part of the popup (popup − bare popup, medians)", part, '', 'median ≤ 60'],
        ['reader over the page, all pages', median(all), quantile(all, 0.95), 'median ≤ 70, p95 ≤ 150'],
        ['reader over the page, the 1.5 MB page', median(lat.overlayLarge), quantile(lat.overlayLarge, 0.95), ''],
        ['reader tab, from "Open in reader tab"', median(lat.tabFromPopup), quantile(lat.tabFromPopup, 0.95), ''],
      ],
    ),
  );
  const steps = (label: string, st: Record<Step, number[]>, painted: number[]) => {
    console.log(`\nWhere the time goes: ${label} (ms from the click, medians)\n`);
    console.log(
      table(
        ['step', 'median', 'p95'],
        [
          ...Object.entries(st)
            .filter(([, v]) => v.length)
            .map(([k, v]) => [k, median(v), quantile(v, 0.95)]),
          ['article painted', median(painted), quantile(painted, 0.95)],
        ],
      ),
    );
  };
  steps('popup', lat.popupSteps, lat.popup);
  steps('reader over the page', lat.overlaySteps, all);
  console.log('\nIn the page (ms, medians): what the content script spent on each stage\n');
  console.log(
    table(
      ['stage', 'popup', 'over the page'],
      PAGE_STAGES.map((s) => [s, median(lat.popupInPage[s]), median(lat.overlayInPage[s])]),
    ),
  );
  json.latency = {
    floor: { median: floor, p95: quantile(lat.floor, 0.95) },
    popup: { median: median(lat.popup), p95: quantile(lat.popup, 0.95), siftPart: part },
    overlay: { median: median(all), p95: quantile(all, 0.95), largePage: median(lat.overlayLarge) },
    tabFromPopup: { median: median(lat.tabFromPopup), p95: quantile(lat.tabFromPopup, 0.95) },
  };

  const size = measureBundle(resolve(repoRoot, '.output/chrome-mv3'));
  const kb = (n: number) => n / 1024;
  console.log('\nBundle sizes and memory\n');
  console.log(
    table(
      ['part', 'KB', 'budget KB'],
      [
        ['content script, click (gz)', kb(size.contentScript), BUDGETS_KB.contentScript],
        ['content script, save (gz)', kb(size.saveScript), BUDGETS_KB.contentScript],
        ['reader over the page, first script (gz)', kb(size.overlayScript), BUDGETS_KB.overlayScript],
        ['popup JS (gz)', kb(size.popupJs), BUDGETS_KB.popupJs],
        ['background (gz)', kb(size.background), '-'],
        ['zip without the bundled fonts', kb(size.zip - size.fonts), BUDGETS_KB.zip],
        ['bundled fonts', kb(size.fonts), BUDGETS_KB.fonts],
        ['popup JS heap after render (median)', kb(median(lat.heap)), '-'],
      ],
    ),
  );
  json.sizes = size;
  json.popupHeap = median(lat.heap);
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify(json, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
