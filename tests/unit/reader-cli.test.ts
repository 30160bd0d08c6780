import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BIG_FIRST_WORDS, heavyArticlePage, manyElementsPage } from '../../scripts/lib/big-pages';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, 'tests/fixtures/euobserver-kazakhstan.html');
const PLAIN = resolve(ROOT, 'tests/fixtures/euobserver-kazakhstan.plain.html');

/** Runs `npm run reader` the way a user does (through tsx), returning exit code and parsed lines. */
function reader(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/reader.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const CLUTTER = [
  'Listen to article',
  'Read and decide',
  'Join EUobserver today',
  '14-day free trial',
  'subscribe as a group',
  'EU defends Kazakh leader',
  'News in Brief',
  'Latest News',
];

describe('the command-line reader', { timeout: 30_000 }, () => {
  it('prints the seed article as one JSON line: 23 paragraphs and the sub-heading, no clutter, title and date', () => {
    const { code, stdout } = reader('--format', 'jsonl', SEED);
    expect(code).toBe(0);
    const [r] = lines(stdout);
    expect(r.title).toBe('US, EU worried over Russian intervention in Kazakhstan');
    expect(r.published.slice(0, 10)).toBe('2022-01-06');
    expect(r.siteName).toBe('EUobserver');
    const blocks = r.text.split('\n\n');
    expect(blocks).toContain('Ukraine talks to go on');
    expect(blocks.filter((b: string) => b !== 'Ukraine talks to go on')).toHaveLength(23);
    expect(blocks[0]).toMatch(/^The EU's top diplomat on Thursday \(6 January\)/);
    expect(blocks.at(-1)).toMatch(/the Western military alliance in eastern Europe\.$/);
    for (const c of CLUTTER) expect(r.text).not.toContain(c);
    expect(r.summary).toHaveLength(3);
    expect(r.facts).toHaveLength(5);
    expect(Object.keys(r.timings)).toEqual(expect.arrayContaining(['readability', 'facts', 'summary']));
    expect(r.html).not.toMatch(/<script|<iframe|onclick=/i);
  });

  it('gives the plain-markup page the same paragraphs as the semantic one', () => {
    const [semantic, plain] = lines(reader('--format', 'jsonl', SEED, PLAIN).stdout);
    expect(plain.text).toBe(semantic.text);
  });

  it('reads .html.gz and .txt, honours --published, and reports a bad file without stopping', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-reader-'));
    const gz = join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(SEED)));
    const txt = join(dir, 'story.txt');
    writeFileSync(
      txt,
      'Police said on Friday that at least 12 people were killed in the blast.\n\nThe attack came a week after the election.',
    );
    const { code, stdout } = reader('--format', 'jsonl', '--published', '2023-03-06', gz, join(dir, 'missing.html'), txt);
    expect(code).toBe(1);
    const [a, missing, t] = lines(stdout);
    expect(a.title).toBe('US, EU worried over Russian intervention in Kazakhstan');
    expect(a.published).toBe('2023-03-06');
    expect(missing).toEqual({ file: join(dir, 'missing.html'), error: 'file not found' });
    expect(t.html).toBe('');
    expect(t.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'casualties', kind: 'killed', count: { value: 12, qualifier: 'at least' } }),
        expect.objectContaining({ type: 'date', value: '2023-03-03' }),
      ]),
    );
  });

  it('takes a manifest of files with their own URL and reference date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-reader-'));
    writeFileSync(join(dir, 'a.txt'), 'Officials said on Monday that 40 people were arrested.');
    const manifest = join(dir, 'batch.jsonl');
    writeFileSync(manifest, JSON.stringify({ file: 'a.txt', url: 'https://example.org/a', published: '2024-05-08' }) + '\n');
    const { code, stdout } = reader('--format', 'json', '--manifest', manifest);
    expect(code).toBe(0);
    const [r] = JSON.parse(stdout);
    expect(r.url).toBe('https://example.org/a');
    expect(r.facts).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'date', value: '2024-05-06' })]));
  });

  it('prints Markdown by default, and a clear usage error for bad options', () => {
    const md = reader(SEED);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# US, EU worried over Russian intervention in Kazakhstan\n/);
    const bad = reader('--format', 'xml', SEED);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --format xml');
  });
});

describe('the command-line reader on bad input', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-reader-bad-'));

  it('says a file of random bytes named .html is not a page (exit 1), and reads the next file', () => {
    const junk = join(dir, 'junk.html');
    writeFileSync(junk, randomBytes(64 * 1024));
    const { code, stdout } = reader('--format', 'jsonl', junk, SEED);
    expect(code).toBe(1);
    const [bad, good] = lines(stdout);
    expect(bad).toEqual({ file: junk, error: 'not an HTML page (binary data)' });
    expect(good.title).toBe('US, EU worried over Russian intervention in Kazakhstan');
  });

  it('says a missing --manifest file is missing, without a stack trace (exit 2)', () => {
    const { code, stdout, stderr } = reader('--manifest', join(dir, 'nope.jsonl'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`no such manifest file: ${join(dir, 'nope.jsonl')}`);
    expect(stderr).not.toMatch(/\bat \S+ \(|node:internal/);
  });

  it('reports one bad manifest line and reads the others (exit 1)', () => {
    writeFileSync(join(dir, 'a.txt'), 'Officials said on Monday that 40 people were arrested.');
    const manifest = join(dir, 'batch.jsonl');
    writeFileSync(
      manifest,
      [
        JSON.stringify({ file: 'a.txt' }),
        '{not json',
        JSON.stringify({ file: 'a.txt', published: '2022-13-45' }),
        JSON.stringify({ url: 'https://example.org/x' }),
        JSON.stringify({ file: 'a.txt', url: 'https://example.org/a' }),
      ].join('\n'),
    );
    const { code, stdout } = reader('--format', 'jsonl', '--manifest', manifest);
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out).toHaveLength(5);
    expect(out[0].facts.length).toBeGreaterThan(0);
    expect(out[1]).toEqual({ file: `${manifest}:2`, error: 'not a JSON line' });
    expect(out[2]).toEqual({ file: `${manifest}:3`, error: '"published" takes a date as YYYY-MM-DD (got "2022-13-45")' });
    expect(out[3]).toEqual({ file: `${manifest}:4`, error: '"file" is missing' });
    expect(out[4].url).toBe('https://example.org/a');
  });

  it('refuses a date that does not exist and an address that is not one (exit 2)', () => {
    for (const [args, message] of [
      [['--published', '2022-13-45'], '--published takes a date as YYYY-MM-DD (got "2022-13-45")'],
      [['--published', '2023-02-29'], '--published takes a date as YYYY-MM-DD (got "2023-02-29")'],
      [['--url', 'not-a-url'], '--url takes an http(s) address (got "not-a-url")'],
      [['--url', 'javascript:alert(1)'], '--url takes an http(s) address (got "javascript:alert(1)")'],
    ] as const) {
      const r = reader('--format', 'jsonl', ...args, SEED);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
    expect(reader('--format', 'jsonl', '--published', '2024-02-29', SEED).code).toBe(0);
  });

  it('reads a 5 MB article page to its last paragraph', () => {
    const big = join(dir, 'heavy.html');
    writeFileSync(big, heavyArticlePage());
    expect(readFileSync(big).length).toBeGreaterThan(5 * 1000 * 1000);
    const { code, stdout } = reader('--format', 'jsonl', big);
    expect(code).toBe(0);
    const [r] = lines(stdout);
    expect(r.title).toBe('Council budget talks');
    expect(r.text.startsWith(BIG_FIRST_WORDS)).toBe(true);
    expect(r.text).toContain('Paragraph 59: The council met');
    expect(r.text).not.toMatch(/__STATE__|Section 12/);
  });

  it('says "page too large" for a 5 MB page of 374,000 small elements (exit 1)', () => {
    const many = join(dir, 'many.html');
    writeFileSync(many, manyElementsPage());
    const { code, stdout } = reader('--format', 'jsonl', many);
    expect(code).toBe(1);
    const [r] = lines(stdout);
    expect(r.file).toBe(many);
    expect(r.error).toMatch(/^page too large \(3\d\d,\d{3} elements; Sift stops at 80,000\)$/);
  });

  it('says "not an article" for a page without running text, and reads it with --force', () => {
    const shop = resolve(ROOT, 'tests/fixtures/not-article.html');
    const gated = reader('--format', 'jsonl', shop);
    expect(gated.code).toBe(1);
    expect(lines(gated.stdout)[0].error).toBe('not an article: too little running text (--force reads it anyway)');
    const forced = reader('--format', 'jsonl', '--force', shop);
    expect(forced.code).toBe(0);
    expect(lines(forced.stdout)[0].text).toContain('Free delivery on orders over £20.');
  });
});
