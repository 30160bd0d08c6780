/**
 * The whole pipeline on one file, in Node: what the reader command prints
 * and what the benchmarks time. The same utils/ code runs in the extension.
 */
import { readFileSync } from 'node:fs';
import type { StageTimings } from '../../utils/core/article/types';
import { extractArticle } from '../../utils/core/extract';
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

function fromHtml(input: ReaderInput, html: string): ReaderOutput {
  const t0 = performance.now();
  const { document, window } = parseHtml(html, input.url);
  const parse = performance.now() - t0;
  // Bulk use: extract whatever the page holds ("Show anyway"), and say so when there is nothing.
  const r = extractArticle(document, { url: input.url, window, force: true });
  window.close();
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
