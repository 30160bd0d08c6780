/**
 * Speed, size and memory of Sift (issue "Fast from the click"), in one table:
 *   1. per-stage ms over ../shared/corpus/article-bench-dev in Node, beside plain
 *      Readability on the same pages in the same run;
 *   2. click-to-clean-view latency in real Chromium: from the real popup's (or
 *      reader tab's) performance.timeOrigin to the 'sift:clean-view-painted'
 *      mark, over the seed pages and 20 corpus pages served on 127.0.0.1;
 *   3. bundle sizes (gzipped) and the popup's JS heap after render.
 *
 *   npm run bench:perf [-- --json FILE] [--pages N] [--rounds N] [--latency-only]
 *
 * Needs a Chrome build (.output/chrome-mv3); `npm run bench` builds first.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
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

interface Latency {
  popup: number[];
  /** Reader tab opened by the popup's "Open in reader tab" (the popup hands its article over). */
  tabFromPopup: number[];
  /** Reader tab opened on its own (a reload, or a link): it extracts from the page itself. */
  tab: number[];
  heap: number[];
  /** Pages that showed a message (e.g. "not an article") instead of a clean view: no latency to take. */
  noView: Set<string>;
  /** popup only: ms from timeOrigin to each step */
  steps: Record<Step, number[]>;
  /** popup only: ms the page's script spent per stage */
  inPage: Record<(typeof PAGE_STAGES)[number], number[]>;
}

const STEPS = ['html parsed', 'popup script runs', 'injection starts', 'page script starts', 'article back', 'article sanitised'] as const;
type Step = (typeof STEPS)[number];
const PAGE_STAGES = ['clone', 'readability', 'clean'] as const;

/** What the real popup's document recorded, read through another extension page. */
interface PopupMarks {
  painted: number;
  parsed: number;
  script: number;
  inject: number;
  pageStart: number;
  back: number;
  finished: number;
  /** ms the page spent on each stage, as its script reported */
  page: Partial<Record<(typeof PAGE_STAGES)[number], number>>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The real popup, opened by a real toolbar click (CDP Extensions.triggerAction,
 * which also grants activeTab) while the article stays the active tab, as it
 * does for a reader. Playwright never sees that popup as a page, so an
 * extension page in another tab reads its marks through
 * chrome.extension.getViews; it polls slowly, since it shares the popup's
 * renderer thread.
 */
async function realPopupMarks(helper: Page, mark: string): Promise<PopupMarks | null> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    await sleep(100);
    const marks = await helper.evaluate((m) => {
      const [w] = chrome.extension.getViews({ type: 'popup' });
      if (!w) return null;
      // (No named inner functions: the runner's transpiler would wrap them in a helper the page lacks.)
      const [painted = NaN, script = NaN, inject = NaN, back = NaN, finished = NaN] = [
        m,
        'sift:view-script',
        'sift:inject',
        'sift:extracted',
        'sift:finished',
      ].map((n) => w.performance.getEntriesByName(n)[0]?.startTime ?? NaN);
      if (Number.isNaN(painted)) return w.document.documentElement?.dataset.siftReady === 'failed' ? 'failed' : null;
      const nav = w.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const detail = (w.performance.getEntriesByName('sift:extracted')[0] as PerformanceMark | undefined)?.detail ?? {};
      // The page's clock is another document's: both are epoch-based, so subtract this one's origin.
      const pageStart = typeof detail.startedAt === 'number' ? detail.startedAt - w.performance.timeOrigin : NaN;
      return { painted, parsed: nav.domInteractive, script, inject, pageStart, back, finished, page: detail.timings ?? {} };
    }, mark);
    if (marks === 'failed') return null;
    if (marks) return marks;
  }
  return null;
}

async function closeRealPopup(helper: Page): Promise<void> {
  await helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
}

async function latencyInChromium(pageCount: number, rounds: number): Promise<Latency> {
  const { launchSift, tabIdOf, clickAction } = await import('../../tests/e2e/chromium');
  const { startServer } = await import('../../tests/e2e/server');
  const server = await startServer();
  const sift = await launchSift();
  // Only the local server answers: a corpus page's third-party resources are refused at once.
  await sift.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const paths = ['/euobserver-kazakhstan.html', '/euobserver-kazakhstan.plain.html'];
  for (const p of (corpusPages() ?? []).slice(0, pageCount)) {
    server.pages.set(`/corpus/${p.id}.html`, readHtmlFile(p.file));
    paths.push(`/corpus/${p.id}.html`);
  }
  const out: Latency = {
    popup: [],
    tabFromPopup: [],
    tab: [],
    heap: [],
    noView: new Set(),
    steps: Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Latency['steps'],
    inPage: Object.fromEntries(PAGE_STAGES.map((s) => [s, []])) as unknown as Latency['inPage'],
  };
  const paintedAt = async (view: Page) => {
    await view.waitForFunction(
      (m) => performance.getEntriesByName(m).length > 0 || document.documentElement.dataset.siftReady === 'failed',
      MARK_PAINTED,
      { timeout: 15_000 },
    );
    return view.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN, MARK_PAINTED);
  };
  const helper = await sift.context.newPage();
  await helper.goto(`chrome-extension://${sift.extensionId}/options.html`);
  try {
    // Rounds go through every page in turn, so a slow spell of this shared
    // machine lands on a few samples of each page, not on all of one run.
    const visits = Array.from({ length: rounds }, (_, round) => paths.map((path) => ({ round, path }))).flat();
    for (const { round, path } of visits) {
      const page = await sift.context.newPage();
      await page.goto(server.url + path, { waitUntil: 'load' });
      const tabId = await tabIdOf(sift, page);
      await clickAction(sift, page);
      const marks = await realPopupMarks(helper, MARK_PAINTED);
      if (marks) {
        out.popup.push(marks.painted);
        out.steps['html parsed'].push(marks.parsed);
        out.steps['popup script runs'].push(marks.script);
        out.steps['injection starts'].push(marks.inject);
        out.steps['page script starts'].push(marks.pageStart);
        out.steps['article back'].push(marks.back);
        out.steps['article sanitised'].push(marks.finished);
        for (const s of PAGE_STAGES) if (typeof marks.page[s] === 'number') out.inPage[s].push(marks.page[s]!);
        // The reader's next step: the popup's "Open in reader tab" button.
        const [fromPopup] = await Promise.all([
          sift.context.waitForEvent('page'),
          helper.evaluate(() =>
            chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector<HTMLButtonElement>('[data-testid="open-tab"]')?.click(),
          ),
        ]);
        const ms = await paintedAt(fromPopup);
        if (Number.isFinite(ms)) out.tabFromPopup.push(ms);
        await fromPopup.close();
      } else out.noView.add(path);
      await closeRealPopup(helper);

      // The reader tab opened on its own (as on a reload): in front of the article, extracting from it.
      const tab = await sift.context.newPage();
      await tab.goto(`chrome-extension://${sift.extensionId}/reader.html?tabId=${tabId}`);
      const ms = await paintedAt(tab);
      if (Number.isFinite(ms)) out.tab.push(ms);
      await tab.close();

      // The popup's heap after render, from the same popup document opened in a tab, where CDP can reach it.
      if (round > 0) {
        await page.close();
        continue;
      }
      const view = await sift.context.newPage();
      await view.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
      await paintedAt(view);
      const cdp = await sift.context.newCDPSession(view);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      out.heap.push(usedSize);
      await cdp.detach();
      await view.close();
      await page.close();
    }
  } finally {
    await sift.close();
    await server.close();
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
  const lat = await latencyInChromium(Number(arg('--pages') ?? 20), rounds);
  console.log(
    `\nClick to clean view in Chromium (ms from the view's timeOrigin to '${MARK_PAINTED}'; the popup is the real one a toolbar click opens), ${lat.popup.length / rounds} pages × ${rounds} rounds\n`,
  );
  if (lat.noView.size) console.log(`(left out, no clean view to time: ${[...lat.noView].join(', ')})\n`);
  console.log(
    table(
      ['view', 'median', 'p95', 'budget'],
      [
        ['popup', median(lat.popup), quantile(lat.popup, 0.95), 'median ≤ 150, p95 ≤ 400'],
        ['reader tab, from the popup', median(lat.tabFromPopup), quantile(lat.tabFromPopup, 0.95), ''],
        ['reader tab, on its own', median(lat.tab), quantile(lat.tab, 0.95), ''],
      ],
    ),
  );
  console.log("\nWhere the popup's time goes (ms from its timeOrigin, medians)\n");
  console.log(
    table(
      ['step', 'median', 'p95'],
      [
        ...Object.entries(lat.steps).map(([k, v]) => [k, median(v), quantile(v, 0.95)]),
        ['clean view painted', median(lat.popup), quantile(lat.popup, 0.95)],
      ],
    ),
  );
  console.log('\nIn the page, between "page script starts" and "article back" (ms, medians; the rest is serialising and the trip back)\n');
  console.log(
    table(
      ['stage', 'median', 'p95'],
      Object.entries(lat.inPage).map(([k, v]) => [k, median(v), quantile(v, 0.95)]),
    ),
  );
  json.latency = {
    popup: { median: median(lat.popup), p95: quantile(lat.popup, 0.95) },
    tabFromPopup: { median: median(lat.tabFromPopup), p95: quantile(lat.tabFromPopup, 0.95) },
    tab: { median: median(lat.tab), p95: quantile(lat.tab, 0.95) },
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
        ['popup JS (gz)', kb(size.popupJs), BUDGETS_KB.popupJs],
        ['background (gz)', kb(size.background), '-'],
        ['whole zip', kb(size.zip), BUDGETS_KB.zip],
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
