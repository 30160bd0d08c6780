/** Test helpers (Node only): a page from body markup, and extraction with its jsdom window. */
import { parseHtml } from '../../scripts/lib/dom';
import { extractArticle, type ExtractOptions, type ExtractResult } from '../../utils/core/extract/index';

export const LONG = (n: number, topic = 'the council') =>
  `Paragraph ${n}: officials from ${topic} met on Tuesday to discuss the budget, and they said the talks had gone well, although several questions about funding, staffing and the timetable remained open for the weeks ahead.`;

export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test story | Example News</title>${head}</head><body>${body}</body></html>`;
}

export function articlePage(inner: string, head = ''): string {
  return page(
    `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>Test story</h1>${inner}</article></main><footer><p>© Example News</p></footer>`,
    head,
  );
}

export function extract(html: string, opts: Partial<ExtractOptions> = {}): ExtractResult {
  const url = opts.url ?? 'https://news.example.com/world/story-1';
  const { document, window } = parseHtml(html, url);
  return extractArticle(document, { url, window, force: true, ...opts });
}

export function textOf(html: string, opts: Partial<ExtractOptions> = {}): string {
  const r = extract(html, opts);
  if (!r.ok) throw new Error(`extraction failed: ${r.failure.kind}`);
  return r.article.text;
}

/** The clean HTML's visible text (captions included), one string. */
export function shownOf(html: string, opts: Partial<ExtractOptions> = {}): string {
  const r = extract(html, opts);
  if (!r.ok) throw new Error(`extraction failed: ${r.failure.kind}`);
  return parseHtml(`<body>${r.article.html}</body>`).document.body.textContent ?? '';
}
