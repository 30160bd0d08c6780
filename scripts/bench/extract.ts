/**
 * Article-body extraction benchmark: plain Readability vs Sift on
 * ../shared/corpus/article-bench-dev (metric in scripts/bench/metrics/extraction.ts).
 *
 *   npx tsx scripts/bench/extract.ts [--json FILE] [--dump DIR] [--only ID_PREFIX] [--why]
 *
 * --dump writes each page's texts (Sift, plain, truth); --why prints which
 * cleaning rule removed which text (use with --only).
 *
 * Only extraction is timed (jsdom parsing is not); each row gets a freshly
 * parsed document.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../utils/core/extract/index';
import { extractPlainReadability } from './metrics/plain-readability';
import { pageF1, scoreOverall, scorePage, type PageScore } from './metrics/extraction';
import { arg, corpusDir as corpus, quantile } from '../lib/bench';
import { parseHtml, readHtmlFile } from '../lib/dom';

interface Row {
  name: string;
  scores: PageScore[];
  ms: number[];
}

function main() {
  const truthFile = path.join(corpus, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    console.log('skipped: ../shared/corpus/article-bench-dev not found');
    return;
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const only = arg('--only');
  const dump = arg('--dump');
  if (dump) mkdirSync(dump, { recursive: true });
  const onRemove = process.argv.includes('--why')
    ? (rule: string, text: string) => console.log(`  [${rule}] ${text.replace(/\s+/g, ' ').slice(0, 140)}`)
    : undefined;
  const ids = readdirSync(corpus)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .filter((id) => truth[id] && (!only || id.startsWith(only)))
    .sort();

  const plain: Row = { name: 'plain Readability', scores: [], ms: [] };
  const sift: Row = { name: 'Sift', scores: [], ms: [] };
  // Same output, captions left out: the bench's ground truth excludes captions, Article.text keeps them (they are shown).
  let gated = 0;
  for (const id of ids) {
    const html = readHtmlFile(path.join(corpus, `${id}.html.gz`));
    const { url, articleBody } = truth[id]!;

    const a = parseHtml(html, url);
    let t = performance.now();
    const p = extractPlainReadability(a.document);
    plain.ms.push(performance.now() - t);
    plain.scores.push(scorePage(p?.text ?? '', articleBody));
    a.window.close();

    const b = parseHtml(html, url);
    t = performance.now();
    let r = extractArticle(b.document, { url, window: b.window, onRemove });
    sift.ms.push(performance.now() - t);
    if (!r.ok && r.failure.kind === 'not-article') {
      // The user would press "Show anyway": score what that shows, but count the gate.
      gated++;
      b.window.close();
      const c = parseHtml(html, url);
      r = extractArticle(c.document, { url, window: c.window, force: true, onRemove });
      c.window.close();
    } else {
      b.window.close();
    }
    const text = r.ok ? r.article.text : '';
    sift.scores.push(scorePage(text, articleBody));
    if (dump) {
      writeFileSync(path.join(dump, `${id}.sift.txt`), text);
      writeFileSync(path.join(dump, `${id}.plain.txt`), p?.text ?? '');
      writeFileSync(path.join(dump, `${id}.truth.txt`), articleBody);
    }
  }

  const rows = [plain, sift].map((row) => ({
    name: row.name,
    ...scoreOverall(row.scores),
    medianMs: quantile(row.ms, 0.5),
    p95Ms: quantile(row.ms, 0.95),
  }));
  const f = (x: number) => x.toFixed(3);
  console.log(`pages: ${ids.length}${gated ? ` (isProbablyReaderable said no to ${gated}; scored as "Show anyway")` : ''}`);
  console.log('| extractor | F1 | precision | recall | accuracy | median ms | p95 ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${f(r.f1)} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.accuracy)} | ${r.medianMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} |`,
    );

  const delta = ids.map((id, i) => ({
    id,
    plain: pageF1(plain.scores[i]!),
    sift: pageF1(sift.scores[i]!),
    p: sift.scores[i]!.precision ?? 0,
    r: sift.scores[i]!.recall,
  }));
  const show = (title: string, list: typeof delta) => {
    console.log(`\n${title}`);
    for (const d of list)
      console.log(
        `  ${d.id.slice(0, 12)}  plain F1 ${f(d.plain)}  Sift F1 ${f(d.sift)} (P ${f(d.p)} R ${f(d.r)})  ${(d.sift - d.plain >= 0 ? '+' : '') + f(d.sift - d.plain)}`,
      );
  };
  show('Sift loses most vs plain Readability:', [...delta].sort((x, y) => x.sift - x.plain - (y.sift - y.plain)).slice(0, 10));
  show('Sift gains most vs plain Readability:', [...delta].sort((x, y) => y.sift - y.plain - (x.sift - x.plain)).slice(0, 10));

  const json = arg('--json');
  if (json) {
    writeFileSync(json, JSON.stringify({ pages: ids.length, gated, rows, perPage: delta }, null, 2));
    console.log(`\nwrote ${json}`);
  }
}

main();
