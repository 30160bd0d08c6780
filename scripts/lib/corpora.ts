/**
 * The extraction corpora beside the checkout (read-only, never copied into the
 * repository): their pages, what each page must give, and the half each page
 * falls in. Every corpus is split in two halves by a hash of the file name, so
 * a change can be developed on one half and checked on the other.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { sharedDir } from './bench';

export type CorpusName = 'article-bench' | 'modern' | 'multilingual';

export interface Truth {
  /** The expected body text (shingle-scored corpora). */
  body?: string;
  /** Snippets that must / must not be in the extraction. */
  with?: string[];
  without?: string[];
}

export interface Page {
  corpus: CorpusName;
  id: string;
  file: string;
  url?: string;
  half: 'A' | 'B';
  /** Language group as the corpus labels it, or null when it labels none. */
  group: string | null;
  truth: Truth;
}

export interface Corpus {
  name: CorpusName;
  /** What the corpus is and how it is scored, for the table's heading. */
  about: string;
  metric: 'shingles' | 'wcxb' | 'snippets';
  pages: Page[];
}

/** A: the first byte of sha1(file name) is even; B: odd. */
export function halfOf(file: string): 'A' | 'B' {
  const first = createHash('sha1').update(basename(file)).digest()[0]!;
  return first % 2 === 0 ? 'A' : 'B';
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function articleBench(dir: string): Corpus | null {
  const truthFile = resolve(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = readJson<Record<string, { articleBody: string; url: string }>>(truthFile);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .flatMap((f): Page[] => {
      const id = f.replace(/\.html\.gz$/, '');
      const t = truth[id];
      if (!t) return [];
      return [
        { corpus: 'article-bench', id, file: resolve(dir, f), url: t.url, half: halfOf(f), group: null, truth: { body: t.articleBody } },
      ];
    });
  return { name: 'article-bench', about: 'news pages of the article-extraction benchmark; shingle F1 / P / R', metric: 'shingles', pages };
}

function modern(dir: string): Corpus | null {
  const truthFile = resolve(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth =
    readJson<Record<string, { articleBody: string; url: string; with?: string[]; without?: string[]; page_type?: string }>>(truthFile);
  const pages = Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([id, t]): Page[] => {
      const file = resolve(dir, 'pages', `${id}.html.gz`);
      if (!existsSync(file)) return [];
      return [
        {
          corpus: 'modern',
          id,
          file,
          url: t.url,
          half: halfOf(file),
          group: null,
          truth: { body: t.articleBody, with: t.with ?? [], without: t.without ?? [] },
        },
      ];
    });
  return {
    name: 'modern',
    about: '2025 pages of many kinds (news, blogs, docs, forums, products); shingle F1 / P / R',
    metric: 'wcxb',
    pages,
  };
}

function multilingual(dir: string): Corpus | null {
  const evalFile = resolve(dir, 'evaldata-dev.json');
  const pagesFile = resolve(dir, 'pages', 'pages.json');
  if (!existsSync(evalFile) || !existsSync(pagesFile)) return null;
  const evaldata = readJson<Record<string, { file: string; with: string[]; without: string[] }>>(evalFile);
  const names = readJson<Record<string, string>>(pagesFile);
  const langsFile = resolve(dir, 'langs-dev.json');
  const langs = existsSync(langsFile) ? readJson<{ pages: Record<string, { group: string }> }>(langsFile).pages : {};
  const byFile = new Map<string, { url: string; with: string[]; without: string[] }>();
  for (const [url, item] of Object.entries(evaldata)) byFile.set(item.file, { url, with: item.with, without: item.without });
  const pages = Object.entries(names)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([id, name]): Page[] => {
      const item = byFile.get(name);
      const file = resolve(dir, 'pages', `${id}.html.gz`);
      if (!item || !existsSync(file)) return [];
      // Some keys are not web addresses; the page is read without one then.
      const url = /^https?:\/\//.test(item.url) ? item.url : undefined;
      return [
        {
          corpus: 'multilingual',
          id,
          file,
          url,
          half: halfOf(file),
          group: langs[name]?.group ?? 'other',
          truth: { with: item.with, without: item.without },
        },
      ];
    });
  return {
    name: 'multilingual',
    about: 'pages in 20+ languages with snippets that must and must not be found; P / R / F',
    metric: 'snippets',
    pages,
  };
}

/** The corpora present beside the checkout (none when ../shared is absent). */
export function loadCorpora(): Corpus[] {
  const base = resolve(sharedDir, 'corpus');
  return [
    articleBench(resolve(base, 'article-bench-dev')),
    modern(resolve(base, 'modern-dev')),
    multilingual(resolve(base, 'multilingual-dev')),
  ].filter((c): c is Corpus => c !== null);
}
