/**
 * Robustness: extraction over every page we have, with no exception.
 *
 *   npx tsx scripts/bench/robustness.ts [--json FILE]
 *
 * Pages: ../shared/corpus/article-bench-dev/*.html.gz (skipped cleanly when
 * absent) and tests/fixtures/**\/*.html. Each page goes through the same
 * extractor the extension runs (utils/core/extract), once gated (as a click on the
 * toolbar button) and once forced ("Show anyway"). Prints the number of pages,
 * the exceptions, and the failures by kind; exits 1 on any exception.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../utils/core/extract/index';
import { corpusDir as corpus, repoRoot } from '../lib/bench';
import { parseHtml, readHtmlFile } from '../lib/dom';

const fixtures = path.join(repoRoot, 'tests/fixtures');

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
    const kinds: string[] = [];
    for (const force of [false, true]) {
      const { document, window } = parseHtml(html, 'https://example.org/article');
      try {
        const r = extractArticle(document, { url: 'https://example.org/article', window, force });
        kinds.push(r.ok ? 'ok' : r.failure.kind);
      } finally {
        window.close();
      }
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

function main() {
  const sources: Array<[string, string[]]> = [];
  if (existsSync(corpus)) sources.push(['corpus article-bench-dev', walk(corpus, (f) => f.endsWith('.html.gz'))]);
  else console.log(`skipped: ${path.relative(repoRoot, corpus)} not found`);
  sources.push(['tests/fixtures', walk(fixtures, (f) => /\.html?$/i.test(f))]);

  const all: Outcome[] = [];
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
  const exceptions = all.filter((o) => o.error);
  for (const o of exceptions) console.log(`EXCEPTION ${o.file}\n  ${o.error!.replace(/\n/g, '\n  ')}`);
  const failures = all.filter((o) => o.forced !== 'ok' && !o.error);
  for (const o of failures) console.log(`  no article even when forced: ${o.file} (${o.forced})`);
  console.log(`total: ${all.length} pages, ${exceptions.length} exceptions`);
  const json = process.argv.indexOf('--json');
  if (json >= 0 && process.argv[json + 1]) writeFileSync(process.argv[json + 1]!, JSON.stringify(all, null, 2));
  if (exceptions.length) process.exitCode = 1;
}

main();
