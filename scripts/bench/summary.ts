/**
 * Summary benchmark: ROUGE-1/2/L F1 of Sift's 3-sentence summary and of the
 * lead-3 baseline against the reference key points in ../shared/facts/dev,
 * plus timing. Usage: npx tsx scripts/bench/summary.ts [--json FILE] [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFacts } from '../../utils/core/facts/index';
import { summarize } from '../../utils/core/summary/index';
import { rouge, type RougeScores } from './metrics/rouge';
import { splitSentences } from '../../utils/core/text/sentences';
import { tokenize } from '../../utils/core/text/words';
import { median, sharedDir } from '../lib/bench';

const devDir = path.join(sharedDir, 'facts/dev');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const verbose = args.includes('--verbose');

interface Gold {
  id: string;
  text_file?: string;
  summary?: string[];
  reference_date?: string | null;
}

function main(): void {
  if (!fs.existsSync(devDir)) {
    console.log('skipped: ../shared/facts/dev not found');
    return;
  }
  const sums = { sift: [] as RougeScores[], noFacts: [] as RougeScores[], lead3: [] as RougeScores[] };
  const ms: number[] = [];
  const msPer2k: number[] = [];
  for (const file of fs
    .readdirSync(devDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(devDir, file), 'utf8')) as Gold;
    if (!gold.summary?.length || !gold.text_file) continue;
    const textPath = path.join(devDir, gold.text_file);
    if (!fs.existsSync(textPath)) continue;
    const text = fs.readFileSync(textPath, 'utf8');
    const reference = gold.summary.join(' ');

    // As the extension runs it: key facts from the fact extractor feed the scorer.
    const facts = extractFacts(text, { published: gold.reference_date ?? null });
    const picked = summarize(text, { sentences: 3, facts });
    const plain = rouge(
      summarize(text, { sentences: 3 })
        .map((s) => s.text)
        .join(' '),
      reference,
    );
    const lead = splitSentences(text).slice(0, 3);
    const sift = rouge(picked.map((s) => s.text).join(' '), reference);
    const base = rouge(lead.map((s) => s.text).join(' '), reference);
    sums.sift.push(sift);
    sums.noFacts.push(plain);
    sums.lead3.push(base);

    // Warm the JIT, then take the median of several runs: single runs are
    // well under a millisecond and noisy on a shared machine.
    for (let i = 0; i < 3; i++) summarize(text, { sentences: 3, facts });
    const runs: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      summarize(text, { sentences: 3, facts });
      runs.push(performance.now() - t0);
    }
    const each = median(runs);
    ms.push(each);
    msPer2k.push((each * 2000) / Math.max(1, tokenize(text).length));

    if (verbose) {
      console.log(
        `\n== ${gold.id}  sift R1 ${sift.rouge1.f1.toFixed(3)} R2 ${sift.rouge2.f1.toFixed(3)} | lead R1 ${base.rouge1.f1.toFixed(3)} R2 ${base.rouge2.f1.toFixed(3)}`,
      );
      for (const s of picked) console.log('  + ' + s.text.slice(0, 150));
    }
  }
  if (!sums.sift.length) {
    console.log('skipped: no articles with a summary in ../shared/facts/dev');
    return;
  }
  const mean = (xs: RougeScores[], k: keyof RougeScores) => xs.reduce((a, x) => a + x[k].f1, 0) / xs.length;
  const figures = {
    articles: sums.sift.length,
    sift: { rouge1: mean(sums.sift, 'rouge1'), rouge2: mean(sums.sift, 'rouge2'), rougeL: mean(sums.sift, 'rougeL') },
    siftWithoutFacts: { rouge1: mean(sums.noFacts, 'rouge1'), rouge2: mean(sums.noFacts, 'rouge2'), rougeL: mean(sums.noFacts, 'rougeL') },
    lead3: { rouge1: mean(sums.lead3, 'rouge1'), rouge2: mean(sums.lead3, 'rouge2'), rougeL: mean(sums.lead3, 'rougeL') },
    // summarize() only; fact extraction is timed by the facts bench.
    medianMsPerArticle: median(ms),
    medianMsPer2000Words: median(msPer2k),
  };
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  console.log(`summary bench: ${figures.articles} articles (../shared/facts/dev), F1 x100, lower-cased tokens, no stemming`);
  console.log('            ROUGE-1 ROUGE-2 ROUGE-L');
  console.log(`  Sift     ${pct(figures.sift.rouge1)}  ${pct(figures.sift.rouge2)}  ${pct(figures.sift.rougeL)}`);
  console.log(
    `  no facts ${pct(figures.siftWithoutFacts.rouge1)}  ${pct(figures.siftWithoutFacts.rouge2)}  ${pct(figures.siftWithoutFacts.rougeL)}`,
  );
  console.log(`  lead-3   ${pct(figures.lead3.rouge1)}  ${pct(figures.lead3.rouge2)}  ${pct(figures.lead3.rougeL)}`);
  console.log(
    `  median ${figures.medianMsPerArticle.toFixed(3)} ms/article, ${figures.medianMsPer2000Words.toFixed(3)} ms per 2,000 words`,
  );
  if (jsonOut) {
    fs.writeFileSync(jsonOut, JSON.stringify(figures, null, 2) + '\n');
    console.log(`wrote ${jsonOut}`);
  }
}

main();
