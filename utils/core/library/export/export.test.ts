import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { exportMarkdownZip, exportMarkdownSingle, obsidianDateTime, obsidianPublished, obsidianTag, frontMatter } from './markdown';
import { exportInstapaperCsv, exportPocketCsv, csvField, csvText } from './csv';
import { parseImport } from '../import';
import { unguardCsvText } from '../import/csv';
import { exportNetscape } from './netscape';
import { exportEpub } from './epub';
import { fitBytes, MAX_NAME_BYTES, safeFileName, UniqueNames } from './filenames';
import { htmlToMarkdown } from './html-to-markdown';
import { liteParser, parseLiteHtml } from './lite-html';
import { sampleArticle } from '../../../../tests/support/sample-articles';
import type { SavedArticle } from '../types';

const parser = new new JSDOM('').window.DOMParser();
const NOW = Date.UTC(2025, 5, 1);
const utf8 = (s: string) => new TextEncoder().encode(s).length;
const md = (html: string) => htmlToMarkdown(liteParser.parseFromString(html).body);
const zipNames = (articles: SavedArticle[]) => Object.keys(unzipSync(exportMarkdownZip(articles, { parser, now: NOW }).data as Uint8Array));
const single = (a: Partial<SavedArticle>) =>
  exportMarkdownSingle([{ ...sampleArticle(1), ...a }], { now: NOW, timeZone: 'utc' }).data as string;

describe('Markdown export: notes and names', () => {
  it('writes one note per article with front matter, summary, key facts and unique, safe names', () => {
    const a = { ...sampleArticle(3), title: 'Kyiv: talks / "ceasefire"?', tags: ['central asia', 'news'] };
    const b = { ...sampleArticle(2), title: 'kyiv: talks / "ceasefire"?' };
    const c = { ...sampleArticle(4), title: '', url: 'https://www.bbc.com/x' };
    const files = unzipSync(exportMarkdownZip([a, b, c], { parser, now: NOW, timeZone: 'utc' }).data as Uint8Array);
    expect(Object.keys(files)).toEqual(['Kyiv talks ceasefire.md', 'kyiv talks ceasefire (2).md', 'www.bbc.com.md']);
    const note = strFromU8(files['Kyiv talks ceasefire.md']!);
    expect(note.startsWith('---\ntitle: "Kyiv: talks / \\"ceasefire\\"?"\nsource: "https://news.example.org/')).toBe(true);
    expect(note).toContain('\ntags:\n  - "central-asia"\n  - "news"\n');
    expect(note).toContain('\ncreated: 2025-01-01T00:03:00\n');
    expect(note).toContain('\nfacts:\n  - "2 January 2025"\n');
    expect(note).toContain('\n## Summary\n\nParagraph 1 of story 3');
    expect(note).toContain('\n## Key facts\n\n- 2 January 2025: “story 3”\n');
    expect(note).toContain('\n## Section 3\n');
    expect(note).toContain('[link](https://example.org/3)');
    expect(note).toContain('![Photo 3](https://img.example.org/3.jpg)');
    expect(note).toContain('> Quoted 3');
    // An untitled article is not titled by its address.
    expect(strFromU8(files['www.bbc.com.md']!)).toMatch(/^---\ntitle: ""\n/);
  });

  it('falls back to the plain text when an article has no HTML, and writes a single-file variant', () => {
    const a = { ...sampleArticle(6), html: '' };
    const one = exportMarkdownSingle([a, sampleArticle(5)], { parser, now: NOW }).data as string;
    expect(one).toContain('Paragraph 1 of story 6: the');
    expect(one.match(/^# Story/gm)).toHaveLength(2);
    expect(one).toMatch(/^## Key facts$/m);
  });

  it('caps names at 255 bytes of UTF-8, not characters, without cutting a character', () => {
    const jp = 'カザフスタンで原子力発電所の建設をめぐる国民投票が行われ、'.repeat(8);
    const [name] = zipNames([
      { ...sampleArticle(1), title: jp },
      { ...sampleArticle(2), title: jp },
    ]);
    expect(utf8(name!)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(utf8(name!)).toBeGreaterThan(MAX_NAME_BYTES - 4);
    expect(name!.endsWith('.md')).toBe(true);
    const names = zipNames([
      { ...sampleArticle(1), title: jp },
      { ...sampleArticle(2), title: jp },
    ]);
    expect(names[1]).toMatch(/ \(2\)\.md$/);
    expect(utf8(names[1]!)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    // Emoji and combining accents stay whole.
    const family = '👩‍👩‍👧‍👦';
    expect(fitBytes(family.repeat(3), 30)).toBe(family);
    expect(fitBytes('e\u0301'.repeat(10), 5)).toBe('e\u0301');
    // Short names are left alone.
    expect(zipNames([{ ...sampleArticle(1), title: 'Talks resume' }])).toEqual(['Talks resume.md']);
  });

  it.skipIf(!existsSync('/usr/bin/unzip'))('unzip extracts every note of a zip of long, non-Latin and awkward titles', () => {
    const titles = ['カザフスタン'.repeat(30), 'Ελλάδα '.repeat(40), '👩‍👩‍👧‍👦 family '.repeat(20), 'CON', '', 'a\u202eb', 'Same', 'same'];
    const zip = exportMarkdownZip(
      titles.map((title, i) => ({ ...sampleArticle(i), title })),
      { now: NOW },
    ).data as Uint8Array;
    const dir = mkdtempSync(join(tmpdir(), 'sift-zip-'));
    try {
      writeFileSync(join(dir, 'notes.zip'), zip);
      execFileSync('unzip', ['-q', '-o', join(dir, 'notes.zip'), '-d', join(dir, 'out')], { stdio: 'pipe' });
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(Object.keys(unzipSync(zip)).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops control characters and bidi marks, and avoids Windows reserved names even with an extension', () => {
    expect(safeFileName('a\u0000b\u0007c\u0085d\u202ee\u2066f\u200fg')).toBe('abcdefg');
    expect(safeFileName('..hidden')).toBe('hidden');
    expect(safeFileName('a#b^c[d]|e')).toBe('a b c d e');
    expect(safeFileName('Trailing dots...')).toBe('Trailing dots');
    for (const t of ['CON', 'con', 'NUL', 'COM1', 'LPT9', 'COM¹', 'AUX.txt', 'nul.report', 'PRN .x']) {
      expect(safeFileName(t)).toMatch(/^(con|nul|com1|lpt9|com¹|aux|prn)_/i);
    }
    // Names that merely start like one are fine.
    for (const t of ['Console wars', 'Nullify', 'COM10 plans', 'Auxiliary']) expect(safeFileName(t)).toBe(t);
    expect(zipNames([{ ...sampleArticle(1), title: 'CON' }])).toEqual(['CON_.md']);
    const names = new UniqueNames();
    expect(names.take('Nul', '.md')).toBe('Nul_.md');
  });
});

describe('Markdown export: every field escaped for where it lands', () => {
  it('a <pre> holding both fence styles gets a longer fence; inline code holding backticks a longer one too', () => {
    const out = md('<pre>```\n~~~\n````js\nalert(1)\n</pre><p>Use <code>a `b` ``c``</code> and <code>`edge`</code>.</p>');
    expect(out).toBe('`````\n```\n~~~\n````js\nalert(1)\n`````\n\nUse ``` a `b` ``c`` ``` and `` `edge` ``.\n');
  });

  it('page text comes out as text: no HTML, links, tags, highlights, comments, math, fields or templates', () => {
    const out = md(
      '<p>&lt;img src=x onerror=alert(1)&gt; [[Secret note]] #tag ==hi== %%hidden%% $x$ key:: value &lt;% tp.system %&gt; {{date}} &amp;lt;</p>',
    );
    expect(out).not.toMatch(/<img|\[\[|(^|[^\\])#tag|==|%%|::|<%|\{\{/);
    expect(out).toBe(
      '&lt;img src\\=x onerror\\=alert(1)&gt; \\[\\[Secret note\\]\\] \\#tag \\=\\=hi\\=\\= &#37;%hidden&#37;% \\$x\\$ key:\\: value &lt;% tp.system %&gt; \\{\\{date\\}\\} &amp;lt;\n',
    );
  });

  it('a code span or block keeps its text, but cannot start a Dataview query or a Templater command', () => {
    const out = md('<p><code>= this.file.name</code> <code>$= dv.pages()</code></p><pre>&lt;%* await tp.file.create_new() %&gt;</pre>');
    expect(out).not.toMatch(/`=|`\$=|<%/);
    expect(out).toContain('`\u200c= this.file.name`');
    expect(out).toContain('<\u200c%* await tp.file.create_new() %>');
  });

  it('Obsidian comments and Dataview fields cannot be made of two adjacent elements', () => {
    expect(md('<p><span>50%</span><span>%note</span> <b>a:</b><b>:b</b></p>')).not.toMatch(/%%|::/);
  });

  it('links and images keep only web addresses, with the characters that would break them encoded', () => {
    expect(
      md('<p><a href="https://ex.org/a b(c)">x</a> <a href="javascript:alert(1)">y</a> <img src="data:image/png;base64,AA" alt="z"></p>'),
    ).toBe('[x](https://ex.org/a%20b%28c%29) y z\n');
  });

  it('the single-file export escapes title, byline, site, URL and summary too', () => {
    const out = single({
      title: '<img src=x onerror=alert(1)> [[Vault]]',
      byline: '**Bold** <b>me</b>',
      siteName: '#site',
      summary: ['<script>alert(1)</script> %%x%%'],
      url: 'https://news.example.org/a%20b?q=<x>',
    });
    expect(out).toContain('# &lt;img src\\=x onerror\\=alert(1)&gt; \\[\\[Vault\\]\\]\n');
    expect(out).toContain('- Author: \\*\\*Bold\\*\\* &lt;b&gt;me&lt;/b&gt;\n');
    expect(out).toContain('- Site: \\#site\n');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &#37;%x&#37;%');
    expect(out).not.toMatch(/<(img|script|b)\b/);
  });

  it('properties are YAML strings that read back as the same text, with nothing for Templater to run', () => {
    const a = { ...sampleArticle(1), title: 'Title: "quoted" <% tp.file.title %> \\ back', byline: 'x\u2028y', summary: ['50%% <b>'] };
    const fm = frontMatter(a);
    expect(fm).not.toMatch(/<%|%%|\u2028/);
    const value = (key: string) => JSON.parse(/^(\w+): (".*")$/m.exec(fm.split('\n').find((l) => l.startsWith(`${key}:`))!)![2]!);
    expect(value('title')).toBe(a.title);
    expect(value('author')).toBe(a.byline);
    expect(value('summary')).toBe('50%% <b>');
  });

  it('tables keep their caption and the columns of a spanning cell', () => {
    expect(
      md(
        '<table><caption>Troops by side</caption><tr><th colspan="2">Side</th><th>Troops</th></tr><tr><td>North</td><td>East</td><td>4,000</td></tr></table>',
      ),
    ).toBe('*Troops by side*\n\n| Side |  | Troops |\n| --- | --- | --- |\n| North | East | 4,000 |\n');
  });

  it('a page nested 100,000 elements deep is written as its text and fails no export', () => {
    const deep = '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(100_000);
    const a = { ...sampleArticle(1), html: deep };
    expect(md(deep)).toBe('deep text\n');
    const note = strFromU8(Object.values(unzipSync(exportMarkdownZip([a, sampleArticle(2)], { now: NOW }).data as Uint8Array))[0]!);
    expect(note).toContain('deep text');
    const book = unzipSync(exportEpub([a], undefined, { now: NOW, id: 'urn:uuid:0' }).data as Uint8Array);
    expect(strFromU8(book['OEBPS/a00001.xhtml']!)).toContain('deep text');
    // lite-html stops nesting where browsers do.
    let depth = 0;
    for (let n = parseLiteHtml(deep).childNodes[0]; n; n = n.childNodes[0]) depth++;
    expect(depth).toBeLessThanOrEqual(514);
  });
});

describe('Obsidian properties', () => {
  it('tags keep only what Obsidian allows, and a tag of digits gets a letter', () => {
    expect(obsidianTag('c#')).toBe('c');
    expect(obsidianTag('a.b+c|d;e"f g')).toBe('a-b-c-d-e-f-g');
    expect(obsidianTag('1984')).toBe('_1984');
    expect(obsidianTag('2024/05')).toBe('_2024/05');
    expect(obsidianTag('news/europe')).toBe('news/europe');
    expect(obsidianTag('/lead//trail/')).toBe('lead/trail');
    expect(obsidianTag('économie')).toBe('économie');
    expect(obsidianTag('средняя азия')).toBe('средняя-азия');
    expect(obsidianTag('東京')).toBe('東京');
    expect(obsidianTag('###')).toBe('');
    expect(obsidianTag('y2k')).toBe('y2k');
  });

  it('dates are YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss, without milliseconds or zone', () => {
    expect(obsidianDateTime(Date.UTC(2025, 0, 2, 3, 4, 5, 678), 'utc')).toBe('2025-01-02T03:04:05');
    expect(obsidianPublished('2022-01-06')).toBe('2022-01-06');
    expect(obsidianPublished('2022-01-06T10:30:00.000Z')).toBe('2022-01-06T10:30:00');
    expect(obsidianPublished('2022-01-06T10:30+02:00')).toBe('2022-01-06T10:30:00');
    expect(obsidianPublished('January 2022')).toBeNull();
    const fm = frontMatter({ ...sampleArticle(1), published: '2022-01-06T10:30:00.000Z' }, { timeZone: 'utc' });
    expect(fm).toMatch(/^published: 2022-01-06T10:30:00$/m);
    expect(fm).toMatch(/^created: 2025-01-01T00:01:00$/m);
    expect(fm).not.toMatch(/\.\d{3}|Z$/m);
  });
});

describe('CSV exports', () => {
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

  it('guards exactly the cells OWASP names (= + - @ tab CR), the URL column included, and nothing else', () => {
    for (const s of ['=1+1', '+1', '-5 °C in Oslo', '@SUM(A1)', '\tx', '\rx']) expect(csvText(s)).toBe(`'${s}`);
    for (const s of ['1+1', 'plain', "'quoted'", ' =x', '[tags]', '', '#1', '%x', '|x']) expect(csvText(s)).toBe(s);
    // A cell that really starts with apostrophes before such a character is guarded too, so the round trip is exact.
    expect(csvText("'=x")).toBe("''=x");
    expect(csvText("''-y")).toBe("'''-y");
    for (const s of ['=x', "'=x", "''=x", "'hello", "'", 'x', '-', "'-"]) expect(unguardCsvText(csvText(s))).toBe(s);
    // An apostrophe the guard never writes is not taken off.
    expect(unguardCsvText("'hello")).toBe("'hello");
    const hostile = {
      ...sampleArticle(3),
      url: 'https://a.example/',
      title: '\'=HYPERLINK("https://evil.example")',
      tags: ['+tag', 'news'],
    };
    const pocket = exportPocketCsv([hostile], NOW).data as string;
    expect(pocket.split('\r\n')[1]).toMatch(/^"''=HYPERLINK\(/);
    expect(pocket.split('\r\n')[1]).toContain(",'+tag|news,");
    const back = parseImport(new TextEncoder().encode(pocket), NOW).articles[0]!;
    expect(back.title).toBe(hostile.title);
    expect(back.tags).toEqual(['+tag', 'news']);
  });

  it('the URL column is guarded as well', () => {
    // An address from another exporter; Sift's own are web addresses and never start like a formula.
    const a = { ...sampleArticle(1), url: '=HYPERLINK("https://evil.example","Click")' };
    expect((exportInstapaperCsv([a], NOW).data as string).split('\r\n')[1]).toMatch(/^"'=HYPERLINK/);
    expect((exportPocketCsv([a], NOW).data as string).split('\r\n')[1]).toContain(`,"'=HYPERLINK(`);
  });

  it('an untitled article stays untitled', () => {
    const a = { ...sampleArticle(1), title: '' };
    expect((exportPocketCsv([a], NOW).data as string).split('\r\n')[1]).toMatch(/^,https:/);
    expect((exportInstapaperCsv([a], NOW).data as string).split('\r\n')[1]).toMatch(/^https:[^,]*,,/);
  });
});

describe('Bookmarks export', () => {
  it('writes HREF, ADD_DATE, TIME_ADDED, LAST_MODIFIED, TAGS, TOREAD and the excerpt as <DD>, escaped', () => {
    const html = exportNetscape([{ ...sampleArticle(2), title: 'A <b> & "c"', tags: ['x', 'y'], excerpt: 'An <i>excerpt</i>' }], NOW)
      .data as string;
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(html).toContain(
      '<DT><A HREF="https://news.example.org/2/story-2?ref=a&amp;b=2" ADD_DATE="1735689720" TIME_ADDED="1735689720" LAST_MODIFIED="1735689721" TAGS="x,y" TOREAD="1">A &lt;b&gt; &amp; &quot;c&quot;</A>\n    <DD>An &lt;i&gt;excerpt&lt;/i&gt;\n',
    );
  });

  it('says read with TOREAD="0", so a file of read articles reads back as read', () => {
    const read = [1, 2, 3].map((i) => ({ ...sampleArticle(i), read: true }));
    const html = exportNetscape(read, NOW).data as string;
    expect(html.match(/TOREAD="0"/g)).toHaveLength(3);
    expect(parseImport(new TextEncoder().encode(html), NOW).articles.map((a) => a.read)).toEqual([true, true, true]);
  });

  it('an untitled article has no link text (importers would take its address for the title), and non-web addresses are left out', () => {
    const html = exportNetscape(
      [
        { ...sampleArticle(1), title: '' },
        { ...sampleArticle(2), url: 'javascript:alert(1)' },
      ],
      NOW,
    ).data as string;
    expect(html).toMatch(/TOREAD="1"><\/A>/);
    expect(html).not.toContain('javascript:');
    expect(parseImport(new TextEncoder().encode(html), NOW).articles[0]!.title).toBe('');
  });
});
