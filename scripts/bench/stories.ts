/**
 * Story grouping: how well the reading list's articles are grouped into
 * stories, and how fast.
 *   1. the project's own story material (tests/fixtures/stories): the eight
 *      articles of the invented floods must be one story and the four
 *      distractors none (pairwise precision and recall);
 *   2. the corpora in ../shared (unrelated pages, dated as their pages say):
 *      every article that joins a story there is counted, by half of the
 *      corpus, and the stories are listed so a reader can judge them;
 *   3. grouping time at 1,000 and 10,000 articles (tests/support sample data).
 *
 *   npx tsx scripts/bench/stories.ts [--limit N (pages per corpus, 300)] [--json FILE]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { groupStories } from '../../utils/core/stories/group';
import type { StoryArticle } from '../../utils/core/stories/types';
import { sampleArticles } from '../../tests/support/sample-articles';
import { arg, median, repoRoot, sharedDir } from '../lib/bench';
import { readInput } from '../lib/pipeline';

function read(file: string, i: number): StoryArticle | null {
  const r = readInput({ file });
  if ('error' in r) return null;
  return {
    url: `file:${basename(file)}`,
    title: r.title ?? '',
    siteName: r.siteName,
    published: r.published,
    savedAt: i,
    text: r.text,
    facts: r.facts,
  };
}

const half = (name: string) => (createHash('sha1').update(name).digest()[0]! % 2 === 0 ? 'A' : 'B');

function fixtures() {
  const dir = resolve(repoRoot, 'tests/fixtures/stories');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const articles = files.map((f, i) => read(resolve(dir, f), i)).filter((a): a is StoryArticle => a !== null);
  const truth = (u: string) => (u.includes('other-') ? null : 'floods');
  const stories = groupStories(articles);
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a.url, s.id] as const)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!.url;
      const b = articles[j]!.url;
      const same = truth(a) !== null && truth(a) === truth(b);
      const grouped = storyOf.has(a) && storyOf.get(a) === storyOf.get(b);
      if (same && grouped) tp++;
      else if (grouped) fp++;
      else if (same) fn++;
    }
  }
  return {
    articles: articles.length,
    stories: stories.length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

function corpus(name: string, files: string[], limit: number) {
  const picked = files.slice(0, limit);
  const articles = picked.map((f, i) => read(f, i)).filter((a): a is StoryArticle => a !== null);
  const stories = groupStories(articles);
  const joined = stories.flatMap((s) => s.articles);
  const byHalf = { A: { articles: 0, joined: 0 }, B: { articles: 0, joined: 0 } };
  for (const a of articles) byHalf[half(a.url)].articles++;
  for (const a of joined) byHalf[half(a.url)].joined++;
  return { name, articles: articles.length, stories, joined: joined.length, byHalf };
}

function timing(n: number): number {
  const articles: StoryArticle[] = sampleArticles(n);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    groupStories(articles);
    runs.push(performance.now() - t);
  }
  return median(runs);
}

function main() {
  const json: Record<string, unknown> = {};
  const f = fixtures();
  console.log(
    `story material (tests/fixtures/stories): ${f.articles} articles, ${f.stories} story; pairwise precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}`,
  );
  json.fixtures = f;

  // Every page of a corpus is read through the whole pipeline: 300 per corpus keeps the bench to a few minutes.
  const limit = Number(arg('--limit') ?? 300);
  const corpora = [
    ['article-bench-dev', resolve(sharedDir, 'corpus/article-bench-dev')],
    ['modern-dev', resolve(sharedDir, 'corpus/modern-dev/pages')],
    ['multilingual-dev', resolve(sharedDir, 'corpus/multilingual-dev/pages')],
  ] as const;
  const rows: Record<string, unknown>[] = [];
  for (const [name, dir] of corpora) {
    if (!existsSync(dir)) {
      console.log(`${name}: skipped (../shared/corpus/${name} not found)`);
      continue;
    }
    const files = readdirSync(dir)
      .filter((x) => x.endsWith('.html.gz'))
      .sort()
      .map((x) => resolve(dir, x));
    const r = corpus(name, files, limit);
    console.log(
      `${name}: ${r.articles} pages; ${r.joined} joined ${r.stories.length} stories (half A ${r.byHalf.A.joined} of ${r.byHalf.A.articles}, half B ${r.byHalf.B.joined} of ${r.byHalf.B.articles})`,
    );
    for (const s of r.stories)
      console.log(
        `  story "${s.name}": ${s.articles.map((a) => `${a.title.slice(0, 60)} (${a.published?.slice(0, 10) ?? 'no date'})`).join(' | ')}`,
      );
    rows.push({ name, articles: r.articles, joined: r.joined, stories: r.stories.length, byHalf: r.byHalf });
  }
  json.corpora = rows;

  const t1k = timing(1000);
  const t10k = timing(10_000);
  console.log(`grouping time: ${t1k.toFixed(0)} ms at 1,000 articles, ${t10k.toFixed(0)} ms at 10,000 (median of 3)`);
  json.timing = { 1000: t1k, 10000: t10k };
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify(json, null, 2));
}

main();
