/**
 * The whole pipeline on one file, in Node: what the reader command prints
 * and what the benchmarks time. The same utils/ code runs in the extension.
 */
import { readFileSync } from 'node:fs';
import type { StageTimings } from '../../utils/core/article/types';
import { extractArticle, type ExtractResult } from '../../utils/core/extract';
import { countWords, readingMinutes } from '../../utils/core/extract/text';
import { analyse } from '../../utils/core/analysis';
import type { Fact } from '../../utils/core/facts/types';
import { parseHtml, readHtmlFile } from './dom';

export interface ReaderInput {
  file: string;
  url?: string;
  /** Reference date for relative dates (YYYY-MM-DD); overrides the page's own. */
  published?: string;
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
  timings: StageTimings;
}

export type ReaderOutput = ReaderArticle | { file: string; error: string };

const FAILURES = {
  'not-article': 'no article found on this page',
  'too-large': 'page too large',
  empty: 'no article text found',
} as const;

/** Runs one input through the pipeline; never throws. */
export function readInput(input: ReaderInput): ReaderOutput {
  const file = input.file;
  try {
    if (/\.txt$/i.test(file)) return fromText(input, readFileSync(file, 'utf8'));
    if (!/\.(html?|html?\.gz)$/i.test(file)) return { file, error: 'unsupported file type (expected .html, .htm, .html.gz or .txt)' };
    return fromHtml(input, readHtmlFile(file));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { file, error: e.code === 'ENOENT' ? 'file not found' : e.message || String(err) };
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

/** One page's HTML through extraction as the toolbar click runs it (`force`: "Show anyway"). */
export function extractHtml(html: string, options: PageOptions = {}): ExtractOnce {
  const t0 = performance.now();
  const { document, window } = parseHtml(html, options.url);
  const parseMs = performance.now() - t0;
  const t1 = performance.now();
  const windows = [window];
  const fresh = () => {
    const again = parseHtml(html, options.url);
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
  // Bulk use: extract whatever the page holds ("Show anyway"), and say so when there is nothing.
  const { result: r, parseMs: parse } = extractHtml(html, { url: input.url, force: true });
  if (!r.ok) return { file: input.file, error: FAILURES[r.failure.kind] };
  const a = r.article;
  const published = input.published ?? a.published;
  const analysis = analyse({ text: a.text, title: a.title, published, lang: a.lang });
  return {
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
}

function fromText(input: ReaderInput, raw: string): ReaderOutput {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (!text) return { file: input.file, error: 'empty text file' };
  const published = input.published ?? null;
  const analysis = analyse({ text, published });
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
