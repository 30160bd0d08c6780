/**
 * The command-line reader: Sift's pipeline (extraction, cleaning, key facts,
 * summary) in Node, for benchmarks and for processing pages in bulk.
 *
 *   npm run --silent reader -- [--format jsonl|json|md] [--manifest FILE]
 *                              [--published YYYY-MM-DD] [--url URL] FILE...
 *
 * FILE: .html/.htm (full pipeline), .html.gz, or .txt (plain text: facts and
 * summary only). --manifest reads JSON lines {"file", "url"?, "published"?}.
 * One failed input prints {file, error} and the rest go on; exit code 1 then.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readInput, type ReaderInput, type ReaderOutput } from './lib/pipeline';
import { toMarkdown } from './lib/markdown';

const USAGE = `usage: npm run --silent reader -- [--format jsonl|json|md] [--manifest FILE] [--published YYYY-MM-DD] [--url URL] FILE...`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function manifestInputs(path: string): ReaderInput[] {
  const base = dirname(resolve(path));
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      let entry: { file?: unknown; url?: unknown; published?: unknown };
      try {
        entry = JSON.parse(line);
      } catch {
        fail(`${path}:${i + 1}: not a JSON line`);
      }
      if (typeof entry.file !== 'string') fail(`${path}:${i + 1}: "file" is missing`);
      return {
        file: resolve(base, entry.file),
        url: typeof entry.url === 'string' ? entry.url : undefined,
        published: typeof entry.published === 'string' ? entry.published : undefined,
      };
    });
}

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'md' },
        manifest: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail((err as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as string;
  if (!['jsonl', 'json', 'md'].includes(format)) fail(`unknown --format ${format}`);
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) fail('--published takes YYYY-MM-DD');

  const inputs: ReaderInput[] = values.manifest
    ? manifestInputs(values.manifest)
    : positionals.map((file) => ({ file, url: values.url, published: values.published }));
  if (!inputs.length) fail('no input files');

  let failed = 0;
  const all: ReaderOutput[] = [];
  for (const input of inputs) {
    const out = readInput(input);
    if ('error' in out) failed++;
    if (format === 'jsonl') process.stdout.write(JSON.stringify(out) + '\n');
    else if (format === 'json') all.push(out);
    else process.stdout.write(('error' in out ? `<!-- ${out.file}: ${out.error} -->\n` : toMarkdown(out)) + '\n');
  }
  if (format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return failed ? 1 : 0;
}

process.exitCode = main();
