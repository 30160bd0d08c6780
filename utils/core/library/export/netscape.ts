/**
 * Netscape bookmark file: the one format every browser and bookmark service imports.
 *
 * Who reads what:
 * - Browsers (Firefox, Chrome, Safari) read HREF, ADD_DATE (Unix seconds) and
 *   LAST_MODIFIED, the title, and <DD> as a description; they ignore TAGS.
 * - Raindrop.io's file import parses Netscape HTML; Karakeep and linkding import it;
 *   they take TAGS (comma-separated) and ADD_DATE for the saved time.
 * - Pocket's own ril_export.html used lower-case `time_added` / `tags`, and Wallabag's
 *   Pocket-HTML import reads TIME_ADDED: Sift writes it beside ADD_DATE.
 * - TOREAD="1" marks unread items, as Pinboard's export does; Sift writes TOREAD="0"
 *   for read ones, so a file in which every article is read still says so.
 * - An untitled article's link text is empty, not its address: importers take the
 *   text as the title.
 * Only web (http, https) addresses are written: a bookmark of anything else would be live.
 */
import type { SavedArticle } from '../types';
import { webAddress } from '../validate';
import { dateStamp, unixSeconds, type ExportFile } from './types';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function exportNetscape(articles: readonly SavedArticle[], now = Date.now()): ExportFile {
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Sift reading list</H1>',
    '<DL><p>',
  ];
  for (const a of articles) {
    const url = webAddress(a.url);
    if (!url) continue;
    const added = unixSeconds(a.savedAt);
    let attrs = `HREF="${escapeHtml(url)}" ADD_DATE="${added}" TIME_ADDED="${added}" LAST_MODIFIED="${unixSeconds(a.updatedAt)}"`;
    // Tags never hold a comma (normalize.ts): it separates them.
    if (a.tags.length) attrs += ` TAGS="${escapeHtml(a.tags.join(','))}"`;
    attrs += ` TOREAD="${a.read ? 0 : 1}"`;
    lines.push(`    <DT><A ${attrs}>${escapeHtml(oneLine(a.title))}</A>`);
    if (a.excerpt) lines.push(`    <DD>${escapeHtml(oneLine(a.excerpt))}`);
  }
  lines.push('</DL><p>', '');
  return { filename: `sift-bookmarks-${dateStamp(now)}.html`, mime: 'text/html;charset=utf-8', data: lines.join('\n') };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
