/**
 * Netscape bookmark files (browsers, Raindrop, Karakeep, Pinboard, Sift) and Pocket's
 * older ril_export.html, which lists links under "Unread" and "Read Archive" headings.
 * A small tag scanner rather than a DOM, so it runs the same in Node and the browser.
 * Read: TOREAD="1" marks unread (Pinboard, Sift); when a file uses it, links without it
 * are read. Pocket's "Read Archive" section is read. Anything else is unread.
 */
import { normalizeTags } from '../types';
import { ImportError, linkArticle, timeToMs, webUrl, type ParsedImport } from './types';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

export function looksLikeBookmarks(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return head.includes('<!doctype netscape-bookmark-file-1>') || (/<html|<!doctype html/.test(head) && /<a\s[^>]*href\s*=/i.test(text));
}

export function parseBookmarks(text: string, now: number): ParsedImport {
  const out: ParsedImport = { format: 'bookmarks', articles: [], warnings: [] };
  const usesToRead = /\btoread\s*=\s*["']?1/i.test(text);
  let section = '';
  let inHeading = false;
  let link: { attrs: Map<string, string>; title: string; line: number } | null = null;
  const lineAt = (idx: number) => text.slice(0, idx).split('\n').length;
  for (const m of text.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      if (link) link.title += m[4];
      else if (inHeading) section += m[4];
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      inHeading = !closing;
      if (!closing) section = '';
    } else if (tag === 'a' && !closing) {
      link = { attrs: attributes(m[3]!), title: '', line: lineAt(m.index!) };
    } else if (tag === 'a' && closing && link) {
      const { attrs, line } = link;
      const title = decodeEntities(link.title).replace(/\s+/g, ' ').trim();
      link = null;
      const href = attrs.get('href') ?? '';
      const url = webUrl(href);
      if (!url) {
        // Browser exports hold javascript: bookmarklets and place: queries; they are not articles.
        out.warnings.push(`Line ${line}: skipped, "${href.slice(0, 80)}" is not a web address.`);
        continue;
      }
      const rawTime = attrs.get('add_date') ?? attrs.get('time_added') ?? '';
      const time = /^\d+$/.test(rawTime.trim()) ? timeToMs(Number(rawTime)) : now;
      const tags = normalizeTags((attrs.get('tags') ?? '').split(','));
      const sec = decodeEntities(section).trim().toLowerCase();
      const read = usesToRead ? attrs.get('toread') !== '1' : sec === 'read archive' || sec === 'archive';
      out.articles.push(linkArticle(url, title, time, read, tags));
    }
  }
  if (!out.articles.length && !out.warnings.length) throw new ImportError('The bookmarks file holds no links.');
  return out;
}
