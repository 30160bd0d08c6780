/**
 * TIMEX-style scores of date facts on corpora whose gold lists every date
 * mention (`timex`), as TempEval-3 scores them, and the set-of-values key score
 * of SCHEMA.md on the same documents (docs/benchmarks.md, bench:facts).
 *
 * Gold mentions carry a decision: `keep` (a date of day, month or year
 * precision: scored), `ignore` (a time with a date part, an anchored or
 * underspecified value: neither rewarded nor penalised) or `out` (durations,
 * sets, seasons...: a prediction there is a false positive).
 *
 * Matching is one-to-one, largest overlap first; strict = same span, relaxed
 * = any overlap; value F1 = value accuracy × relaxed F1 (TempEval-3). Sift
 * reports one fact per value (its first mention), so with `expand` every other
 * occurrence of a fact's quote (whole words, not overlapping another mention)
 * counts as a mention with the same value.
 */

export interface Timex {
  start: number;
  end: number;
  text: string;
  value: string;
  decision: 'keep' | 'ignore' | 'out';
}

export interface DateDoc {
  id: string;
  /** The gold text the offsets of `timex` point into. */
  text: string;
  timex: Timex[];
  /** Gold date values (one per distinct value). */
  values: string[];
}

export interface PredictedDate {
  value?: string;
  quote?: string;
  start?: number;
  end?: number;
}

export interface Prediction {
  /** The text the system read, when it is not the gold text (spans are then found by quote). */
  text?: string;
  facts: (PredictedDate & { type: string })[];
}

interface Span {
  start: number;
  end: number;
}
interface Mention extends Span {
  value: string;
  quote: string;
  expanded?: boolean;
}

export interface SpanTally {
  gold: number;
  sys: number;
  excused: number;
  strict: number;
  relaxed: number;
  value: number;
  unlocated: number;
}

export interface SpanScores extends SpanTally {
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAcc: number;
  /** TempEval-3: value accuracy × relaxed F1. */
  valueF1: number;
}

export interface DateError {
  doc: string;
  kind: 'spurious' | 'wrong-value' | 'missed';
  quote: string;
  value?: string;
  gold?: string;
  /** Where the mention starts in the gold text. */
  start?: number;
}

export interface KeyTally {
  tp: number;
  fp: number;
  fn: number;
}

export interface DateCorpusScores {
  /** SCHEMA.md key score on distinct values, predictions only from ignored regions left out. */
  key: KeyTally & { p: number; r: number; f1: number };
  asis: SpanScores;
  expanded: SpanScores;
  allTypes: SpanScores;
  /** Errors of the expanded span score, and the key score's extra and missed values. */
  errors: DateError[];
  keyErrors: { doc: string; kind: 'extra' | 'missed'; value: string }[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const ovLen = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const isWord = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a quote lies in the gold text: the occurrence nearest the reported offset, whitespace-tolerant. */
export function locate(text: string, quote: string | undefined, hint: number): Span | null {
  if (!quote) return null;
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) best = i;
  }
  if (best >= 0) return { start: best, end: best + quote.length };
  const re = new RegExp(quote.trim().split(/\s+/).map(escapeRe).join('\\s+'), 'g');
  let bestLen = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (best < 0 || Math.abs(m.index - hint) < Math.abs(best - hint)) {
      best = m.index;
      bestLen = m[0].length;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return best < 0 ? null : { start: best, end: best + bestLen };
}

function systemMentions(pred: Prediction, text: string): { mentions: Mention[]; unlocated: number; lost: string[] } {
  const mentions: Mention[] = [];
  const lost: string[] = [];
  let unlocated = 0;
  const sameText = pred.text === undefined || pred.text === text;
  for (const f of pred.facts) {
    if (f.type !== 'date' || !f.value) continue;
    const span =
      sameText && Number.isInteger(f.start) && Number.isInteger(f.end)
        ? { start: f.start!, end: f.end! }
        : locate(text, f.quote, Number.isInteger(f.start) ? f.start! : 0);
    if (!span) {
      unlocated++;
      lost.push(f.value);
      continue;
    }
    mentions.push({ ...span, value: f.value, quote: text.slice(span.start, span.end) });
  }
  return { mentions, unlocated, lost };
}

function expandMentions(ms: Mention[], text: string): Mention[] {
  const all = [...ms];
  for (const m of ms) {
    const q = text.slice(m.start, m.end);
    if (!q.trim()) continue;
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
      const cand = { start: i, end: i + q.length };
      if (isWord(text[i - 1]) || isWord(text[i + q.length])) continue;
      if (all.some((o) => overlaps(o, cand))) continue;
      all.push({ ...cand, value: m.value, quote: q, expanded: true });
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

/** One-to-one matching, largest overlap first: system index → gold index. */
function match(sys: Span[], gold: Span[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  sys.forEach((s, i) =>
    gold.forEach((g, j) => {
      const o = ovLen(s, g);
      if (o > 0) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const used = new Map<number, number>();
  const gUsed = new Set<number>();
  for (const [, i, j] of pairs) {
    if (used.has(i) || gUsed.has(j)) continue;
    used.set(i, j);
    gUsed.add(j);
  }
  return used;
}

const blank = (): SpanTally => ({ gold: 0, sys: 0, excused: 0, strict: 0, relaxed: 0, value: 0, unlocated: 0 });
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function summary(t: SpanTally): SpanScores {
  const sP = t.sys ? t.strict / t.sys : 0;
  const sR = t.gold ? t.strict / t.gold : 0;
  const rP = t.sys ? t.relaxed / t.sys : 0;
  const rR = t.gold ? t.relaxed / t.gold : 0;
  const acc = t.relaxed ? t.value / t.relaxed : 0;
  return { ...t, strictF1: f1(sP, sR), relaxedP: rP, relaxedR: rR, relaxedF1: f1(rP, rR), valueAcc: acc, valueF1: acc * f1(rP, rR) };
}

function tallySpans(
  t: SpanTally,
  sys: Mention[],
  keep: Timex[],
  ignore: Timex[],
  unlocated: number,
  doc: DateDoc,
  errors: DateError[] | null,
): void {
  t.gold += keep.length;
  t.unlocated += unlocated;
  const m = match(sys, keep);
  sys.forEach((s, i) => {
    const j = m.get(i);
    if (j === undefined && ignore.some((k) => overlaps(k, s))) {
      t.excused++;
      return;
    }
    t.sys++;
    if (j === undefined) {
      errors?.push({ doc: doc.id, kind: 'spurious', quote: s.quote, value: s.value, start: s.start });
      return;
    }
    const k = keep[j]!;
    t.relaxed++;
    if (k.start === s.start && k.end === s.end) t.strict++;
    if (k.value === s.value) t.value++;
    else errors?.push({ doc: doc.id, kind: 'wrong-value', quote: s.quote, value: s.value, gold: k.value, start: s.start });
  });
  if (errors) {
    const hit = new Set(m.values());
    keep.forEach((k, j) => {
      if (!hit.has(j)) errors.push({ doc: doc.id, kind: 'missed', quote: k.text, gold: k.value, start: k.start });
    });
  }
}

/** Score one system's date facts on a date corpus. `predictions` is keyed by document id; a missing one counts as no facts. */
export function scoreDateCorpus(docs: DateDoc[], predictions: Map<string, Prediction>): DateCorpusScores {
  const asis = blank();
  const expanded = blank();
  const allTypes = blank();
  const errors: DateError[] = [];
  const keyErrors: DateCorpusScores['keyErrors'] = [];
  const key: KeyTally = { tp: 0, fp: 0, fn: 0 };
  for (const doc of docs) {
    const keep = doc.timex.filter((t) => t.decision === 'keep');
    const ignore = doc.timex.filter((t) => t.decision === 'ignore');
    const pred = predictions.get(doc.id) ?? { facts: [] };
    const { mentions, unlocated, lost } = systemMentions(pred, doc.text);
    // Key score: a value none of whose mentions overlaps a kept one but all an ignored one is left out.
    const gold = new Set(doc.values);
    const byValue = new Map<string, boolean>();
    for (const m of mentions) {
      const inIgnore = !keep.some((k) => overlaps(k, m)) && ignore.some((k) => overlaps(k, m));
      byValue.set(m.value, (byValue.get(m.value) ?? true) && inIgnore);
    }
    for (const v of lost) byValue.set(v, false);
    const have = new Set([...byValue].filter(([v, onlyIgnored]) => gold.has(v) || !onlyIgnored).map(([v]) => v));
    for (const v of have) {
      if (gold.has(v)) key.tp++;
      else {
        key.fp++;
        keyErrors.push({ doc: doc.id, kind: 'extra', value: v });
      }
    }
    for (const v of gold)
      if (!have.has(v)) {
        key.fn++;
        keyErrors.push({ doc: doc.id, kind: 'missed', value: v });
      }
    tallySpans(asis, mentions, keep, ignore, unlocated, doc, null);
    const exp = expandMentions(mentions, doc.text);
    tallySpans(expanded, exp, keep, ignore, unlocated, doc, errors);
    tallySpans(
      allTypes,
      exp,
      doc.timex.filter((t) => t.text.trim()),
      [],
      unlocated,
      doc,
      null,
    );
  }
  const p = key.tp + key.fp ? key.tp / (key.tp + key.fp) : 1;
  const r = key.tp + key.fn ? key.tp / (key.tp + key.fn) : 1;
  return {
    key: { ...key, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 },
    asis: summary(asis),
    expanded: summary(expanded),
    allTypes: summary(allTypes),
    errors,
    keyErrors,
  };
}
