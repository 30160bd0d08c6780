/**
 * Reading-list speed in Node (fake-indexeddb, jsdom's DOMParser) at 1,000 and 10,000
 * articles: save, first page, search, every export, and the import of every format
 * Sift reads (parse and check, sanitise, merge into an empty list).
 *
 *   npx tsx scripts/bench/list.ts [--json FILE] [--sizes 1000,10000] [--browser] [--browser-only]
 *
 * --browser also runs the reading-list page in Chromium (needs `npx wxt build` first and
 * /usr/bin/chromium): import of a Sift JSON file, first screen (the page's
 * 'sift:list-first-screen' mark), search, export from click to download, and the
 * story page's first screen (its 'sift:story-first-screen' mark: the story's name,
 * timeline and chart painted; budget 300 ms at 1,000 articles). For the story page,
 * the eight articles of the project's invented story (tests/fixtures/stories, read
 * by the same pipeline) take the place of the eight oldest samples.
 *
 * Budgets: JSON export of 10,000 ≤ 2 s, Markdown zip of 10,000 ≤ 5 s, a 10,000-link bookmarks
 * file read (parsed and checked) ≤ 1 s. Sanitising runs DOMPurify on jsdom here; in the extension
 * it runs on the list page's DOM (see --browser).
 * Articles are synthetic (tests/support/sample-articles.ts) at about news length: ~30 paragraphs,
 * ~3 KB of text and ~5 KB of HTML each.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { JSDOM } from 'jsdom';
import { openLibrary } from '../../utils/core/library/db';
import { sampleArticles } from '../../tests/support/sample-articles';
import type { SavedArticle } from '../../utils/core/library/types';
import { exportJson } from '../../utils/core/library/export/json';
import { exportMarkdownZip } from '../../utils/core/library/export/markdown';
import { exportEpub } from '../../utils/core/library/export/epub';
import { exportPocketCsv, exportInstapaperCsv } from '../../utils/core/library/export/csv';
import { exportNetscape } from '../../utils/core/library/export/netscape';
import { parseImport } from '../../utils/core/library/import';
import { sanitizeImport } from '../../utils/core/library/import/sanitize';
import { sanitizeArticleHtml } from '../../utils/core/extract/sanitize';
import { zipSync, strToU8 } from 'fflate';
import { readdirSync } from 'node:fs';
import { readInput } from '../lib/pipeline';
import { storyId } from '../../utils/core/stories/ids';

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]!.split(',').map(Number) : [1000, 10000];
/** The story page's budget at 1,000 saved articles (ms from navigation to its first screen). */
const STORY_BUDGET_MS = 300;
const BUDGET_MS: Record<string, number> = { 'export json': 2000, 'export markdown zip': 5000, 'import bookmarks: read': 1000 };

const jsdomWindow = new JSDOM('').window;
const parser = new jsdomWindow.DOMParser();
const sanitizeHtml = (htmls: string[]) => htmls.map((h) => sanitizeArticleHtml(h, jsdomWindow as unknown as Window & typeof globalThis));

/** Raindrop's CSV and Omnivore's export zip of the same articles (Sift exports neither). */
function raindropCsv(items: SavedArticle[]): Uint8Array {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const rows = items.map(
    (a, i) =>
      `${i},${q(a.title)},,${q(a.excerpt ?? '')},${q(a.url)},Unsorted,${q(a.tags.join(', '))},${new Date(a.savedAt).toISOString()},,,false`,
  );
  return new TextEncoder().encode(['id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite', ...rows].join('\n') + '\n');
}
function omnivoreZip(items: SavedArticle[]): Uint8Array {
  const meta = items.map((a, i) => ({
    id: String(i),
    slug: `s-${i}`,
    title: a.title,
    url: a.url,
    state: a.read ? 'ARCHIVED' : 'SUCCEEDED',
    labels: a.tags.map((name) => ({ name })),
    savedAt: new Date(a.savedAt).toISOString(),
  }));
  return zipSync({ 'metadata_0_to_n.json': strToU8(JSON.stringify(meta)) });
}

// Collect the previous step's garbage before each timing: fake-indexeddb keeps whole
// databases in the JS heap (a browser's IndexedDB does not), and a major GC of a dropped
// 10,000-record database would otherwise land inside whichever export runs next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  gc();
  const t0 = performance.now();
  const r = await fn();
  return [Math.round((performance.now() - t0) * 10) / 10, r];
}

const bytes = (d: string | Uint8Array) => (typeof d === 'string' ? Buffer.byteLength(d) : d.length);

const figures: Record<string, Record<string, number>> = {};

async function storagePhase(n: number, row: Record<string, number>): Promise<SavedArticle[]> {
  // Built here so that only the library's own copy outlives this phase.
  const articles = sampleArticles(n, 30);
  const lib = await openLibrary(new IDBFactory());
  // One saveArticle per article, as the background does when the user saves.
  row['save one by one'] = (
    await time(async () => {
      for (const a of articles) await lib.saveArticle(a);
    })
  )[0];
  const bulk = await openLibrary(new IDBFactory());
  row['import (bulk save)'] = (await time(() => bulk.importArticles(articles)))[0];
  bulk.close();
  row['first page (50)'] = (await time(() => lib.listArticles({ limit: 50 })))[0];
  row['unread filter page'] = (await time(() => lib.listArticles({ filter: 'unread', limit: 50 })))[0];
  row['search, first (builds index)'] = (await time(() => lib.listArticles({ query: 'ceasefire border', limit: 50 })))[0];
  row['search, next'] = (await time(() => lib.listArticles({ query: 'paragraph 12 of story 9', limit: 50 })))[0];
  const [all, { items }] = await time(() => lib.allArticles());
  row['read all'] = all;
  lib.close();
  return items;
}
let over = false;

for (const n of args.includes('--browser-only') ? [] : sizes) {
  const row: Record<string, number> = {};
  // Phase 1, storage. Each database is dropped after use: fake-indexeddb keeps every
  // record in the JS heap (a browser's IndexedDB does not), which would slow the GC below.
  const items = await storagePhase(n, row);
  // Phase 2, exports; JSON goes last so its ~100 MB string is not alive during the others.
  const exports: [string, () => { data: string | Uint8Array }][] = [
    // Default parser: lite-html. jsdom is measured below on 100 articles, for comparison.
    ['export markdown zip', () => exportMarkdownZip(items)],
    ['export epub', () => exportEpub(items)],
    ['export pocket csv', () => exportPocketCsv(items)],
    ['export instapaper csv', () => exportInstapaperCsv(items)],
    ['export bookmarks', () => exportNetscape(items)],
  ];
  for (const [name, fn] of exports) {
    const [ms, file] = await time(fn);
    row[name] = ms;
    row[`${name} MB`] = Math.round(bytes(file.data) / 1e4) / 100;
  }
  row['export markdown zip, jsdom parser, per 100'] = (await time(() => exportMarkdownZip(items.slice(0, 100), parser)))[0];
  const [jsonMs, jsonFile] = await time(() => exportJson(items));
  row['export json'] = jsonMs;
  row['export json MB'] = Math.round(bytes(jsonFile.data) / 1e4) / 100;
  // Phase 3, each format Sift reads, from a file of these articles into an empty library:
  // read (parse and check every field), sanitise the HTML (only a Sift backup carries any), merge.
  const files: [string, () => Uint8Array][] = [
    ['json', () => new TextEncoder().encode(jsonFile.data as string)],
    ['bookmarks', () => new TextEncoder().encode(exportNetscape(items).data as string)],
    ['pocket csv', () => new TextEncoder().encode(exportPocketCsv(items).data as string)],
    ['instapaper csv', () => new TextEncoder().encode(exportInstapaperCsv(items).data as string)],
    ['raindrop csv', () => raindropCsv(items)],
    ['omnivore zip', () => omnivoreZip(items)],
  ];
  for (const [format, make] of files) {
    const bytesIn = make();
    const [readMs, parsed] = await time(() => parseImport(bytesIn));
    row[`import ${format}: read`] = readMs;
    // DOMPurify on jsdom takes ~10 ms an article (the browser's DOM is far faster): timed on the first 1,000 only.
    const sample = { ...parsed, articles: parsed.articles.slice(0, 1000) };
    const [cleanMs] = await time(() => sanitizeImport(sample, sanitizeHtml));
    if (format === 'json') row[`import ${format}: sanitise (jsdom), per 1,000`] = cleanMs;
    // Merging costs the same whether the HTML was sanitised here or not.
    const target = await openLibrary(new IDBFactory());
    row[`import ${format}: merge`] = (await time(() => target.importArticles(parsed.articles)))[0];
    target.close();
  }
  figures[String(n)] = row;
  console.log(`\n${n.toLocaleString('en')} articles`);
  for (const [k, v] of Object.entries(row)) {
    const budget = n === 10000 ? BUDGET_MS[k] : undefined;
    const flag = budget === undefined ? '' : v <= budget ? `  (budget ${budget} ms: ok)` : `  (budget ${budget} ms: OVER)`;
    if (budget !== undefined && v > budget) over = true;
    console.log(`  ${k.padEnd(40)} ${String(v).padStart(9)}${k.endsWith('MB') ? ' MB' : ' ms'}${flag}`);
  }
}

if (args.includes('--browser') || args.includes('--browser-only')) {
  for (const n of sizes) figures[`browser ${n}`] = await browserFigures(n);
}

console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`,
);
if (jsonOut) {
  // Load average: on a shared machine the figures mean little without it.
  writeFileSync(
    jsonOut,
    JSON.stringify({ node: process.version, cpus: cpus().length, loadavg: loadavg(), sizes, figures, budgets: BUDGET_MS }, null, 2) + '\n',
  );
  console.log(`wrote ${jsonOut}`);
}
if (over) process.exitCode = 1;

/** The project's invented story (not its distractors), as saved articles, oldest first. */
function storyArticles(): SavedArticle[] {
  const dir = new URL('../../tests/fixtures/stories/', import.meta.url).pathname;
  const out: SavedArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html') && !x.startsWith('other-'))) {
    const r = readInput({ file: dir + f });
    if ('error' in r) throw new Error(`${f}: ${r.error}`);
    const at = Date.parse(r.published ?? '') || Date.UTC(2026, 2, 1);
    out.push({
      url: `https://${f.split('-')[0]}.example/${f.replace('.html', '')}`,
      title: r.title ?? f,
      byline: r.byline,
      siteName: r.siteName,
      published: r.published,
      lang: r.lang,
      dir: 'ltr',
      excerpt: null,
      html: r.html,
      text: r.text,
      wordCount: r.text.split(/\s+/).length,
      readingMinutes: r.readingMinutes,
      savedAt: at,
      updatedAt: at,
      read: false,
      tags: [],
      summary: r.summary,
      facts: r.facts,
    });
  }
  return out.sort((a, b) => a.savedAt - b.savedAt);
}

async function browserFigures(n: number): Promise<Record<string, number>> {
  const { chromium } = await import('playwright-core');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve } = await import('node:path');
  const ext = resolve('.output/chrome-mv3');
  const dir = mkdtempSync(join(tmpdir(), 'sift-list-bench-'));
  const file = join(dir, 'library.json');
  const story = storyArticles();
  const sample = [...story, ...sampleArticles(n, 30).slice(story.length)];
  writeFileSync(file, exportJson(sample).data);
  const bookmarksFile = join(dir, 'bookmarks.html');
  writeFileSync(bookmarksFile, exportNetscape(sample).data);
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox'],
  });
  const row: Record<string, number> = {};
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(sw.url()).host}/list.html`;
    const page = await ctx.newPage();
    await page.goto(url);
    const watchLongTasks = () =>
      page.evaluate(() => {
        const w = window as unknown as { siftLongest: number; siftObserver?: PerformanceObserver };
        w.siftObserver?.disconnect();
        w.siftLongest = 0;
        w.siftObserver = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.siftLongest = Math.max(w.siftLongest, e.duration);
        });
        w.siftObserver.observe({ type: 'longtask' });
      });
    const longestTask = async () => Math.round(await page.evaluate(() => (window as unknown as { siftLongest: number }).siftLongest));
    // A bookmarks file of the articles into the empty list: links only, no HTML to sanitise.
    await watchLongTasks();
    let t = Date.now();
    await page.setInputFiles('input[type="file"]', bookmarksFile);
    await page.getByText(/^Imported bookmarks\.html/).waitFor({ timeout: 300_000 });
    row['import bookmarks, into the empty list (file to toast)'] = Date.now() - t;
    await page.waitForTimeout(200);
    row["import bookmarks: page's longest task meanwhile"] = await longestTask();
    // Then the Sift backup of the same articles: every body is new to the list, so every one is sanitised.
    await watchLongTasks();
    t = Date.now();
    await page.setInputFiles('input[type="file"]', file);
    await page.getByText(/^Imported library\.json/).waitFor({ timeout: 600_000 });
    row['import json, every body sanitised (file to toast)'] = Date.now() - t;
    await page.waitForTimeout(200);
    row["import json: page's longest task meanwhile"] = await longestTask();
    // The same backup again: the list keeps its own bodies, nothing to sanitise, nothing changes.
    t = Date.now();
    await page.setInputFiles('input[type="file"]', file);
    await page.getByText(/^Imported library\.json: 0 added, 0 updated/).waitFor({ timeout: 300_000 });
    row['import json again (file to toast)'] = Date.now() - t;
    const firsts: number[] = [];
    for (let k = 0; k < 3; k++) {
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('sift:list-first-screen').length > 0);
      firsts.push(await page.evaluate(() => performance.getEntriesByName('sift:list-first-screen')[0]!.startTime));
    }
    row['first screen (ms from navigation, median of 3)'] = Math.round(firsts.sort((a, b) => a - b)[1]!);
    t = Date.now();
    await page.fill('input[type="search"]', `story-${n - 1}?`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="list-item"]').length === 1, null, { timeout: 60_000 });
    row['search (incl. 150 ms debounce)'] = Date.now() - t;
    await page.fill('input[type="search"]', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="list-item"]').length === 50);
    for (const [label, key] of [
      ['Sift backup (JSON)', 'export json'],
      ['Markdown notes (.zip)', 'export markdown zip'],
      ['EPUB book', 'export epub'],
      ['Pocket CSV', 'export pocket csv'],
    ] as const) {
      // The export is built in a worker: the page's longest task says whether it stayed usable.
      await watchLongTasks();
      t = Date.now();
      await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByRole('button', { name: label }).click()]);
      row[`${key} (click to download, all ${n})`] = Date.now() - t;
      await page.waitForTimeout(200);
      row[`${key}: page's longest task meanwhile`] = await longestTask();
    }
    // The story page: from navigation to its first screen (name, timeline, chart), each load a new page as from a link.
    // Cold: no story index (the list changed since it was last grouped), so the page groups the whole list.
    // Warm: the index the last grouping kept (the list page keeps it too, once its first screen is up).
    const storyUrl = url.replace('/list.html', `/story.html?id=${encodeURIComponent(storyId('s', story[0]!.url))}`);
    for (const kind of ['cold', 'warm'] as const) {
      const firsts: number[] = [];
      for (let k = 0; k < 5; k++) {
        if (kind === 'cold') await sw.evaluate(() => chrome.storage.local.remove('storyIndex'));
        const sp = await ctx.newPage();
        await sp.goto(storyUrl);
        await sp.waitForFunction(() => performance.getEntriesByName('sift:story-first-screen').length > 0, null, { timeout: 60_000 });
        const shown = await sp.evaluate(() => ({
          at: performance.getEntriesByName('sift:story-first-screen')[0]!.startTime,
          name: (document.querySelector('[data-testid="story-name"]') as HTMLInputElement | null)?.value ?? '',
          timeline: !!document.querySelector('[data-testid="timeline"]'),
          chart: document.querySelectorAll('[data-testid="chart-point"]').length,
          articles: document.querySelectorAll('[data-testid="story-article"]').length,
        }));
        if (!shown.name || !shown.timeline || !shown.chart || shown.articles !== story.length)
          throw new Error(`the story page's first screen is not the story: ${JSON.stringify(shown)}`);
        firsts.push(shown.at);
        // Let the page finish (the full grouping after the first screen keeps the index) before the next load.
        await sp.waitForTimeout(kind === 'cold' ? 100 : 600);
        await sp.close();
      }
      row[`story page first screen, ${kind} (ms from navigation, median of 5)`] = Math.round(firsts.sort((a, b) => a - b)[2]!);
    }
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nChromium, ${n.toLocaleString('en')} articles`);
  for (const [k, v] of Object.entries(row)) {
    const budget = n === 1000 && k.startsWith('story page first screen, warm') ? STORY_BUDGET_MS : undefined;
    if (budget !== undefined && v > budget) over = true;
    const flag = budget === undefined ? '' : `  (budget ${budget} ms: ${v <= budget ? 'ok' : 'OVER'})`;
    console.log(`  ${k.padEnd(46)} ${String(v).padStart(7)} ms${flag}`);
  }
  return row;
}
