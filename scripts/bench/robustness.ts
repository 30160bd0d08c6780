/**
 * Robustness: extraction over every page we have, with no exception, and the
 * command-line reader on very large pages within its time and memory budget.
 *
 *   npx tsx scripts/bench/robustness.ts [--json FILE] [--big-only]
 *
 * Pages: every corpus in ../shared/corpus (skipped cleanly when absent) and
 * tests/fixtures/**\/*.html. Each page goes through the same extractor the
 * extension runs (utils/core/extract), once gated (as a click on the toolbar
 * button) and once forced ("Show anyway"). Prints the number of pages, the
 * exceptions, and the outcomes by kind.
 *
 * Large pages (made on the fly, tests/support/big-pages.ts), each read by the
 * reader's pipeline in a process of its own: wall time and peak memory, against
 * the budget of 3 s and 300 MB for a 5 MB page.
 *
 * Exit code 1 on any exception or a large page over budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractArticle } from '../../utils/core/extract/index';
import { repoRoot } from '../lib/bench';
import { loadCorpora } from '../lib/corpora';
import { parseHtml, readHtmlFile } from '../lib/dom';
import { readInput } from '../lib/pipeline';
import { heavyArticlePage, longTextPage, manyElementsPage } from '../lib/big-pages';

const fixtures = path.join(repoRoot, 'tests/fixtures');
const BUDGET = { ms: 3000, mb: 300 };

function walk(dir: string, keep: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(name)) out.push(p);
  }
  return out;
}

interface Outcome {
  file: string;
  gated: string;
  forced: string;
  ms: number;
  error?: string;
}

function run(file: string): Outcome {
  const rel = path.relative(repoRoot, file);
  const t0 = performance.now();
  try {
    const html = readHtmlFile(file);
    const { document, window } = parseHtml(html, 'https://example.org/article');
    const kinds: string[] = [];
    try {
      for (const force of [false, true]) {
        const copy = document.cloneNode(true) as Document;
        const r = extractArticle(copy, {
          url: 'https://example.org/article',
          window,
          force,
          freshCopy: () => document.cloneNode(true) as Document,
        });
        kinds.push(r.ok ? 'ok' : r.failure.kind);
      }
    } finally {
      window.close();
    }
    return { file: rel, gated: kinds[0]!, forced: kinds[1]!, ms: performance.now() - t0 };
  } catch (err) {
    const e = err as Error;
    return {
      file: rel,
      gated: 'exception',
      forced: 'exception',
      ms: performance.now() - t0,
      error: `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 4).join('\n') ?? ''}`,
    };
  }
}

/** Child mode: read one file with the reader's pipeline and print time, peak memory and the outcome. */
function readOne(file: string): void {
  const t0 = performance.now();
  const out = readInput({ file });
  const ms = performance.now() - t0;
  const mb = process.resourceUsage().maxRSS / 1024;
  const outcome = 'error' in out ? out.error : `article, ${out.text.length.toLocaleString('en')} characters`;
  process.stdout.write(JSON.stringify({ ms, mb, outcome }));
}

function bigPages(): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'sift-big-'));
  const cases: Array<[string, string]> = [
    ['5 MB news page (scripts, styles, SVG; a 60-paragraph article)', heavyArticlePage()],
    ['5 MB of article text (8,000 paragraphs)', longTextPage()],
    ['5 MB of 374,000 small elements', manyElementsPage()],
  ];
  let over = 0;
  console.log('\n| large page (reader pipeline, own process) | wall ms | peak MB | outcome | budget 3 s, 300 MB |');
  console.log('|---|---|---|---|---|');
  try {
    for (const [name, html] of cases) {
      const file = path.join(dir, `${cases.findIndex((c) => c[0] === name)}.html`);
      writeFileSync(file, html);
      const raw = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--read-one', file], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      const r = JSON.parse(raw) as { ms: number; mb: number; outcome: string };
      const ok = r.ms <= BUDGET.ms && r.mb <= BUDGET.mb;
      if (!ok) over++;
      console.log(`| ${name} | ${Math.round(r.ms)} | ${Math.round(r.mb)} | ${r.outcome} | ${ok ? 'within' : 'OVER'} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return over;
}

function main() {
  if (process.argv.includes('--read-one')) return readOne(process.argv[process.argv.indexOf('--read-one') + 1]!);
  const all: Outcome[] = [];
  if (!process.argv.includes('--big-only')) {
    const sources: Array<[string, string[]]> = [];
    const corpora = loadCorpora();
    if (!corpora.length) console.log('skipped: no corpus found in ../shared/corpus');
    for (const c of corpora) sources.push([`corpus ${c.name}`, c.pages.map((p) => p.file)]);
    sources.push(['tests/fixtures', walk(fixtures, (f) => /\.html?$/i.test(f))]);

    for (const [name, files] of sources) {
      const outcomes = files.map(run);
      all.push(...outcomes);
      const count = (key: 'gated' | 'forced') =>
        Object.entries(outcomes.reduce<Record<string, number>>((m, o) => ((m[o[key]] = (m[o[key]] ?? 0) + 1), m), {}))
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(', ');
      const exceptions = outcomes.filter((o) => o.error).length;
      const slowest = outcomes.reduce((m, o) => Math.max(m, o.ms), 0);
      console.log(`${name}: ${outcomes.length} pages, ${exceptions} exceptions, slowest ${Math.round(slowest)} ms`);
      console.log(`  gated (toolbar click): ${count('gated') || '-'}`);
      console.log(`  forced (Show anyway):  ${count('forced') || '-'}`);
    }
    const failures = all.filter((o) => o.forced !== 'ok' && !o.error);
    for (const o of failures) console.log(`  no article even when forced: ${o.file} (${o.forced})`);
  }
  const exceptions = all.filter((o) => o.error);
  for (const o of exceptions) console.log(`EXCEPTION ${o.file}\n  ${o.error!.replace(/\n/g, '\n  ')}`);
  const over = bigPages();
  console.log(`total: ${all.length} pages, ${exceptions.length} exceptions; ${over} large page(s) over budget`);
  const json = process.argv.indexOf('--json');
  if (json >= 0 && process.argv[json + 1]) writeFileSync(process.argv[json + 1]!, JSON.stringify(all, null, 2));
  if (exceptions.length || over) process.exitCode = 1;
}

main();
