/**
 * Extraction quality and speed: Sift as the toolbar click runs it (the gate
 * first; a page it turns away is scored as "Show anyway" shows it, and
 * counted) beside plain Readability, on every corpus in ../shared/corpus, each
 * split in two halves by a hash of the file name (scripts/lib/corpora.ts).
 *
 *   npx tsx scripts/bench/extract.ts [--corpus NAME] [--half A|B] [--only ID] [--why]
 *                                    [--dump DIR] [--json FILE] [--workers N] [--list A|B|all]
 *
 * --why prints which cleaning rule removed which text (with --only); --dump
 * writes each page's texts; --list names the pages Sift loses and gains most
 * on, for the half given (A by default: develop on one half, check the other).
 * Pages run in a pool of worker processes (2 by default); each page is parsed
 * afresh for each extractor, and only extraction is timed.
 *
 * Exit code 1 when Sift scores below plain Readability on a corpus half, or
 * on a language group with at least 5 pages in a half.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractPlainReadability } from './metrics/plain-readability';
import { scoreOverall, scorePage, pageF1, shingles, type PageScore } from './metrics/extraction';
import { wordRuns } from '../../utils/core/text/word-runs';
import { wcxbOverall, wcxbPage, wcxbPageF1, type WcxbPage } from './metrics/wcxb';
import { snippetCounts, snippetScore, LANGUAGE_GROUPS, languageGroup, type SnippetCounts } from './metrics/snippets';
import { arg, quantile } from '../lib/bench';
import { loadCorpora, type Corpus, type Page } from '../lib/corpora';
import { parseHtml, readHtmlFile } from '../lib/dom';
import { extractDocument } from '../lib/pipeline';
import { isReadable } from '../../utils/core/extract/gate';

interface Job {
  key: string;
  file: string;
  url?: string;
  /** Collect every removal (rule, text): for --why and --rules. */
  why: boolean;
}

interface Outcome {
  key: string;
  plain: { text: string; ms: number; readable: boolean };
  sift: { text: string; ms: number; answer: string };
  /** The page's own language (its <html lang>), for the corpora that label none. */
  pageLang: string | null;
  removed: Array<[string, string]>;
  error?: string;
}

/** A letter/digit count, for "less than half of Readability's text". */
const size = (t: string) => t.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

// ── worker: one page at a time ─────────────────────────────────────────────

function runJob(job: Job): Outcome {
  const html = readHtmlFile(job.file);
  const removed: Array<[string, string]> = [];
  // One parse per page; each extractor works on its own copy of the untouched document (as the extension does).
  const page = parseHtml(html, job.url);
  const pristine = page.document;
  const pageLang = pristine.documentElement.getAttribute('lang');
  const copy = () => pristine.cloneNode(true) as Document;
  const plainCopy = copy();
  const t = performance.now();
  const p = extractPlainReadability(plainCopy);
  const plainMs = performance.now() - t;

  const onRemove = job.why ? (rule: string, text: string) => removed.push([rule, text.replace(/\s+/g, ' ')]) : undefined;
  const run = (force: boolean) => {
    const doc = copy();
    const t0 = performance.now();
    const result = extractDocument(doc, page.window, { url: job.url, force, onRemove, freshCopy: copy });
    return { result, ms: performance.now() - t0 };
  };
  const first = run(false);
  let r = first.result;
  const answer = r.ok ? 'article' : r.failure.kind;
  if (!r.ok && r.failure.kind === 'not-article') r = run(true).result;
  const text = r.ok ? r.article.text : '';

  // Does plain Readability find readable text where Sift said there is no article?
  let readable = false;
  if (answer !== 'article' && p?.html) {
    const d = parseHtml(`<!doctype html><body>${p.html}</body>`);
    readable = isReadable(d.document.body);
    d.window.close();
  }
  page.window.close();
  return {
    key: job.key,
    plain: { text: p?.text ?? '', ms: plainMs, readable },
    sift: { text, ms: first.ms, answer },
    pageLang,
    removed,
  };
}

function worker(): void {
  process.on('message', (job: Job) => {
    let out: Outcome;
    try {
      out = runJob(job);
    } catch (err) {
      out = {
        key: job.key,
        plain: { text: '', ms: 0, readable: false },
        sift: { text: '', ms: 0, answer: 'exception' },
        pageLang: null,
        removed: [],
        error: String((err as Error).stack ?? err),
      };
    }
    process.send!(out);
  });
}

// ── parent: the pool, the scores, the tables ───────────────────────────────

function runPool(jobs: Job[], workers: number): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    if (!jobs.length) resolve(results);
    const children: ChildProcess[] = [];
    const feed = (child: ChildProcess) => {
      if (next < jobs.length) child.send(jobs[next++]!);
      else child.disconnect();
    };
    for (let i = 0; i < Math.min(workers, jobs.length); i++) {
      const child = fork(process.argv[1]!, ['--worker'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      child.on('message', (o: Outcome) => {
        results.set(o.key, o);
        done++;
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${jobs.length} pages`);
        if (done === jobs.length) {
          if (process.stderr.isTTY) process.stderr.write('\n');
          for (const c of children) if (c.connected) c.disconnect();
          resolve(results);
        } else feed(child);
      });
      child.on('exit', (code) => {
        if (code && done < jobs.length) reject(new Error(`a bench worker exited with ${code}`));
      });
      feed(child);
    }
  });
}

interface Scored {
  page: Page;
  out: Outcome;
  group: string;
  /** Per-page figure for the loses/gains lists. */
  siftF: number;
  plainF: number;
}

interface Figures {
  pages: number;
  f: number;
  p: number;
  r: number;
  acc: number;
  extra?: string;
}

function figures(corpus: Corpus, rows: Scored[], who: 'sift' | 'plain'): Figures {
  const textOf = (s: Scored) => (who === 'sift' ? s.out.sift.text : s.out.plain.text);
  if (corpus.metric === 'shingles') {
    const o = scoreOverall(rows.map((s) => scorePage(textOf(s), s.page.truth.body ?? '')));
    return { pages: rows.length, f: o.f1, p: o.precision, r: o.recall, acc: o.accuracy };
  }
  if (corpus.metric === 'wcxb') {
    const o = wcxbOverall(rows.map((s) => wcxbPage(textOf(s), s.page.truth.body ?? '', s.page.truth)));
    return {
      pages: rows.length,
      f: o.f1,
      p: o.precision,
      r: o.recall,
      acc: o.accuracy,
      extra: `with ${(o.withShare * 100).toFixed(1)} % / without ${(o.withoutShare * 100).toFixed(1)} %`,
    };
  }
  const failed = (s: Scored) => who === 'sift' && s.out.sift.answer !== 'article' && s.out.sift.answer !== 'not-article';
  const o = snippetScore(
    rows.map((s) => snippetCounts({ with: s.page.truth.with ?? [], without: s.page.truth.without ?? [] }, failed(s) ? null : textOf(s))),
  );
  return {
    pages: rows.length,
    f: o.f,
    p: o.precision,
    r: o.recall,
    acc: o.accuracy,
    extra: `tp ${o.counts[0]} fp ${o.counts[1]} fn ${o.counts[2]}`,
  };
}

function perPage(corpus: Corpus, page: Page, text: string, answer: string): number {
  if (corpus.metric === 'shingles') return pageF1(scorePage(text, page.truth.body ?? '') as PageScore);
  if (corpus.metric === 'wcxb') return wcxbPageF1(wcxbPage(text, page.truth.body ?? '') as WcxbPage);
  const c: SnippetCounts = snippetCounts(
    { with: page.truth.with ?? [], without: page.truth.without ?? [] },
    answer === 'article' || answer === 'not-article' ? text : null,
  );
  return snippetScore([c]).f;
}

const f3 = (x: number) => x.toFixed(3);

/**
 * --rules: for each cleaning rule, how much of what it removed the truth
 * holds (words of 4-token shingles found in the expected body, or "with"
 * snippets it took). A rule that often removes expected text is too eager.
 */
function ruleReport(corpus: Corpus, rows: Scored[]): void {
  const stats = new Map<string, { n: number; words: number; wrong: number; pages: Set<string>; worst: Array<[number, string]> }>();
  for (const s of rows) {
    const truthShingles = corpus.metric === 'snippets' ? null : shingles(wordRuns(s.page.truth.body ?? ''));
    const withSnippets = (s.page.truth.with ?? []).map((w) => w.replace(/\s+/g, ' ').trim()).filter(Boolean);
    for (const [rule, text] of s.out.removed) {
      const name = rule.replace(/^pre-class .*/, 'pre-class');
      const st = stats.get(name) ?? { n: 0, words: 0, wrong: 0, pages: new Set(), worst: [] };
      stats.set(name, st);
      const tokens = wordRuns(text);
      let wrong = 0;
      if (truthShingles) {
        for (let i = 0; i + 4 <= tokens.length; i++) if (truthShingles.has(tokens.slice(i, i + 4).join(' '))) wrong++;
        if (tokens.length < 4 && tokens.length && truthShingles.size && s.page.truth.body?.includes(text.trim())) wrong = tokens.length;
      } else {
        const hay = text.replace(/\s+/g, ' ');
        wrong = withSnippets.filter((w) => w.length > 3 && hay.includes(w)).length * 10;
      }
      st.n++;
      st.words += tokens.length;
      st.wrong += wrong;
      if (wrong > 3) {
        st.pages.add(s.page.id);
        st.worst.push([wrong, `${s.page.id}: ${rule.slice(0, 60)} | ${text.slice(0, 100)}`]);
      }
    }
  }
  console.log(`\n| rule (half ${arg('--half') ?? 'A+B'}) | removals | words | in the truth | pages hurt |`);
  console.log('|---|---|---|---|---|');
  for (const [rule, st] of [...stats].sort((a, b) => b[1].wrong - a[1].wrong))
    console.log(`| ${rule} | ${st.n} | ${st.words} | ${st.wrong} | ${st.pages.size} |`);
  if (process.argv.includes('--worst'))
    for (const [rule, st] of stats) {
      const worst = st.worst.sort((a, b) => b[0] - a[0]).slice(0, 8);
      if (worst.length) console.log(`\n${rule}:\n  ${worst.map(([w, t]) => `${w} ${t}`).join('\n  ')}`);
    }
}

function main(): Promise<number> | number {
  const corpora = loadCorpora().filter((c) => !arg('--corpus') || c.name === arg('--corpus'));
  if (!corpora.length) {
    console.log('skipped: no corpus found in ../shared/corpus');
    return 0;
  }
  const only = arg('--only');
  const half = arg('--half');
  const why = process.argv.includes('--why') || process.argv.includes('--rules');
  const pages = corpora.flatMap((c) => c.pages.filter((p) => (!only || p.id.startsWith(only)) && (!half || p.half === half)));
  const jobs: Job[] = pages.map((p) => ({ key: `${p.corpus}/${p.id}`, file: p.file, url: p.url, why }));
  const workers = Math.max(1, Number(arg('--workers') ?? 2));
  const started = performance.now();
  return runPool(jobs, workers).then((results) => report(corpora, pages, results, (performance.now() - started) / 1000));
}

function report(corpora: Corpus[], pages: Page[], results: Map<string, Outcome>, seconds: number): number {
  const dump = arg('--dump');
  if (dump) mkdirSync(dump, { recursive: true });
  const listHalf = arg('--list') ?? 'A';
  let failures = 0;
  const json: Record<string, unknown> = {};
  console.log(`Extraction: Sift (as a click runs it) beside plain Readability, ${pages.length} pages in ${seconds.toFixed(0)} s.`);
  for (const corpus of corpora) {
    const rows: Scored[] = corpus.pages
      .filter((p) => pages.includes(p))
      .map((page) => {
        const out = results.get(`${page.corpus}/${page.id}`)!;
        return {
          page,
          out,
          group: page.group ?? languageGroup(out.pageLang),
          siftF: perPage(corpus, page, out.sift.text, out.sift.answer),
          plainF: perPage(corpus, page, out.plain.text, 'article'),
        };
      });
    if (!rows.length) continue;
    for (const s of rows) {
      if (s.out.error) console.log(`EXCEPTION ${s.page.corpus}/${s.page.id}: ${s.out.error}`);
      if (s.out.removed.length && arg('--only'))
        console.log(
          `${s.page.corpus}/${s.page.id}:\n  ${s.out.removed.map(([rule, text]) => `[${rule}] ${text.slice(0, 140)}`).join('\n  ')}`,
        );
      if (dump) {
        const base = path.join(dump, `${corpus.name}-${s.page.id}`);
        writeFileSync(`${base}.sift.txt`, s.out.sift.text);
        writeFileSync(`${base}.plain.txt`, s.out.plain.text);
        if (s.page.truth.body !== undefined) writeFileSync(`${base}.truth.txt`, s.page.truth.body);
      }
    }
    console.log(`\n## ${corpus.name} (${rows.length} pages): ${corpus.about}`);
    const fLabel = corpus.metric === 'snippets' ? 'F' : 'F1';
    console.log(
      `| half | pages | extractor | ${fLabel} | P | R | acc | < ½ of Readability | no article | of which Readability reads | median ms | p95 ms | |`,
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    const corpusJson: Record<string, unknown> = {};
    for (const h of ['A', 'B', 'all'] as const) {
      const part = rows.filter((s) => h === 'all' || s.page.half === h);
      if (!part.length) continue;
      const sift = figures(corpus, part, 'sift');
      const plain = figures(corpus, part, 'plain');
      const less = part.filter((s) => size(s.out.sift.text) * 2 < size(s.out.plain.text)).length;
      const none = part.filter((s) => s.out.sift.answer !== 'article');
      const noneReadable = none.filter((s) => s.out.plain.readable).length;
      const siftMs = part.map((s) => s.out.sift.ms);
      const plainMs = part.map((s) => s.out.plain.ms);
      const ratio = quantile(siftMs, 0.5) / quantile(plainMs, 0.5);
      console.log(
        `| ${h} | ${part.length} | Sift | ${f3(sift.f)} | ${f3(sift.p)} | ${f3(sift.r)} | ${f3(sift.acc)} | ${less} | ${none.length} | ${noneReadable} | ${quantile(siftMs, 0.5).toFixed(1)} | ${quantile(siftMs, 0.95).toFixed(1)} | ${sift.extra ?? ''} ${ratio.toFixed(2)}× time |`,
      );
      console.log(
        `| ${h} | ${part.length} | plain Readability | ${f3(plain.f)} | ${f3(plain.p)} | ${f3(plain.r)} | ${f3(plain.acc)} | | | | ${quantile(plainMs, 0.5).toFixed(1)} | ${quantile(plainMs, 0.95).toFixed(1)} | ${plain.extra ?? ''} |`,
      );
      if (h !== 'all' && sift.f < plain.f) {
        failures++;
        console.log(`FAIL: ${corpus.name} half ${h}: Sift ${f3(sift.f)} < plain Readability ${f3(plain.f)}`);
      }
      corpusJson[h] = { sift, plain, lessThanHalf: less, noArticle: none.length, noArticleReadable: noneReadable, ratio };
    }

    const groups = [...new Set(rows.map((s) => s.group))].sort(
      (a, b) => LANGUAGE_GROUPS.indexOf(a as never) - LANGUAGE_GROUPS.indexOf(b as never),
    );
    if (groups.length > 1) {
      console.log(`\n| language group | half | pages | Sift ${fLabel} | P | R | plain Readability ${fLabel} | P | R |`);
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const g of groups) {
        for (const h of ['A', 'B'] as const) {
          const part = rows.filter((s) => s.group === g && s.page.half === h);
          if (!part.length) continue;
          const sift = figures(corpus, part, 'sift');
          const plain = figures(corpus, part, 'plain');
          const below = part.length >= 5 && sift.f < plain.f;
          if (below) failures++;
          console.log(
            `| ${g} | ${h} | ${part.length} | ${f3(sift.f)} | ${f3(sift.p)} | ${f3(sift.r)} | ${f3(plain.f)} | ${f3(plain.p)} | ${f3(plain.r)} |${below ? ' FAIL' : ''}`,
          );
        }
      }
    }

    const listed = rows.filter((s) => listHalf === 'all' || s.page.half === listHalf);
    const show = (title: string, list: Scored[]) => {
      if (!list.length) return;
      console.log(`\n${title}`);
      for (const s of list)
        console.log(
          `  ${s.page.id.slice(0, 12)} ${s.group.padEnd(8)} plain ${f3(s.plainF)}  Sift ${f3(s.siftF)}  ${(s.siftF - s.plainF >= 0 ? '+' : '') + f3(s.siftF - s.plainF)}  ${s.out.sift.answer}`,
        );
    };
    if (process.argv.includes('--list') || arg('--only')) {
      show(
        `Sift loses most vs plain Readability (half ${listHalf}):`,
        [...listed].sort((x, y) => x.siftF - x.plainF - (y.siftF - y.plainF)).slice(0, 12),
      );
      show(`Sift gains most (half ${listHalf}):`, [...listed].sort((x, y) => y.siftF - y.plainF - (x.siftF - x.plainF)).slice(0, 6));
    }
    if (process.argv.includes('--rules')) ruleReport(corpus, rows);
    json[corpus.name] = {
      ...corpusJson,
      perPage: rows.map((s) => ({
        id: s.page.id,
        half: s.page.half,
        group: s.group,
        sift: s.siftF,
        plain: s.plainF,
        answer: s.out.sift.answer,
      })),
    };
  }
  const out = arg('--json');
  if (out) {
    writeFileSync(out, JSON.stringify(json, null, 2));
    console.log(`\nwrote ${out}`);
  }
  if (failures) console.log(`\n${failures} figure(s) where Sift is below plain Readability.`);
  return failures ? 1 : 0;
}

if (process.argv.includes('--worker')) worker();
else
  Promise.resolve(main()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
