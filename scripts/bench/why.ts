/** Debug aid: which cleaning rule removed which text on one bench page. npx tsx scripts/bench/why.ts ID_PREFIX */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trace } from '../../utils/extract/clean';
import { extractArticle } from '../../utils/extract/index';
import { parseHtml, readHtmlFile } from '../lib/dom';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus/article-bench-dev');
const prefix = process.argv[2] ?? '';
const truth = JSON.parse(readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8'));
const file = readdirSync(corpus).find((f) => f.startsWith(prefix) && f.endsWith('.html.gz'));
if (!file) throw new Error('no such page');
const id = file.replace('.html.gz', '');
trace.log = (rule, text) => console.log(`[${rule}] ${text.slice(0, 140)}`);
const { document, window } = parseHtml(readHtmlFile(path.join(corpus, file)), truth[id].url);
const r = extractArticle(document, { url: truth[id].url, window, force: true });
console.log(r.ok ? `--- text (${r.article.text.length} chars)\n${r.article.text.slice(0, +(process.argv[3] ?? 1500))}` : r.failure);
