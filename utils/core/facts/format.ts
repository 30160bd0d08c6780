/** Facts in words, for the panel, "Copy facts" and the command-line reader. */
import type { CasualtyKind, Count, Fact } from './types';
import { markdownLine } from '../library/export/markdown-text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KINDS: CasualtyKind[] = ['killed', 'injured', 'arrested', 'missing', 'displaced'];

/** "6 January 2022", "January 2022", "2022". */
export function formatDateValue(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y ?? value;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "about 2,500", "at least 106", "dozens". */
export function formatCount(c: Count | undefined): string {
  if (!c) return '';
  const n = c.value !== undefined ? c.value.toLocaleString('en-US') : (c.magnitude ?? '');
  return c.qualifier ? `${c.qualifier} ${n}` : n;
}

/** One fact in words: "about 2,500 personnel sent, Russia", "dozens killed", "6 January 2022". */
export function describeFact(fact: Fact): string {
  if (fact.type === 'date') return fact.value ? formatDateValue(fact.value) : fact.quote;
  if (fact.type === 'casualties') return `${formatCount(fact.count)} ${fact.kind ?? ''}`.trim();
  const noun =
    /\b(troops|soldiers|personnel|servicemen|forces|peacekeepers|marines|reservists|sailors)\b/i.exec(fact.quote)?.[1]?.toLowerCase() ??
    'troops';
  const verb = VERBS.find(([re]) => re.test(fact.quote))?.[1];
  return `${formatCount(fact.count)} ${noun}${verb ? ` ${verb}` : ''}${fact.actor ? `, ${fact.actor}` : ''}`;
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

/** Markdown list of the facts, grouped like the panel, each with its quote. */
export function factsToMarkdown(facts: Fact[], title?: string): string {
  const g = groupFacts(facts);
  // The title and quotes are the page's text: escaped, so a Markdown viewer shows them as text and runs nothing.
  const heading = title ? markdownLine(title) : '';
  const lines: string[] = [heading ? `## Key facts: ${heading}` : '## Key facts', ''];
  const item = (f: Fact) => `- ${markdownLine(describeFact(f))} — “${markdownLine(f.quote)}”`;
  if (g.dates.length) lines.push('### Dates', ...g.dates.map(item), '');
  const cas = KINDS.flatMap((k) => g.casualties[k]);
  if (cas.length) lines.push('### Casualties', ...cas.map(item), '');
  if (g.troops.length) lines.push('### Troops', ...g.troops.map(item), '');
  if (lines.length === 2) lines.push('No dates, casualties or troop numbers found.', '');
  return lines.join('\n').trimEnd() + '\n';
}
