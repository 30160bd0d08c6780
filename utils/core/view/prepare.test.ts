import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { prepareViewHtml } from './prepare';
import { removableBlocks } from './blocks';
import { blockFingerprint } from '../extract';

const win = () => new JSDOM('<!doctype html><body></body>').window as unknown as Window & typeof globalThis;

const ARTICLE = `
  <div><div>
    <p>First paragraph of the story.</p>
    <figure><img src="https://example.com/a.jpg" alt="Protesters in Almaty"><figcaption>Protesters gathered.</figcaption></figure>
    <p>Subscribe now for 14 days free!</p>
    <ul><li>One</li><li>Two</li></ul>
    <script>window.__pwned = 1</script>
    <p onclick="alert(1)">Last paragraph.</p>
  </div></div>`;

describe('prepareViewHtml', () => {
  it('sanitises again on the extension side', () => {
    const html = prepareViewHtml(ARTICLE, { window: win(), loadImages: true });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onclick');
    expect(html).toContain('Last paragraph.');
    expect(html).toContain('<img');
  });

  it('with images off, leaves no image to fetch but keeps its description and caption', () => {
    const html = prepareViewHtml(ARTICLE, { window: win(), loadImages: false });
    expect(html).not.toMatch(/<img|<picture|<source/);
    expect(html).toContain('[Image: Protesters in Almaty]');
    expect(html).toContain('Protesters gathered.');
  });

  it('drops the blocks the reader removed on this site, and only those', () => {
    const html = prepareViewHtml(ARTICLE, {
      window: win(),
      loadImages: true,
      removedBlocks: [blockFingerprint('Subscribe now for 14 days free!')],
    });
    expect(html).not.toContain('Subscribe now');
    expect(html).toContain('First paragraph of the story.');
    expect(html).toContain('<li>Two</li>');
  });
});

describe('removableBlocks', () => {
  it('offers paragraphs, figures and whole lists, not the wrappers around them', () => {
    const root = new JSDOM(`<main>${ARTICLE}</main>`).window.document.querySelector('main')!;
    const tags = removableBlocks(root).map((b) => b.tagName);
    expect(tags).toEqual(['P', 'FIGURE', 'P', 'UL', 'P']);
  });
});
