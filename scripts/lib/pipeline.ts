/**
 * The whole pipeline on one file, in Node: what the reader command prints
 * and what the benchmarks time. The same utils/ code runs in the extension,
 * with the same gate: a page with too little running text is "not an
 * article" unless `force` ("Show anyway", the reader's --force) is given.
 */
import { readFileSync } from 'node:fs';
import type { ExtractFailure, StageTimings } from '../../utils/core/article/types';
import { extractArticle, type ExtractResult } from '../../utils/core/extract';
import { DEFAULT_MAX_ELEMENTS } from '../../utils/core/extract/draft';
import { countWords, readingMinutes } from '../../utils/core/extract/text';
import { analyse } from '../../utils/core/analysis';
import type { Fact } from '../../utils/core/facts/types';
import { decodeHtml, looksBinary, parseHtml, readHtmlBytes } from './dom';

export interface ReaderInput {
  file: string;
  url?: string;
  /** Reference date for relative dates (YYYY-MM-DD); overrides the page's own. */
  published?: string;
  /** "Show anyway": no "not an article" answer, whatever the page holds. */
  force?: boolean;
}

export interface ReaderArticle {
  file: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  readingMinutes: number;
  text: string;
  html: string;
  summary: string[];
  facts: Fact[];
  /** The page marks its content as paid and the body is short: this is the site's preview. */
  preview?: boolean;
  timings: StageTimings;
}

export type ReaderOutput = ReaderArticle | { file: string; error: string };

/** Facts and summary read at most this many characters of a very long text (about 150,000 words): a book-length page stays quick. */
export const ANALYSIS_MAX_CHARS = 1_000_000;

function failureText(f: ExtractFailure): string {
  switch (f.kind) {
    case 'not-article':
      return 'not an article: too little running text (--force reads it anyway)';
    case 'too-large':
      return `page too large (${f.elements.toLocaleString('en')} elements; Sift stops at ${DEFAULT_MAX_ELEMENTS.toLocaleString('en')})`;
    case 'empty':
      return 'no article text found';
  }
}

/** Runs one input through the pipeline; never throws. */
export function readInput(input: ReaderInput): ReaderOutput {
  const file = input.file;
  try {
    if (/\.txt$/i.test(file)) {
      const text = readFileSync(file, 'utf8');
      if (looksBinary(text)) return { file, error: 'not a text file (binary data)' };
      return fromText(input, text);
    }
    if (!/\.(html?|html?\.gz)$/i.test(file)) return { file, error: 'unsupported file type (expected .html, .htm, .html.gz or .txt)' };
    const bytes = readHtmlBytes(file);
    const { text } = decodeHtml(bytes);
    if (looksBinary(text)) return { file, error: 'not an HTML page (binary data)' };
    return fromHtml(input, text);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { file, error: 'file not found' };
    if (e.code === 'EISDIR') return { file, error: 'a folder, not a file' };
    if (e.code === 'EACCES') return { file, error: 'not allowed to read this file' };
    if (e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR') return { file, error: 'not a readable .gz file' };
    return { file, error: e.message || String(err) };
  }
}

export interface ExtractOnce {
  result: ExtractResult;
  /** ms spent parsing the HTML (jsdom), not part of extraction. */
  parseMs: number;
  /** ms of extraction proper, as the extension spends it. */
  extractMs: number;
}

export interface PageOptions {
  url?: string;
  /** "Show anyway": skip the gate. */
  force?: boolean;
  onRemove?: (rule: string, text: string) => void;
  /** An untouched copy of the page, for the safety net (made only when it is needed). */
  freshCopy?: () => Document;
}

/** Extraction of a parsed page as the toolbar click runs it: the options the extension passes, nothing else. */
export function extractDocument(doc: Document, window: Window & typeof globalThis, options: PageOptions): ExtractResult {
  return extractArticle(doc, { url: options.url, window, force: options.force, onRemove: options.onRemove, freshCopy: options.freshCopy });
}

/** Elements in `html`, counted from its start tags without parsing (a page far above the limit is not parsed at all). */
export function countStartTags(html: string): number {
  let n = 0;
  const re = /<[a-zA-Z]/g;
  while (re.exec(html)) n++;
  return n;
}

/**
 * A very large page without what no extraction reads: script bodies (JSON-LD
 * kept, it carries the metadata), style sheets and comments. Parsing them is
 * most of the time a heavy page costs, and they are dropped before
 * extraction anyway.
 */
export function slimHtml(html: string): string {
  if (html.length < 1_000_000) return html;
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2')
    .replace(/(<script\b([^>]*)>)([\s\S]*?)(<\/script\s*>)/gi, (m, open: string, attrs: string, _body: string, close: string) =>
      /ld\+json/i.test(attrs) ? m : open + close,
    );
}

/** One page's HTML through extraction as the toolbar click runs it (`force`: "Show anyway"). */
export function extractHtml(html: string, options: PageOptions = {}): ExtractOnce {
  const elements = countStartTags(html);
  // Far above the limit (the count includes end-tag-less tags the parser may merge): not worth parsing.
  if (elements > DEFAULT_MAX_ELEMENTS * 1.5) {
    return { result: { ok: false, failure: { kind: 'too-large', bytes: html.length, elements }, timings: {} }, parseMs: 0, extractMs: 0 };
  }
  const slim = slimHtml(html);
  const t0 = performance.now();
  const { document, window } = parseHtml(slim, options.url);
  const parseMs = performance.now() - t0;
  const t1 = performance.now();
  const windows = [window];
  const fresh = () => {
    const again = parseHtml(slim, options.url);
    windows.push(again.window);
    return again.document;
  };
  try {
    const result = extractDocument(document, window, { ...options, freshCopy: options.freshCopy ?? fresh });
    return { result, parseMs, extractMs: performance.now() - t1 };
  } finally {
    for (const w of windows) w.close();
  }
}

function fromHtml(input: ReaderInput, html: string): ReaderOutput {
  const { result: r, parseMs: parse } = extractHtml(html, { url: input.url, force: input.force });
  if (!r.ok) return { file: input.file, error: failureText(r.failure) };
  const a = r.article;
  const published = input.published ?? a.published;
  const analysis = analyse({ text: a.text.slice(0, ANALYSIS_MAX_CHARS), title: a.title, published, lang: a.lang });
  const out: ReaderArticle = {
    file: input.file,
    url: input.url ?? (a.url || null),
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    published,
    lang: a.lang,
    readingMinutes: a.readingMinutes,
    text: a.text,
    html: a.html,
    summary: analysis.summary.map((s) => s.text),
    facts: analysis.facts,
    timings: { parse, ...r.timings, ...analysis.timings },
  };
  if (a.preview) out.preview = true;
  return out;
}

function fromText(input: ReaderInput, raw: string): ReaderOutput {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (!text) return { file: input.file, error: 'empty text file' };
  const published = input.published ?? null;
  const analysis = analyse({ text: text.slice(0, ANALYSIS_MAX_CHARS), published });
  return {
    file: input.file,
    url: input.url ?? null,
    title: null,
    byline: null,
    siteName: null,
    published,
    lang: null,
    readingMinutes: readingMinutes(countWords(text)),
    text,
    html: '',
    summary: analysis.summary.map((s) => s.text),
    facts: analysis.facts,
    timings: analysis.timings,
  };
}
