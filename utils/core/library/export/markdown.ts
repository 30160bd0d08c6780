/**
 * Markdown export: one note per article with YAML front matter in the keys Obsidian's
 * Web Clipper uses (title, source, author, published, created, tags) plus site,
 * summary, key facts and read state, zipped flat so the folder can be dropped into a
 * vault; or one file holding all. Every field is escaped for where it lands
 * (markdown-text.ts): YAML strings in the properties, Markdown text in the notes.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { describeFact, groupFacts } from '../../facts/format';
import type { Fact } from '../../facts/types';
import type { SavedArticle } from '../types';
import { forEachFragment, parseFragments } from './dom';
import type { MiniNode } from './mini-dom';
import { htmlToMarkdown } from './html-to-markdown';
import { escapeMarkdown, markdownLine, markdownUrl, yamlString } from './markdown-text';
import { safeFileName, UniqueNames } from './filenames';
import { dateStamp, zipLevel, type ExportFile, type HtmlParser } from './types';

export interface MarkdownOptions {
  parser?: HtmlParser;
  now?: number;
  /** Times in the properties: the reader's local time (the default), or UTC. */
  timeZone?: 'local' | 'utc';
}

const y = yamlString;

/**
 * Entries marked as made on Unix, with ordinary file permissions: Info-ZIP's unzip
 * (Linux, macOS) reads the UTF-8 names of entries made on "MS-DOS" (fflate's default)
 * as code page 437, whatever the UTF-8 flag says, and writes mangled names.
 */
const UNIX_FILE = { os: 3, attrs: 0o100644 << 16 };

/**
 * An Obsidian tag: letters, digits, `_`, `-` and `/` (nesting) only, and at least one
 * character that is not a digit. Anything else becomes `-`; a tag of digits gets a `_`.
 */
export function obsidianTag(t: string): string {
  const s = t
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/-*\/-*/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (!s) return '';
  return /^[\p{N}/]+$/u.test(s) ? `_${s}` : s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm:ss`, Obsidian's date-and-time property, in local time or UTC. */
export function obsidianDateTime(ms: number, timeZone: 'local' | 'utc' = 'local'): string {
  const d = new Date(ms);
  const [yr, mo, da, h, mi, s] =
    timeZone === 'utc'
      ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
      : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  return `${String(yr).padStart(4, '0')}-${pad(mo)}-${pad(da)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/**
 * A publication date as Obsidian's date (`YYYY-MM-DD`) or date-and-time property, keeping
 * the day and time the publisher wrote (as the clean view does); null when it is no date.
 */
export function obsidianPublished(iso: string | null): string | null {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso.trim()) : null;
  if (!m) return null;
  return m[2] === undefined ? m[1]! : `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`;
}

/** The facts in the panel's order (dates oldest first, then casualties, then troops). */
export function orderedFacts(facts: Fact[]): Fact[] {
  const g = groupFacts(facts);
  return [...g.dates, ...Object.values(g.casualties).flat(), ...g.troops];
}

export function frontMatter(a: SavedArticle, opts: MarkdownOptions = {}): string {
  const lines = ['---', `title: ${y(a.title)}`, `source: ${y(a.url)}`];
  if (a.byline) lines.push(`author: ${y(a.byline)}`);
  const published = obsidianPublished(a.published);
  if (published) lines.push(`published: ${published}`);
  lines.push(`created: ${obsidianDateTime(a.savedAt, opts.timeZone)}`);
  if (a.siteName) lines.push(`site: ${y(a.siteName)}`);
  const tags = [...new Set(a.tags.map(obsidianTag).filter(Boolean))];
  lines.push(tags.length ? 'tags:' : 'tags: []', ...tags.map((t) => `  - ${y(t)}`));
  if (a.summary.length) lines.push(`summary: ${y(a.summary.join(' '))}`);
  const facts = orderedFacts(a.facts);
  if (facts.length) lines.push('facts:', ...facts.map((f) => `  - ${y(describeFact(f))}`));
  lines.push(`read: ${a.read}`, '---');
  return lines.join('\n') + '\n';
}

/** The summary and key facts as Markdown sections (empty when the article has neither). */
export function analysisSections(a: SavedArticle, level = 2): string {
  const h = '#'.repeat(level);
  const parts: string[] = [];
  if (a.summary.length) parts.push(`${h} Summary\n\n${markdownLine(a.summary.join(' '))}\n`);
  const facts = orderedFacts(a.facts);
  if (facts.length)
    parts.push(`${h} Key facts\n\n${facts.map((f) => `- ${markdownLine(describeFact(f))}: “${markdownLine(f.quote)}”`).join('\n')}\n`);
  return parts.join('\n');
}

/** The article as Markdown; its plain text when the HTML gives nothing (or cannot be converted: one page never fails a whole export). */
function body(a: SavedArticle, content: MiniNode): string {
  let md = '';
  try {
    md = htmlToMarkdown(content);
  } catch {
    md = '';
  }
  if (md) return md;
  const paras = a.text
    .split(/\n{2,}/)
    .map(markdownLine)
    .filter(Boolean);
  return paras.length ? paras.join('\n\n') + '\n' : '';
}

function note(a: SavedArticle, content: MiniNode, opts: MarkdownOptions): string {
  const sections = analysisSections(a);
  return frontMatter(a, opts) + '\n' + (sections ? sections + '\n' : '') + body(a, content);
}

/** One note: front matter, summary, key facts and the article as Markdown. */
export function articleToMarkdown(a: SavedArticle, parser?: HtmlParser, opts: MarkdownOptions = {}): string {
  const [content] = parseFragments([a.html], parser);
  return note(a, content!, opts);
}

function options(parserOrOptions: HtmlParser | MarkdownOptions | undefined, now: number | undefined): MarkdownOptions {
  const isParser = !!parserOrOptions && typeof (parserOrOptions as HtmlParser).parseFromString === 'function';
  const o = isParser ? { parser: parserOrOptions as HtmlParser } : ((parserOrOptions as MarkdownOptions | undefined) ?? {});
  return { ...o, now: now ?? o.now ?? Date.now() };
}

export function exportMarkdownZip(articles: readonly SavedArticle[], parser?: HtmlParser | MarkdownOptions, now?: number): ExportFile {
  const opts = options(parser, now);
  const names = new UniqueNames();
  const files: Zippable = {};
  forEachFragment(
    articles.map((a) => a.html),
    opts.parser,
    (root, i) => {
      const a = articles[i]!;
      // An untitled article is named after its site, never its whole address.
      files[names.take(safeFileName(a.title || hostOf(a.url)), '.md')] = [strToU8(note(a, root, opts)), UNIX_FILE];
    },
  );
  return {
    filename: `sift-markdown-${dateStamp(opts.now!)}.zip`,
    mime: 'application/zip',
    data: zipSync(files, { level: zipLevel(articles.length), mtime: opts.now }),
  };
}

/** Everything in one Markdown file: one section per article, separated by rules. */
export function exportMarkdownSingle(articles: readonly SavedArticle[], parser?: HtmlParser | MarkdownOptions, now?: number): ExportFile {
  const opts = options(parser, now);
  const parts = [
    `---\ntitle: "Sift reading list"\ncreated: ${obsidianDateTime(opts.now!, opts.timeZone)}\ncount: ${articles.length}\n---\n`,
  ];
  forEachFragment(
    articles.map((a) => a.html),
    opts.parser,
    (root, i) => {
      const a = articles[i]!;
      const url = markdownUrl(a.url);
      const meta = [`- Source: ${url ? `<${url}>` : escapeMarkdown(a.url)}`];
      if (a.byline) meta.push(`- Author: ${markdownLine(a.byline)}`);
      if (a.siteName) meta.push(`- Site: ${markdownLine(a.siteName)}`);
      const published = obsidianPublished(a.published);
      if (published) meta.push(`- Published: ${published}`);
      meta.push(`- Saved: ${obsidianDateTime(a.savedAt, opts.timeZone)}`);
      const tags = [...new Set(a.tags.map(obsidianTag).filter(Boolean))];
      if (tags.length) meta.push(`- Tags: ${tags.map((t) => '#' + t).join(' ')}`);
      const sections = analysisSections(a, 2);
      parts.push(`# ${markdownLine(a.title) || 'Untitled'}\n\n${meta.join('\n')}\n\n${sections ? sections + '\n' : ''}${body(a, root)}`);
    },
  );
  return { filename: `sift-reading-list-${dateStamp(opts.now!)}.md`, mime: 'text/markdown;charset=utf-8', data: parts.join('\n---\n\n') };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'Untitled';
  }
}
