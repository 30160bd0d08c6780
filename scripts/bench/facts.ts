/**
 * Key-facts bench (docs/benchmarks.md, bench:facts). In one run, for each half
 * of every corpus (scripts/bench/metrics/halves.ts):
 *   - P/R/F1 per type on the hand-labelled articles (../shared/facts/dev), every miss and extra;
 *   - the third-party corpora (../shared/facts/external): key F1 and TIMEX-style span scores
 *     on the date corpora, and on the conflict-event notes the share whose coded death toll
 *     is among the killed facts, with the false alarms on notes without deaths;
 *   - plain chrono-node beside, on every date figure;
 * then the seed page, ms per 1,000 words, and the gzipped size of the analysis chunk.
 *
 *   npx tsx scripts/bench/facts.ts [--json FILE] [--quiet] [--half A|B] [--errors CORPUS] [--no-build]
 *
 * --errors CORPUS prints that corpus's errors (of the halves shown); --half shows one half.
 * Texts are read as the command-line reader reads a .txt (line ends normalised, trimmed, no
 * language given), with the document's reference date as its publication date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { extractFacts } from '../../utils/core/facts/index';
import type { Fact } from '../../utils/core/facts/types';
import { analyse } from '../../utils/core/analysis/index';
import { scoreArticle, microAverage, FACT_TYPES, type ArticleResult, type ScoredFact } from './metrics/facts';
import { scoreDateCorpus, type DateDoc, type Prediction, type Timex, type DateCorpusScores } from './metrics/date-spans';
import { scoreTotals, type EventNote, type TotalsScore } from './metrics/casualty-totals';
import { halfOf, HALVES, type Half } from './metrics/halves';
import { extractArticle } from '../../utils/core/extract/index';
import { median, quantile, repoRoot, sharedDir as shared } from '../lib/bench';
import { parseHtml, readHtmlFile } from '../lib/dom';
import { BUDGETS_KB, measureAnalysisChunk } from '../lib/bundle-size';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonOut = opt('--json');
const quiet = args.includes('--quiet');
const onlyHalf = opt('--half') as Half | undefined;
const errorsOf = opt('--errors');
const halves = onlyHalf ? [onlyHalf] : HALVES;

interface Gold {
  id: string;
  url?: string | null;
  reference_date: string | null;
  text_file?: string;
  facts: ScoredFact[];
  timex?: Timex[];
  label?: { fatalities?: string | number };
  death_words?: boolean;
}
interface Doc {
  id: string;
  half: Half;
  /** The gold text, as stored. */
  raw: string;
  /** What the reader reads: line ends normalised, trimmed. */
  text: string;
  published: string | null;
  gold: Gold;
}

const readerText = (raw: string) => raw.replace(/\r\n?/g, '\n').trim();

function readCorpus(dir: string): Doc[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold;
      const file = g.text_file ?? f.replace(/\.json$/, '.txt');
      const raw = readFileSync(path.join(dir, file), 'utf8');
      const id = f.replace(/\.json$/, '');
      return { id, half: halfOf(id), raw, text: readerText(raw), published: g.reference_date ?? null, gold: g };
    });
}

const sift = (d: { text: string; published: string | null }): Fact[] => extractFacts(d.text, { published: d.published });

/** Plain chrono-node (casual English), every parsed date a fact: day if chrono is certain of the day or weekday, else month, else year. */
function chronoDates(text: string, published: string | null): Prediction['facts'] {
  const ref = published ? new Date(published + 'T12:00:00Z') : new Date('2000-01-01');
  const pad = (n: number | null) => String(n).padStart(2, '0');
  const out: Prediction['facts'] = [];
  for (const r of chrono.parse(text, ref)) {
    const c = r.start;
    const y = c.get('year');
    const value =
      c.isCertain('day') || c.isCertain('weekday')
        ? `${y}-${pad(c.get('month'))}-${pad(c.get('day'))}`
        : c.isCertain('month')
          ? `${y}-${pad(c.get('month'))}`
          : c.isCertain('year')
            ? `${y}`
            : null;
    if (value) out.push({ type: 'date', value, quote: r.text, start: r.index, end: r.index + r.text.length });
  }
  return out;
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

// ---- the hand-labelled articles

function devResults(docs: Doc[], facts: Map<string, Fact[]>): ArticleResult[] {
  return docs.map((d) => scoreArticle(d.id, d.gold.facts, facts.get(d.id) ?? []));
}

function printDev(name: string, docs: Doc[], siftFacts: Map<string, Fact[]>, chronoFacts: Map<string, ScoredFact[]>) {
  const results = devResults(docs, siftFacts);
  const s = microAverage(results);
  const c = microAverage(devResults(docs, chronoFacts as Map<string, Fact[]>));
  console.log(`\n${name}: ${docs.length} articles`);
  console.log('  type        P      R      F1     (tp, fp, fn)        chrono-node F1');
  for (const t of FACT_TYPES) {
    const x = s[t];
    const base = t === 'date' ? f3(c.date.f1) : '';
    console.log(`  ${t.padEnd(10)}  ${f3(x.precision)}  ${f3(x.recall)}  ${f3(x.f1)}  (${x.tp}, ${x.fp}, ${x.fn})`.padEnd(53) + ` ${base}`);
  }
  if (!quiet) {
    for (const r of results) {
      for (const m of r.misses) console.log(`    miss  ${m.id} ${m.type} ${JSON.stringify(m.key)} | ${m.quote}`);
      for (const m of r.extras) console.log(`    extra ${m.id} ${m.type} ${JSON.stringify(m.key)} | ${m.quote}`);
    }
  }
  return { sift: s, chrono: c, misses: results.flatMap((r) => r.misses), extras: results.flatMap((r) => r.extras) };
}

// ---- the date corpora

function dateDocs(docs: Doc[]): DateDoc[] {
  return docs.map((d) => ({
    id: d.id,
    text: d.raw,
    timex: d.gold.timex ?? [],
    values: d.gold.facts.filter((f) => f.type === 'date').map((f) => String(f.value)),
  }));
}

function scoreDates(docs: Doc[], siftFacts: Map<string, Fact[]>, chronoFacts: Map<string, Prediction['facts']>) {
  const dd = dateDocs(docs);
  const s = scoreDateCorpus(dd, new Map(docs.map((d) => [d.id, { text: d.text, facts: siftFacts.get(d.id) ?? [] }])));
  const c = scoreDateCorpus(dd, new Map(docs.map((d) => [d.id, { text: d.raw, facts: chronoFacts.get(d.id) ?? [] }])));
  return { sift: s, chrono: c };
}

function dateRow(name: string, n: number, s: DateCorpusScores, c: DateCorpusScores): string {
  const cells = (x: DateCorpusScores) =>
    [x.key.f1, x.expanded.strictF1, x.expanded.relaxedF1, x.expanded.valueF1, x.asis.valueF1].map(f3).join('  ');
  return `  ${`${name} (${n})`.padEnd(20)}  ${cells(s)}    ${cells(c)}`;
}

function printDateErrors(name: string, s: DateCorpusScores, docs: Doc[]) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  console.log(`\n  errors on ${name} (key values, then mentions, with the text around them):`);
  for (const e of s.keyErrors) console.log(`    key ${e.kind.padEnd(6)} ${e.doc} ${e.value}`);
  for (const e of s.errors) {
    const d = byId.get(e.doc);
    const at = e.start ?? -1;
    const around = d && at >= 0 ? d.raw.slice(Math.max(0, at - 90), at + 60).replace(/\s+/g, ' ') : '';
    console.log(
      `    ${e.kind.padEnd(11)} ${e.doc} ${JSON.stringify(e.quote)} ${e.value ?? ''}${e.gold ? ` gold ${e.gold}` : ''} (ref ${d?.published})\n        | ${around}`,
    );
  }
}

// ---- the event notes

function eventNotes(docs: Doc[]): EventNote[] {
  return docs.map((d) => {
    const lab = d.gold.facts.find((f) => f.type === 'casualties' && f.kind === 'killed');
    const coded = Number(d.gold.label?.fatalities);
    const killed = lab?.count?.value !== undefined ? lab.count.value : coded === 0 ? 0 : null;
    return { id: d.id, killed, deathWords: !!d.gold.death_words };
  });
}

function printTotalsErrors(docs: Doc[], t: TotalsScore, facts: Map<string, Fact[]>) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const show = (id: string) => {
    const d = byId.get(id)!;
    const got = (facts.get(id) ?? [])
      .filter((f) => f.type === 'casualties')
      .map((f) => `${f.kind}:${f.count?.value ?? f.count?.magnitude}`);
    console.log(`      ${d.text.replace(/\s+/g, ' ')}\n      -> ${got.join(', ') || 'nothing'}`);
  };
  console.log(`\n  notes whose toll was not found:`);
  for (const m of t.misses) {
    console.log(`    ${m.id} coded ${m.killed}`);
    show(m.id);
  }
  console.log(`\n  false alarms (coded 0 deaths):`);
  for (const a of t.alarms) {
    console.log(`    ${a.id}`);
    show(a.id);
  }
}

// ---- timing and size

const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Median ms per 1,000 words over the articles (each article's time the median of 7 runs), with the 95th percentile. */
function timing(docs: { text: string; published: string | null }[]) {
  const facts: number[] = [];
  const all: number[] = [];
  for (const d of docs) analyse({ text: d.text, published: d.published }); // warm up
  const runs = (fn: () => unknown) => {
    const xs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      fn();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  for (const d of docs) {
    const words = wordsOf(d.text);
    if (words < 50) continue;
    facts.push((runs(() => extractFacts(d.text, { published: d.published })) / words) * 1000);
    all.push((runs(() => analyse({ text: d.text, published: d.published })) / words) * 1000);
  }
  return {
    facts: median(facts),
    factsP95: quantile(facts, 0.95),
    analysis: median(all),
    analysisP95: quantile(all, 0.95),
    docs: facts.length,
  };
}

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

/** The analysis chunk of the Chrome build, built first when the build is missing or older than the code. */
function analysisSize(): { bytes: number; file: string } | string {
  const out = path.join(repoRoot, '.output/chrome-mv3');
  const stale = !existsSync(out) || newest(path.join(repoRoot, 'utils/core')) > statSync(path.join(out, 'manifest.json')).mtimeMs;
  if (stale) {
    if (args.includes('--no-build')) return 'no current build (--no-build)';
    console.log('\n(building the extension to measure the analysis chunk: npx wxt build)');
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    if (r.status !== 0) return 'the build failed';
  }
  return measureAnalysisChunk(out) ?? 'no analysis chunk in the build';
}

// ---- main

function seedDoc(): Doc | null {
  const html = path.join(repoRoot, 'tests/fixtures/euobserver-kazakhstan.html');
  const goldFile = path.join(repoRoot, 'tests/fixtures/euobserver-kazakhstan.facts.json');
  if (!existsSync(html) || !existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const { document, window } = parseHtml(readHtmlFile(html), gold.url ?? undefined);
  const res = extractArticle(document, { window, force: true });
  if (!res.ok) throw new Error(`seed page did not extract: ${res.failure.kind}`);
  return { id: gold.id, half: 'A', raw: res.article.text, text: res.article.text, published: gold.reference_date, gold };
}

const DATE_CORPORA = ['timebank', 'aquaint', 'wikiwars-dev'];

/** The targets of the key-facts work, per half: met or not, with the figure. */
interface HalfFigures {
  dev?: { sift: Record<string, { f1: number }> };
  dates?: Record<string, { sift: { key: { f1: number } } }>;
  events?: { totalFound: number; falseAlarm: number };
}

function printTargets(out: Record<string, unknown>) {
  const rows: [string, (h: HalfFigures) => number | undefined, number, 'min' | 'max'][] = [
    ['dev date F1', (h) => h.dev?.sift?.date?.f1, 0.95, 'min'],
    ['dev casualties F1', (h) => h.dev?.sift?.casualties?.f1, 0.95, 'min'],
    ['dev troops F1', (h) => h.dev?.sift?.troops?.f1, 0.95, 'min'],
    ['timebank key F1', (h) => h.dates?.timebank?.sift?.key?.f1, 0.9, 'min'],
    ['aquaint key F1', (h) => h.dates?.aquaint?.sift?.key?.f1, 0.9, 'min'],
    ['wikiwars-dev key F1', (h) => h.dates?.['wikiwars-dev']?.sift?.key?.f1, 0.85, 'min'],
    ['acled killed total found', (h) => h.events?.totalFound, 0.85, 'min'],
    ['acled false alarms', (h) => h.events?.falseAlarm, 0.03, 'max'],
  ];
  const hs = halves.map((h) => out[`half${h}`] as HalfFigures | undefined);
  console.log(`\n${'targets'.padEnd(28)}${halves.map((h) => `half ${h}`.padStart(15)).join('')}`);
  for (const [name, get, target, kind] of rows) {
    const cells = hs.map((h) => {
      const v = h ? get(h) : undefined;
      if (v === undefined) return '-'.padStart(15);
      const ok = kind === 'min' ? v >= target : v <= target;
      return `${v.toFixed(3)} ${ok ? 'met' : 'NOT'}`.padStart(15);
    });
    console.log(`  ${name.padEnd(26)}${cells.join('')}   (${kind === 'min' ? '>=' : '<='} ${target})`);
  }
}
const EVENTS = 'acled-africa-2016';

function main() {
  const out: Record<string, unknown> = {};
  const dev = readCorpus(path.join(shared, 'facts/dev'));
  const ext = Object.fromEntries(
    [...DATE_CORPORA, EVENTS].map((c) => [c, readCorpus(path.join(shared, 'facts/external', c))] as const),
  ) as Record<string, Doc[] | null>;
  if (!dev) console.log('skipped: ../shared/facts/dev not found');
  const missingExt = Object.entries(ext).filter(([, v]) => !v);
  if (missingExt.length) console.log(`skipped: ../shared/facts/external/${missingExt.map(([k]) => k).join(', ')} not found`);

  // Every document once through Sift and plain chrono-node.
  const siftFacts = new Map<string, Fact[]>();
  const chronoFacts = new Map<string, Prediction['facts']>();
  const key = (corpus: string, id: string) => `${corpus}/${id}`;
  const corpora: [string, Doc[]][] = [
    ...(dev ? [['dev', dev] as [string, Doc[]]] : []),
    ...Object.entries(ext).filter((e): e is [string, Doc[]] => !!e[1]),
  ];
  for (const [c, docs] of corpora)
    for (const d of docs) {
      siftFacts.set(key(c, d.id), sift(d));
      if (c !== EVENTS) chronoFacts.set(key(c, d.id), chronoDates(c === 'dev' ? d.text : d.raw, d.published));
    }
  const scoped = <T>(c: string, m: Map<string, T>) =>
    new Map([...m].filter(([k]) => k.startsWith(c + '/')).map(([k, v]) => [k.slice(c.length + 1), v]));

  for (const h of halves) {
    const res: Record<string, unknown> = {};
    console.log(`\n======== half ${h} (first byte of sha1(file name) ${h === 'A' ? 'even' : 'odd'})`);
    if (dev) {
      res.dev = printDev(
        `dev articles (../shared/facts/dev), half ${h}`,
        dev.filter((d) => d.half === h),
        scoped('dev', siftFacts),
        scoped('dev', chronoFacts) as Map<string, ScoredFact[]>,
      );
    }
    const dateScores: Record<string, unknown> = {};
    const present = DATE_CORPORA.filter((c) => ext[c]);
    if (present.length) {
      console.log(`\ndate corpora (../shared/facts/external), half ${h}`);
      console.log('  corpus (docs)          Sift: key   strict relaxed value valueAsIs    chrono-node: key strict relaxed value valueAsIs');
      for (const c of present) {
        const docs = ext[c]!.filter((d) => d.half === h);
        const r = scoreDates(docs, scoped(c, siftFacts), scoped(c, chronoFacts));
        console.log(dateRow(c, docs.length, r.sift, r.chrono));
        dateScores[c] = {
          sift: { key: r.sift.key, expanded: r.sift.expanded, asis: r.sift.asis, allTypes: r.sift.allTypes },
          chrono: { key: r.chrono.key, expanded: r.chrono.expanded, asis: r.chrono.asis, allTypes: r.chrono.allTypes },
        };
        if (errorsOf === c) printDateErrors(`${c} half ${h}`, r.sift, docs);
      }
      console.log('  (key: F1 of distinct values per document; strict/relaxed: span F1; value: TempEval-3 value F1,');
      console.log('   with each fact expanded to every repeat of its quote; valueAsIs: the same without expanding)');
      res.dates = dateScores;
    }
    if (ext[EVENTS]) {
      const docs = ext[EVENTS]!.filter((d) => d.half === h);
      const facts = scoped(EVENTS, siftFacts);
      const t = scoreTotals(eventNotes(docs), facts);
      console.log(`\nconflict-event notes (${EVENTS}), half ${h}: ${docs.length} notes`);
      console.log(
        `  killed total found ${f3(t.totalFound)} (${t.found}/${t.scored})  only the total ${f3(t.onlyTotal)}  any killed ${f3(t.anyKilled)}` +
          `  false alarms on notes without deaths ${pct(t.falseAlarm)} (${t.zeroAlarm}/${t.zero}), without a word of death ${pct(t.falseAlarmClean)} (${t.zeroAlarmClean}/${t.zeroClean})`,
      );
      if (errorsOf === EVENTS) printTotalsErrors(docs, t, facts);
      const { misses: _m, alarms: _a, ...figures } = t;
      res.events = figures;
    }
    out[`half${h}`] = res;
  }

  printTargets(out);

  const seed = seedDoc();
  if (seed) {
    const got = sift(seed);
    const r = scoreArticle(seed.id, seed.gold.facts, got);
    const ok = r.misses.length === 0 && r.extras.length === 0;
    console.log(`\nseed page (${seed.id}): ${got.length} facts, ${ok ? 'exactly its gold facts' : 'NOT its gold facts'}`);
    for (const m of r.misses) console.log(`    miss  ${m.type} ${JSON.stringify(m.key)} | ${m.quote}`);
    for (const m of r.extras) console.log(`    extra ${m.type} ${JSON.stringify(m.key)} | ${m.quote}`);
    out.seed = { facts: got.length, exact: ok };
  }

  const timed = [...(dev ?? []), ...(seed ? [seed] : [])];
  if (timed.length) {
    const t = timing(timed);
    console.log(
      `\nspeed (${t.docs} dev articles and the seed; median, p95): key facts ${t.facts.toFixed(2)}, ${t.factsP95.toFixed(2)} ms per 1,000 words; ` +
        `whole analysis (facts + summary) ${t.analysis.toFixed(2)}, ${t.analysisP95.toFixed(2)} ms per 1,000 words (budget 5)`,
    );
    out.msPer1000Words = t;
  }
  const size = analysisSize();
  if (typeof size === 'string') console.log(`analysis chunk: not measured (${size})`);
  else
    console.log(
      `analysis chunk (${size.file}): ${(size.bytes / 1024).toFixed(1)} KB gzipped (budget ${BUDGETS_KB.analysis} KB), loaded after the view is painted`,
    );
  out.analysisChunkGz = typeof size === 'string' ? null : size.bytes;
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 2));
}

main();
