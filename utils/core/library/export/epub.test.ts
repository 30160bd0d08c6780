import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportEpub } from './epub';
import { sampleArticle, sampleArticles } from '../../../../tests/support/sample-articles';

const window = new JSDOM('').window;
const parser = new window.DOMParser();

function wellFormed(xml: string): boolean {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

// Awkward input: unclosed tags, entities, void elements, scripts, a remote image, a bare <li>, control characters.
const nasty = {
  ...sampleArticle(7),
  title: 'Fish & chips <tonight> "quoted"',
  lang: 'fr',
  html:
    '<p>Unclosed <b>bold <a href="https://ex.org/?a=1&b=2">link <a href="/rel">inner</a></p><div><span><div>block in span</div></span></div>' +
    '<img src="https://img.example/x.png" alt="A map"><br><hr><li>orphan</li><ul>text<li>ok</li></ul><table><td>cell</td></table>' +
    '<script>alert(1)</script><p>nbsp&nbsp;copy&copy; \u0001ctl</p><custom-el>kept</custom-el><p><img src="x.jpg"></p>',
};

describe.each([
  ['lite-html', undefined],
  ['jsdom', parser],
])('EPUB export (%s)', (name, htmlParser) => {
  const file = exportEpub([nasty, ...sampleArticles(3)], htmlParser, {
    now: Date.UTC(2025, 5, 1),
    id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
  });
  const bytes = file.data as Uint8Array;
  const entries = unzipSync(bytes);

  it('starts with an uncompressed mimetype entry', () => {
    // Local file header: signature, then method at offset 8 (0 = stored), name at 30.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes[8]! | (bytes[9]! << 8)).toBe(0);
    const nameLen = bytes[26]! | (bytes[27]! << 8);
    const extraLen = bytes[28]! | (bytes[29]! << 8);
    expect(strFromU8(bytes.slice(30, 30 + nameLen))).toBe('mimetype');
    expect(extraLen).toBe(0);
    expect(strFromU8(bytes.slice(30 + nameLen, 30 + nameLen + 20))).toBe('application/epub+zip');
  });

  it('has a container, a package with metadata, manifest and spine, and a nav', () => {
    expect(strFromU8(entries['META-INF/container.xml']!)).toContain('full-path="OEBPS/content.opf"');
    const opf = strFromU8(entries['OEBPS/content.opf']!);
    expect(wellFormed(opf)).toBe(true);
    const doc = new window.DOMParser().parseFromString(opf, 'application/xml');
    expect(doc.getElementsByTagName('dc:identifier')[0]!.textContent).toBe('urn:uuid:00000000-0000-4000-8000-000000000000');
    expect(doc.getElementsByTagName('dc:title')[0]!.textContent).toMatch(/Sift reading list/);
    expect(doc.querySelector('meta[property="dcterms:modified"]')!.textContent).toBe('2025-06-01T00:00:00Z');
    const hrefs = [...doc.getElementsByTagName('item')].map((i) => i.getAttribute('href'));
    for (const h of hrefs) expect(entries[`OEBPS/${h}`], h!).toBeDefined();
    expect(doc.getElementsByTagName('itemref')).toHaveLength(5);
    const nav = strFromU8(entries['OEBPS/nav.xhtml']!);
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toContain('Fish &amp; chips &lt;tonight&gt;');
  });

  it('writes every XHTML file as well-formed XML, without scripts or remote images', () => {
    const pages = Object.keys(entries).filter((k) => k.endsWith('.xhtml'));
    expect(pages).toHaveLength(5);
    for (const p of pages) expect(wellFormed(strFromU8(entries[p]!)), p).toBe(true);
    const first = strFromU8(entries['OEBPS/a00001.xhtml']!);
    expect(first).toContain('[Image: A map]');
    expect(first).not.toContain('<img');
    expect(first).not.toContain('alert(1)');
    expect(first).toContain('href="https://ex.org/?a=1&amp;b=2"');
    expect(first).toContain('block in span');
    expect(first).toContain('xml:lang="fr"');
  });

  // epubcheck starts a JVM (~15 s): run it once, on the default parser's output.
  it.skipIf(!existsSync('/usr/bin/epubcheck') || name !== 'lite-html')(
    'passes epubcheck',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'sift-epub-'));
      try {
        const path = join(dir, 'book.epub');
        writeFileSync(path, bytes);
        let out = '';
        try {
          // It is a jar (symlinked), so run it through java.
          out = execFileSync('java', ['-jar', '/usr/bin/epubcheck', path], { encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
        } catch (e) {
          const err = e as { stdout?: string; stderr?: string };
          throw new Error(`epubcheck failed:\n${err.stdout}\n${err.stderr}`);
        }
        expect(out).toMatch(/No errors or warnings detected/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    130_000,
  );
});
