/** Deterministic sample articles for tests and benchmarks (no randomness: results repeat). */
import type { SavedArticle } from '../../utils/core/library/types';

const WORDS =
  'troops ceasefire ministry talks border election council drone harbour grain pipeline envoy summit refugees parliament budget'.split(' ');
const SITES = ['Reuters', 'BBC News', 'Le Monde', 'EUobserver', 'Al Jazeera', null];

export function sampleArticle(i: number, paragraphs = 4): SavedArticle {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length]!;
  const paras = Array.from(
    { length: paragraphs },
    (_, p) => `Paragraph ${p + 1} of story ${i}: the ${w(p)} and the ${w(p + 1)} were discussed, with "quotes" & <brackets> noted.`,
  );
  const savedAt = Date.UTC(2025, 0, 1) + i * 60_000;
  const text = paras.join('\n\n');
  // A fact points at its quote in the text, as the extractor's do.
  const at = text.indexOf(`story ${i}`);
  return {
    url: `https://news.example.org/${i % 13}/story-${i}?ref=a&b=${i}`,
    title: `Story ${i}: ${w(0)} ${w(1)} — “update”`,
    byline: i % 3 ? `Reporter ${i % 17}` : null,
    siteName: SITES[i % SITES.length]!,
    published: i % 4 ? new Date(savedAt - 86_400_000).toISOString() : null,
    lang: 'en',
    dir: 'ltr',
    excerpt: paras[0]!.slice(0, 80),
    html:
      `<h2>Section ${i}</h2>` +
      paras
        .map(
          (p) =>
            `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')} <a href="https://example.org/${i}">link</a> <em>note</em></p>`,
        )
        .join('') +
      `<ul><li>first ${w(2)}</li><li>second</li></ul><blockquote><p>Quoted ${i}</p></blockquote><img src="https://img.example.org/${i}.jpg" alt="Photo ${i}">`,
    text,
    wordCount: paragraphs * 18,
    readingMinutes: 1,
    savedAt,
    updatedAt: savedAt + 1000,
    read: i % 5 === 0,
    tags: i % 2 ? [w(3), 'world'] : [],
    summary: [paras[0]!],
    facts: i % 3 ? [] : [{ type: 'date', value: '2025-01-02', quote: `story ${i}`, start: at, end: at + `story ${i}`.length }],
  };
}

export function sampleArticles(n: number, paragraphs = 4): SavedArticle[] {
  return Array.from({ length: n }, (_, i) => sampleArticle(i, paragraphs));
}
