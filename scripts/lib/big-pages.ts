/**
 * Very large pages, made on the fly (none is stored): the command-line
 * reader's robustness cases and the robustness bench's timings.
 */
const SENTENCE =
  'The council met on Tuesday to discuss the budget for the coming year, and members said the talks had gone well although several questions about funding, staffing and the timetable remained open for the weeks ahead.';

/** Paragraphs of the article every large page carries; the first begins with FIRST_WORDS. */
export const BIG_FIRST_WORDS = 'Paragraph 0: The council met on Tuesday';

function article(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i}: ${SENTENCE}</p>`).join('\n');
}

/**
 * A news page of about `bytes`: a 60-paragraph article inside what makes
 * today's pages heavy (style sheets, inline state as JSON, SVG icons, a long
 * navigation, analytics scripts).
 */
export function heavyArticlePage(bytes = 5 * (1 << 20)): string {
  const state = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 20000 }, (_, i) => ({ id: i, title: `Story ${i}`, url: `/news/${i}` })) })};</script>`;
  const css = `<style>${Array.from({ length: 15000 }, (_, i) => `.c${i}{color:#${(i % 4096).toString(16).padStart(3, '0')};margin:${i % 10}px}`).join('\n')}</style>`;
  const svg = Array.from({ length: 300 }, () => `<svg viewBox="0 0 24 24"><path d="M${'l 1 2 '.repeat(200)}z"/></svg>`).join('');
  const nav = `<nav>${Array.from({ length: 400 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav>`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council budget talks | The Courier</title>${css}${state}</head>`;
  const body = `<body><header>${nav}${svg}</header><main><article><h1>Council budget talks</h1>${article(60)}</article></main>`;
  let html = head + body;
  const pad = `<script>var pad="${'x'.repeat(100_000)}";</script>`;
  while (html.length + pad.length < bytes) html += pad;
  return `${html}</body></html>`;
}

/** A page of about `bytes` that is all article text: thousands of paragraphs. */
export function longTextPage(bytes = 5 * (1 << 20)): string {
  const n = Math.ceil(bytes / (SENTENCE.length + 24));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title></head><body><main><article><h1>A very long report</h1>${article(n)}</article></main></body></html>`;
}

/** About `bytes` of tiny elements (a page far above the element limit). */
export function manyElementsPage(bytes = 5 * (1 << 20)): string {
  const one = '<span>x</span>';
  return `<!doctype html><html><head><title>Many elements</title></head><body><div>${one.repeat(Math.ceil(bytes / one.length))}</div></body></html>`;
}
