/** Small helpers shared by the benchmark scripts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Read-only corpora beside the checkout; benchmarks skip when it is absent. */
export const sharedDir = resolve(repoRoot, '../shared');
export const corpusDir = resolve(sharedDir, 'corpus/article-bench-dev');

export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
export const median = (xs: readonly number[]) => quantile(xs, 0.5);

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface CorpusPage {
  id: string;
  file: string;
  url: string;
  articleBody: string;
}

/** The dev corpus pages with their ground truth, or null when ../shared is absent. */
export function corpusPages(): CorpusPage[] | null {
  const truthFile = resolve(corpusDir, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .flatMap((id) => {
      const t = truth[id];
      return t ? [{ id, file: resolve(corpusDir, `${id}.html.gz`), ...t }] : [];
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A plain text table with right-aligned numbers. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: Array<string | number>) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return '-';
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(Math.abs(n) >= 10 ? 1 : 2);
}
