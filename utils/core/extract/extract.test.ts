import { describe, expect, it } from 'vitest';
import { parseHtml, readHtmlFile } from '../../../scripts/lib/dom';
import { extractArticle } from './index';
import { extractPlainReadability } from '../../../scripts/bench/metrics/plain-readability';
import { LONG, articlePage, extract, page } from '../../../tests/support/extract';

const SEED_URL = 'https://euobserver.com/world/153959';
const seed = (file: string) => {
  const { document, window } = parseHtml(readHtmlFile(`tests/fixtures/${file}`), SEED_URL);
  return extractArticle(document, { url: SEED_URL, window });
};

describe('seed pages (semantic and plain markup)', () => {
  for (const file of ['euobserver-kazakhstan.html', 'euobserver-kazakhstan.plain.html']) {
    it(`${file}: 23 paragraphs plus the sub-heading, metadata, no clutter`, () => {
      const r = seed(file);
      if (!r.ok) throw new Error(r.failure.kind);
      const a = r.article;
      expect(a.title).toBe('US, EU worried over Russian intervention in Kazakhstan');
      expect(a.siteName).toBe('EUobserver');
      expect(a.published?.slice(0, 10)).toBe('2022-01-06');
      const blocks = a.text.split('\n\n');
      expect(blocks).toHaveLength(24);
      expect(blocks[0]).toMatch(/^The EU's top diplomat on Thursday \(6 January\)/);
      expect(blocks.at(-1)).toMatch(/the Western military alliance in eastern Europe\.$/);
      expect(blocks[14]).toBe('Ukraine talks to go on');
      expect(blocks[13]).toMatch(/^The CSTO's general secretary/);
      expect(a.text).not.toMatch(
        /cookies|Listen to article|Read and decide|Join EUobserver|Become an expert|free trial|subscribe as a group|EU defends Kazakh leader|Is EU serious|Macron calls|News in Brief|Column|Latest News|Support quality|Join us|20th Jan/,
      );
      expect(a.lang).toBe('en');
      expect(a.readingMinutes).toBeGreaterThanOrEqual(2);
    });
  }

  it('plain Readability keeps the promo of the plain page (the baseline this improves on)', () => {
    const { document } = parseHtml(readHtmlFile('tests/fixtures/euobserver-kazakhstan.plain.html'), SEED_URL);
    expect(extractPlainReadability(document)?.text).toContain('free trial');
  });
});

describe('extractArticle: body markup', () => {
  it('lazy images get their real, absolute address (data-src, data-srcset, noscript); links open in a new tab', () => {
    const r = extract(
      articlePage(
        `<p>${LONG(1)}</p><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/a.jpg" alt="A"><figcaption>Caption A</figcaption></figure>` +
          `<p>${LONG(2)}</p><figure><img class="lazy" data-srcset="/img/b-400.jpg 400w, /img/b-800.jpg 800w" alt="B"><figcaption>Caption B</figcaption></figure>` +
          `<p>${LONG(3)} See <a href="/report.pdf">the report</a>.</p><figure><noscript><img src="https://cdn.example.com/c.jpg" alt="C"></noscript><figcaption>Caption C</figcaption></figure><p>${LONG(4)}</p>`,
      ),
    );
    if (!r.ok) throw new Error(r.failure.kind);
    const html = r.article.html;
    expect(html).toContain('src="https://news.example.com/img/a.jpg"');
    expect(html).toMatch(/srcset="https:\/\/news\.example\.com\/img\/b-400\.jpg 400w, https:\/\/news\.example\.com\/img\/b-800\.jpg 800w"/);
    expect(html).toContain('https://cdn.example.com/c.jpg');
    expect(html).toContain('<a href="https://news.example.com/report.pdf" target="_blank" rel="noopener noreferrer">the report</a>');
    expect(html).not.toMatch(/data:|class=|data-src/);
  });

  it('keeps tables of the article', () => {
    const r = extract(
      articlePage(
        `<p>${LONG(1)}</p><table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr></table><p>${LONG(2)}</p><p>${LONG(3)}</p>`,
      ),
    );
    expect(r.ok && r.article.text).toContain('Greens | 12');
  });
});

describe('extractArticle: failures', () => {
  it("says 'not-article' for a page that is not one, unless forced", () => {
    const html = page('<nav><a href="/a">A</a> <a href="/b">B</a></nav><p>Welcome.</p>');
    const { document, window } = parseHtml(html, 'https://x.example/');
    const r = extractArticle(document, { window });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.failure.kind).toBe('not-article');
  });

  it("says 'too-large' above maxElements instead of working on", () => {
    const html = articlePage(Array.from({ length: 300 }, (_, i) => `<p><span>${LONG(i)}</span></p>`).join(''));
    const r = extract(html, { maxElements: 200 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.failure.kind === 'too-large' && r.failure.elements).toBeGreaterThan(200);
  });
});
