/**
 * Key-facts bench: scores extractFacts on ../shared/facts/dev and on the seed
 * page (per type precision/recall/F1, SCHEMA.md "Scoring"), lists every miss and
 * extra, and times the extractor (median ms per 1,000 words).
 *   npx tsx scripts/bench/facts.ts [--json FILE] [--quiet]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractFacts } from '../../utils/core/facts/index';
import { scoreArticle, microAverage, FACT_TYPES, type ArticleResult, type ScoredFact } from './metrics/facts';
import { extractArticle } from '../../utils/core/extract/index';
import { repoRoot, sharedDir as shared } from '../lib/bench';
import { parseHtml, readHtmlFile } from '../lib/dom';

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const quiet = args.includes('--quiet');

interface Gold {
  id: string;
  url?: string | null;
  reference_date: string | null;
  text_file?: string;
  facts: ScoredFact[];
}
interface Case {
  id: string;
  text: string;
  published: string | null;
  gold: ScoredFact[];
}

function devCases(): Case[] | null {
  const dir = path.join(shared, 'facts/dev');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold;
      const text = readFileSync(path.join(dir, g.text_file ?? f.replace(/\.json$/, '.txt')), 'utf8');
      return { id: g.id ?? f, text, published: g.reference_date, gold: g.facts };
    });
}

function seedCase(): Case | null {
  const html = path.join(repoRoot, 'tests/fixtures/euobserver-kazakhstan.html');
  const goldFile = path.join(repoRoot, 'tests/fixtures/euobserver-kazakhstan.facts.json');
  if (!existsSync(html) || !existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const { document, window } = parseHtml(readHtmlFile(html), gold.url ?? undefined);
  const res = extractArticle(document, { window, force: true });
  if (!res.ok) throw new Error(`seed page did not extract: ${res.failure.kind}`);
  return { id: gold.id, text: res.article.text, published: gold.reference_date, gold: gold.facts };
}

function run(name: string, cases: Case[]) {
  const results: ArticleResult[] = cases.map((c) => scoreArticle(c.id, c.gold, extractFacts(c.text, { published: c.published })));
  const summary = microAverage(results);
  console.log(`\n== ${name}: ${cases.length} articles`);
  for (const t of FACT_TYPES) {
    const s = summary[t];
    console.log(
      `${t.padEnd(11)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
  }
  if (!quiet) {
    for (const r of results) {
      for (const m of r.misses) console.log(`  miss  ${m.id} ${m.type} ${JSON.stringify(m.key)} | ${m.quote}`);
      for (const m of r.extras) console.log(`  extra ${m.id} ${m.type} ${JSON.stringify(m.key)} | ${m.quote}`);
    }
  }
  return { summary, misses: results.flatMap((r) => r.misses), extras: results.flatMap((r) => r.extras) };
}

function timing(cases: Case[]): number {
  const per: number[] = [];
  for (const c of cases) extractFacts(c.text, { published: c.published }); // warm up
  for (const c of cases) {
    const words = c.text.split(/\s+/).filter(Boolean).length;
    if (words < 50) continue;
    const reps = 5;
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) extractFacts(c.text, { published: c.published });
    per.push(((performance.now() - t0) / reps / words) * 1000);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)] ?? 0;
}

const dev = devCases();
const seed = seedCase();
const out: Record<string, unknown> = {};
if (!dev) console.log('skipped: ../shared/facts/dev not found');
else out.dev = run('dev (../shared/facts/dev)', dev);
if (seed) out.seed = run('seed (euobserver-kazakhstan)', [seed]);
const all = [...(dev ?? []), ...(seed ? [seed] : [])];
if (all.length) {
  const ms = timing(all);
  out.msPer1000Words = ms;
  console.log(`\nmedian ${ms.toFixed(2)} ms per 1,000 words`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 2));
