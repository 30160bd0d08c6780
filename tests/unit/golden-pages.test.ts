/**
 * Golden extraction pages (tests/pages/<slug>/): each page through the
 * command-line reader's pipeline, compared with its expected text and
 * metadata. UPDATE_GOLDEN=1 rewrites the expected files (see tests/pages/README.md).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readInput } from '../../scripts/lib/pipeline';

const PAGES = resolve(import.meta.dirname, '../pages');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Case {
  about: string;
  page?: string;
  url?: string;
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden pages', () => {
  it('there are golden pages to run', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  for (const slug of slugs) {
    const dir = join(PAGES, slug);
    const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
    it(`${slug}: ${c.about}`, () => {
      const file = c.page ? resolve(dir, c.page) : join(dir, 'page.html');
      const out = readInput({ file, url: c.url });
      const meta =
        'error' in out
          ? { error: out.error }
          : {
              title: out.title,
              siteName: out.siteName,
              byline: out.byline,
              published: out.published,
              lang: out.lang,
              // Only where it is said: the view tells the reader it shows the site's preview.
              ...(out.preview ? { preview: true } : {}),
            };
      const text = 'error' in out ? null : out.text;
      const metaFile = join(dir, 'expected.json');
      const textFile = join(dir, 'expected.txt');
      if (UPDATE) {
        writeFileSync(metaFile, JSON.stringify(meta, null, 2) + '\n');
        if (text !== null) writeFileSync(textFile, text + '\n');
        return;
      }
      expect(existsSync(metaFile), `${dirname(metaFile)} has no expected.json: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(meta).toEqual(JSON.parse(readFileSync(metaFile, 'utf8')));
      if (text !== null) expect(text + '\n').toBe(readFileSync(textFile, 'utf8'));
    });
  }
});
