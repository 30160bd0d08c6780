import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

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
