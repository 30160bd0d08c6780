/** Facts in words, for the panel, "Copy facts" and the command-line reader. */
import { dateFormat, numberFormat } from '../article/format';
import type { CasualtyKind, Count, Fact } from './types';
import { markdownLine } from '../library/export/markdown-text';

const KINDS: CasualtyKind[] = ['killed', 'injured', 'arrested', 'missing', 'displaced'];

/**
 * "6 January 2022", "January 2022", "2022"; in the article's language when
 * given ("6 января 2022 г."), with Intl. English (en-GB) otherwise.
 */
export function formatDateValue(value: string, lang?: string | null): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !Number.isFinite(y)) return value;
  const date = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  if (Number.isNaN(date.getTime())) return value;
  // A bare year reads as the number itself in every language.
  if (!m) return String(y);
  return dateFormat(lang, d ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' }).format(date);
}

/** "about 2,500", "at least 106", "dozens". */
export function formatCount(c: Count | undefined, lang?: string | null): string {
  if (!c) return '';
  const n = c.value !== undefined ? numberFormat(lang ?? 'en-US').format(c.value) : (c.magnitude ?? '');
  return c.qualifier ? `${c.qualifier} ${n}` : n;
}

/**
 * One fact in words: "about 2,500 personnel sent, Russia", "dozens killed",
 * "6 January 2022". Dates and numbers follow `lang`, the article's language;
 * the words come from the article's own sentence.
 */
export function describeFact(fact: Fact, lang?: string | null): string {
  if (fact.type === 'date') return fact.value ? formatDateValue(fact.value, lang) : fact.quote;
  if (fact.type === 'casualties') return `${formatCount(fact.count, lang)} ${fact.kind ?? ''}`.trim();
  const noun =
    /\b(troops|soldiers|personnel|servicemen|forces|peacekeepers|marines|reservists|sailors)\b/i.exec(fact.quote)?.[1]?.toLowerCase() ??
    'troops';
  const verb = VERBS.find(([re]) => re.test(fact.quote))?.[1];
  return `${formatCount(fact.count, lang)} ${noun}${verb ? ` ${verb}` : ''}${fact.actor ? `, ${fact.actor}` : ''}`;
}

// What happens to the troops, as the quote says it.
const VERBS: [RegExp, string][] = [
  [/\b(?:sen[dt]s?|sending)\b/i, 'sent'],
  [/\bdeploy(?:s|ed|ing)?\b/i, 'deployed'],
  [/\bstationed\b/i, 'stationed'],
  [/\b(?:withdraw(?:s|n|ing)?|withdrew|pull(?:s|ed|ing)? out|drawdown)\b/i, 'withdrawn'],
  [/\bmobili[sz](?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)? up\b/i, 'mobilised'],
  [/\bmass(?:es|ed|ing)\b/i, 'massed'],
];

const dateOrder = (a: Fact, b: Fact) => (a.value ?? '').localeCompare(b.value ?? '') || a.start - b.start;

/** Facts by panel section; dates oldest first, the rest in text order. */
export function groupFacts(facts: Fact[]): { dates: Fact[]; casualties: Record<CasualtyKind, Fact[]>; troops: Fact[] } {
  const casualties = Object.fromEntries(KINDS.map((k) => [k, [] as Fact[]])) as Record<CasualtyKind, Fact[]>;
  const dates: Fact[] = [];
  const troops: Fact[] = [];
  for (const f of [...facts].sort((a, b) => a.start - b.start)) {
    if (f.type === 'date') dates.push(f);
    else if (f.type === 'troops') troops.push(f);
    else if (f.kind) casualties[f.kind].push(f);
  }
  dates.sort(dateOrder);
  return { dates, casualties, troops };
}

/** The headings of "Copy facts", in the interface's language (English by default, as the command-line reader prints). */
export interface FactHeadings {
  keyFacts: string;
  dates: string;
  casualties: string;
  troops: string;
  none: string;
}

const ENGLISH_HEADINGS: FactHeadings = {
  keyFacts: 'Key facts',
  dates: 'Dates',
  casualties: 'Casualties',
  troops: 'Troops',
  none: 'No dates, casualties or troop numbers found.',
};

/** Markdown list of the facts, grouped like the panel, each with its quote. */
export function factsToMarkdown(facts: Fact[], title?: string, lang?: string | null, h: FactHeadings = ENGLISH_HEADINGS): string {
  const g = groupFacts(facts);
  // The title and quotes are the page's text: escaped, so a Markdown viewer shows them as text and runs nothing.
  const heading = title ? markdownLine(title) : '';
  const lines: string[] = [heading ? `## ${h.keyFacts}: ${heading}` : `## ${h.keyFacts}`, ''];
  const item = (f: Fact) => `- ${markdownLine(describeFact(f, lang))} — “${markdownLine(f.quote)}”`;
  if (g.dates.length) lines.push(`### ${h.dates}`, ...g.dates.map(item), '');
  const cas = KINDS.flatMap((k) => g.casualties[k]);
  if (cas.length) lines.push(`### ${h.casualties}`, ...cas.map(item), '');
  if (g.troops.length) lines.push(`### ${h.troops}`, ...g.troops.map(item), '');
  if (lines.length === 2) lines.push(h.none, '');
  return lines.join('\n').trimEnd() + '\n';
}
