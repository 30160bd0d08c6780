/**
 * Markdown export: one note per article with YAML front matter in the keys Obsidian's
 * Web Clipper uses (title, source, author, published, created, tags) plus site and
 * summary, zipped flat so the folder can be dropped into a vault; or one file holding all.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import type { SavedArticle } from '../types';
import { forEachFragment, parseFragments } from './dom';
import type { MiniNode } from './mini-dom';
import { htmlToMarkdown } from './html-to-markdown';
import { safeFileName, UniqueNames } from './filenames';
import { dateStamp, zipLevel, type ExportFile, type HtmlParser } from './types';

/** A YAML scalar: JSON strings are valid YAML double-quoted strings. */
function y(s: string): string {
  return JSON.stringify(s);
}

/** Obsidian tags cannot hold spaces, commas or '#'. */
function obsidianTag(t: string): string {
  return t.trim().replace(/[\s,#]+/g, '-');
}

export function frontMatter(a: SavedArticle): string {
  const lines = ['---', `title: ${y(a.title)}`, `source: ${y(a.url)}`];
  if (a.byline) lines.push(`author: ${y(a.byline)}`);
  if (a.published) lines.push(`published: ${y(a.published)}`);
  lines.push(`created: ${y(new Date(a.savedAt).toISOString())}`);
  if (a.siteName) lines.push(`site: ${y(a.siteName)}`);
  const tags = a.tags.map(obsidianTag).filter(Boolean);
  lines.push(tags.length ? 'tags:' : 'tags: []', ...tags.map((t) => `  - ${y(t)}`));
  if (a.summary.length) lines.push(`summary: ${y(a.summary.join(' '))}`);
  lines.push(`read: ${a.read}`, '---');
  return lines.join('\n') + '\n';
}

function body(a: SavedArticle, content: MiniNode): string {
  const md = htmlToMarkdown(content);
  return md || (a.text ? a.text.trim() + '\n' : '');
}

/** One note: front matter and the article as Markdown. */
export function articleToMarkdown(a: SavedArticle, parser?: HtmlParser): string {
  const [content] = parseFragments([a.html], parser);
  return frontMatter(a) + '\n' + body(a, content!);
}

export function exportMarkdownZip(articles: readonly SavedArticle[], parser?: HtmlParser, now = Date.now()): ExportFile {
  const names = new UniqueNames();
  const files: Zippable = {};
  forEachFragment(
    articles.map((a) => a.html),
    parser,
    (root, i) => {
      const a = articles[i]!;
      files[names.take(safeFileName(a.title || hostOf(a.url)), '.md')] = strToU8(frontMatter(a) + '\n' + body(a, root));
    },
  );
  return {
    filename: `sift-markdown-${dateStamp(now)}.zip`,
    mime: 'application/zip',
    data: zipSync(files, { level: zipLevel(articles.length), mtime: now }),
  };
}

/** Everything in one Markdown file: one section per article, separated by rules. */
export function exportMarkdownSingle(articles: readonly SavedArticle[], parser?: HtmlParser, now = Date.now()): ExportFile {
  const parts = [`---\ntitle: "Sift reading list"\ncreated: ${y(new Date(now).toISOString())}\ncount: ${articles.length}\n---\n`];
  forEachFragment(
    articles.map((a) => a.html),
    parser,
    (root, i) => {
      const a = articles[i]!;
      const meta = [`- Source: <${a.url}>`];
      if (a.byline) meta.push(`- Author: ${a.byline}`);
      if (a.siteName) meta.push(`- Site: ${a.siteName}`);
      if (a.published) meta.push(`- Published: ${a.published}`);
      meta.push(`- Saved: ${new Date(a.savedAt).toISOString()}`);
      if (a.tags.length) meta.push(`- Tags: ${a.tags.map((t) => '#' + obsidianTag(t)).join(' ')}`);
      const summary = a.summary.length ? `\n> **Summary:** ${a.summary.join(' ')}\n` : '';
      parts.push(`# ${a.title || a.url}\n\n${meta.join('\n')}\n${summary}\n${body(a, root)}`);
    },
  );
  return { filename: `sift-reading-list-${dateStamp(now)}.md`, mime: 'text/markdown;charset=utf-8', data: parts.join('\n---\n\n') };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'Untitled';
  }
}
