/**
 * The command-line reader: Sift's pipeline (extraction, cleaning, key facts,
 * summary) in Node, for benchmarks and for processing pages in bulk.
 *
 *   npm run --silent reader -- [--format jsonl|json|md] [--manifest FILE] [--force]
 *                              [--published YYYY-MM-DD] [--url URL] FILE...
 *
 * FILE: .html/.htm (full pipeline), .html.gz, or .txt (plain text: facts and
 * summary only). --manifest reads JSON lines {"file", "url"?, "published"?}.
 * A page with too little running text is "not an article", as a click on the
 * toolbar button says; --force reads it anyway ("Show anyway").
 *
 * Exit codes: 0 every input read; 1 some input could not be read or holds no
 * article (each prints {file, error}, and the rest go on); 2 a usage error
 * (bad option or value, no input, a manifest that cannot be read).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readInput, type ReaderInput, type ReaderOutput } from './lib/pipeline';
import { toMarkdown } from './lib/markdown';

const USAGE = `usage: npm run --silent reader -- [--format jsonl|json|md] [--manifest FILE] [--force] [--published YYYY-MM-DD] [--url URL] FILE...`;

class UsageError extends Error {}

/** A calendar date written YYYY-MM-DD that exists (2022-02-30 does not). */
function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** An absolute http(s) address. */
function isWebAddress(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** What a bad --published or --url value is told. */
function checkValues(published: string | undefined, url: string | undefined): string | null {
  if (published !== undefined && !isCalendarDate(published)) return `--published takes a date as YYYY-MM-DD (got "${published}")`;
  if (url !== undefined && !isWebAddress(url)) return `--url takes an http(s) address (got "${url}")`;
  return null;
}

/** The manifest's inputs; a line that is not a valid entry becomes an error of its own, and the rest go on. */
function manifestInputs(path: string, force: boolean): Array<ReaderInput | ReaderOutput> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `no such manifest file: ${path}`
        : code === 'EISDIR'
          ? `the manifest is a folder: ${path}`
          : `cannot read the manifest ${path}`,
    );
  }
  const base = dirname(resolve(path));
  const out: Array<ReaderInput | ReaderOutput> = [];
  raw.split('\n').forEach((text, i) => {
    const line = text.trim();
    if (!line) return;
    const where = `${path}:${i + 1}`;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      out.push({ file: where, error: 'not a JSON line' });
      return;
    }
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return void out.push({ file: where, error: 'not a JSON object' });
    const e = entry as { file?: unknown; url?: unknown; published?: unknown };
    if (typeof e.file !== 'string' || !e.file) return void out.push({ file: where, error: '"file" is missing' });
    if (e.url !== undefined && typeof e.url !== 'string') return void out.push({ file: where, error: '"url" is not a string' });
    if (e.published !== undefined && typeof e.published !== 'string')
      return void out.push({ file: where, error: '"published" is not a string' });
    const bad = checkValues(e.published, e.url)?.replace(/^--(\w+)/, '"$1"');
    if (bad) return void out.push({ file: where, error: bad });
    out.push({ file: resolve(base, e.file), url: e.url, published: e.published, force });
  });
  return out;
}

function main(): number {
  const args = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'md' },
      manifest: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format;
  if (!['jsonl', 'json', 'md'].includes(format)) throw new UsageError(`unknown --format ${format}`);
  const bad = checkValues(values.published, values.url);
  if (bad) throw new UsageError(bad);

  const inputs: Array<ReaderInput | ReaderOutput> = values.manifest
    ? manifestInputs(values.manifest, values.force)
    : positionals.map((file) => ({ file, url: values.url, published: values.published, force: values.force }));
  if (values.manifest && positionals.length) throw new UsageError('give files or --manifest, not both');
  if (!inputs.length) throw new UsageError(values.manifest ? `the manifest ${values.manifest} names no file` : 'no input files');

  let failed = 0;
  const all: ReaderOutput[] = [];
  for (const input of inputs) {
    const out = 'error' in input ? input : readInput(input as ReaderInput);
    if ('error' in out) failed++;
    if (format === 'jsonl') process.stdout.write(JSON.stringify(out) + '\n');
    else if (format === 'json') all.push(out);
    else process.stdout.write(('error' in out ? `<!-- ${out.file}: ${out.error} -->\n` : toMarkdown(out)) + '\n');
  }
  if (format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  // Bad options (parseArgs throws on an unknown one or a missing value) and unreadable manifests: a usage error.
  const message =
    err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (err as Error).message : null;
  if (message === null) throw err;
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exitCode = 2;
}
