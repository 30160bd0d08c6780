/**
 * Golden files: each export format of a small, awkward reading list
 * (tests/support/export-samples.ts), byte for byte. A change to an exporter shows
 * up as a diff of tests/fixtures/export/; `UPDATE_GOLDEN=1 npx vitest run
 * utils/core/library/export/golden.test.ts` rewrites them, to be read before committing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_SAMPLES } from '../../../../tests/support/export-samples';
import { exportJson } from './json';
import { exportMarkdownSingle, exportMarkdownZip } from './markdown';
import { exportNetscape } from './netscape';
import { exportInstapaperCsv, exportPocketCsv } from './csv';
import { exportEpub } from './epub';
import type { StoryChoices } from '../../stories/types';

const DIR = join(__dirname, '../../../../tests/fixtures/export');
const NOW = Date.UTC(2025, 5, 1);

/** A zip as text: each entry's name, then its content. */
function zipText(data: Uint8Array): string {
  return Object.entries(unzipSync(data))
    .map(([name, bytes]) => `=== ${name} (${bytes.length} bytes)\n${strFromU8(bytes)}`)
    .join('\n');
}

/** The reader's story choices: two samples in a named story, one taken out, and a choice about an article not exported (left out). */
const STORIES: StoryChoices = {
  names: { s1x2y3z: 'Geneva talks', s9nothere: 'Not exported' },
  placed: {
    [EXPORT_SAMPLES[0]!.url]: 's1x2y3z',
    [EXPORT_SAMPLES[1]!.url]: 's1x2y3z',
    [EXPORT_SAMPLES[2]!.url]: null,
    'https://elsewhere.example/not-exported': 's9nothere',
  },
};

const FORMATS: [string, () => string][] = [
  ['sift.json', () => JSON.stringify(JSON.parse(exportJson(EXPORT_SAMPLES, NOW, STORIES).data as string), null, 2) + '\n'],
  ['markdown-zip.txt', () => zipText(exportMarkdownZip(EXPORT_SAMPLES, { now: NOW, timeZone: 'utc' }).data as Uint8Array)],
  ['reading-list.md', () => exportMarkdownSingle(EXPORT_SAMPLES, { now: NOW, timeZone: 'utc' }).data as string],
  ['bookmarks.html', () => exportNetscape(EXPORT_SAMPLES, NOW).data as string],
  ['pocket.csv', () => exportPocketCsv(EXPORT_SAMPLES, NOW).data as string],
  ['instapaper.csv', () => exportInstapaperCsv(EXPORT_SAMPLES, NOW).data as string],
  [
    'epub.txt',
    () =>
      zipText(exportEpub(EXPORT_SAMPLES, undefined, { now: NOW, id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }).data as Uint8Array),
  ],
];

describe('export golden files', () => {
  for (const [file, make] of FORMATS) {
    it(file, () => {
      const path = join(DIR, file);
      const got = make();
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, got);
      expect(got).toBe(readFileSync(path, 'utf8'));
    });
  }
});
