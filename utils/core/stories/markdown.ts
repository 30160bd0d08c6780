/**
 * A story as Markdown: its name, its sources, a table of its figures (each
 * with its source and quote), the figures that disagree, and the event's
 * dates. Every field comes from web pages: it is escaped for the place it
 * lands (a table cell, a link, running text), so nothing in it becomes
 * markup, a link or a vault link in the program that opens the file.
 * Its headings and joining words are English on purpose: they are the file's
 * content, read by other programs and people, not Sift's interface.
 */
import { describeFact, formatDateValue } from '../facts/format';
import { conflicts, series, SERIES_LABEL, sourceOf, timeline } from './figures';
import { articleDay } from './signals';
import type { Story } from './types';

/** Running text: Markdown's punctuation, HTML's angle brackets and vault links disarmed. */
function text(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~<>&=$^-]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A table cell: as running text, and no line breaks. */
const cell = (s: string) => text(s.replace(/\s+/g, ' ').trim());

/** A link target: only http(s) addresses, with what would end the link escaped. */
function href(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return url.replace(/[\s()<>\\]/g, (c) => encodeURIComponent(c));
}

export function storyToMarkdown(story: Story): string {
  const out: string[] = [`# ${text(story.name)}`, ''];
  out.push(`${story.articles.length} articles, ${articleDay(story.articles[0]!)} to ${articleDay(story.articles.at(-1)!)}.`, '');

  out.push('## Sources', '');
  for (const a of story.articles) {
    const target = href(a.url);
    const title = text(a.title || a.url);
    out.push(`- ${articleDay(a)}, ${text(sourceOf(a))}: ${target ? `[${title}](${target})` : title}`);
  }
  out.push('');

  const all = [...series(story)];
  if (all.length) {
    out.push('## Figures', '', '| Reported | Figure | What | Source | Quote |', '| --- | --- | --- | --- | --- |');
    for (const [key, points] of all) {
      for (const p of points) {
        out.push(
          `| ${p.day} | ${cell(SERIES_LABEL[key])} | ${cell(describeFact(p.fact))} | ${cell(sourceOf(p.article))} | ${cell(p.fact.quote)} |`,
        );
      }
    }
    out.push('');
  }

  const disagree = conflicts(story);
  if (disagree.length) {
    out.push('## Figures that disagree', '');
    for (const c of disagree) {
      const said = c.points.map((p) => `${text(sourceOf(p.article))} says ${cell(describeFact(p.fact))}`).join('; ');
      out.push(`- ${c.day}, ${cell(SERIES_LABEL[c.series])}: ${said}`);
    }
    out.push('');
  }

  const dates = timeline(story);
  if (dates.length) {
    out.push('## Dates', '');
    for (const d of dates) {
      const where = [...new Set(d.mentions.map((m) => sourceOf(m.article)))].map(text).join(', ');
      out.push(`- ${text(formatDateValue(d.value))} (${where})`);
    }
    out.push('');
  }
  return out.join('\n');
}
