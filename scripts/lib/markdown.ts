import { JSDOM } from 'jsdom';
import { htmlToMarkdown } from '../../utils/core/library/export/html-to-markdown';
import { factsToMarkdown } from '../../utils/core/facts/format';
import type { ReaderArticle } from './pipeline';

/** The clean article as Markdown, for reading in a terminal or piping on. */
export function toMarkdown(a: ReaderArticle): string {
  const meta = [a.siteName, a.byline, a.published?.slice(0, 10), `${a.readingMinutes} min read`].filter(Boolean).join(' · ');
  const body = a.html ? htmlToMarkdown(new JSDOM(`<body>${a.html}</body>`).window.document.body) : a.text;
  const parts = [a.title ? `# ${a.title}` : '', meta ? `_${meta}_` : '', a.url ? `<${a.url}>` : ''];
  if (a.preview) parts.push('> This is the site’s preview: the full article is for subscribers.');
  if (a.summary.length) parts.push('## Summary\n\n' + a.summary.map((s) => `- ${s}`).join('\n'));
  if (a.facts.length) parts.push(factsToMarkdown(a.facts).trim());
  parts.push('---');
  parts.push(body.trim());
  return parts.filter(Boolean).join('\n\n') + '\n';
}
