import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cloneForExtraction } from './clone';
import { extractArticle } from './';

const PAGE = `<!doctype html><html lang="en"><head><title>Storm hits coast</title>
<style>body { color: red } .ad { display: none }</style>
<meta property="og:site_name" content="Daily"></head>
<body><article><h1>Storm hits coast</h1><style>p { margin: 0 }</style>
${'<p>The storm reached the coast on Monday with winds of more than 150 km/h, and thousands of homes lost power across the region. <a href="/weather/map">See the map</a>.</p>'.repeat(6)}
<img src="img/storm.jpg" alt="Waves on the pier"></article></body></html>`;

describe('cloneForExtraction', () => {
  const dom = () => new JSDOM(PAGE, { url: 'https://news.example/world/storm.html' });

  it('copies the page without its style sheets and leaves the page alone', () => {
    const { window } = dom();
    const copy = cloneForExtraction(window.document);
    expect(copy.getElementsByTagName('style')).toHaveLength(0);
    expect(window.document.getElementsByTagName('style')).toHaveLength(2);
    expect(copy.title).toBe('Storm hits coast');
    expect(copy.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Daily');
    copy.body.remove();
    expect(window.document.body.querySelectorAll('p')).toHaveLength(6);
  });

  it('keeps the page URL, so relative links and images resolve against the page', () => {
    const { window } = dom();
    const copy = cloneForExtraction(window.document);
    expect(copy.URL).toBe('https://news.example/world/storm.html');
    const r = extractArticle(copy, { window: window as unknown as Window & typeof globalThis });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.html).toContain('href="https://news.example/weather/map"');
    expect(r.article.html).toContain('src="https://news.example/world/img/storm.jpg"');
    expect(r.article.html).not.toContain('margin: 0');
  });
});
