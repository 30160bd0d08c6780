import { readInput } from './lib/pipeline';
const t = performance.now();
const r = readInput({ file: process.argv[2]!, force: true });
console.log(
  Math.round(performance.now() - t),
  'ms',
  'error' in r ? r.error : JSON.stringify(r.timings),
  process.memoryUsage().rss >> 20,
  'MB',
);
