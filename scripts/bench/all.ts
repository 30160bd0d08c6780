/**
 * Every benchmark, one after the other, in one run: extraction quality and
 * speed beside plain Readability, key facts, summary, reading list, robustness
 * over the corpora, then speed, size and memory in real Chromium.
 * Each prints its own table; corpora in ../shared are optional (a bench skips
 * when its corpus is absent). Build first: `npm run bench` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../lib/bench';

const BENCHES = ['extract', 'facts', 'summary', 'stories', 'list', 'robustness', 'perf'];
/** The list bench measures the first screen in Chromium too when asked. */
const EXTRA: Record<string, string[]> = { list: ['--browser'] };

let failed = 0;
for (const name of BENCHES) {
  const file = resolve(repoRoot, `scripts/bench/${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench:${name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...(EXTRA[name] ?? []), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: repoRoot,
  });
  if (r.status !== 0) {
    failed++;
    console.log(`bench:${name} exited with ${r.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
