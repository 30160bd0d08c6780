/**
 * Netscape bookmark file: the one format every browser and bookmark service imports.
 *
 * Who reads what:
 * - Browsers (Firefox, Chrome, Safari) read HREF, ADD_DATE (Unix seconds) and
 *   LAST_MODIFIED, the title, and <DD> as a description; they ignore TAGS.
 * - Raindrop.io's file import parses Netscape HTML; Karakeep imports Netscape HTML;
 *   both take TAGS (comma-separated) and ADD_DATE for the saved time.
 * - Pocket's own ril_export.html used lower-case `time_added` / `tags`; HTML attribute
 *   names are case-insensitive, so readers of those see ADD_DATE/TAGS only if they
 *   look for those names. Wallabag reads browser bookmark exports.
 * - TOREAD="1" marks unread items, as Pinboard's export does; Sift's importer reads it back.
 */
import type { SavedArticle } from '../types';
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
    // Commas separate tags, so a comma inside one becomes a space.
    const tags = a.tags.map((t) => t.replace(/,/g, ' ')).join(',');
    let attrs = `HREF="${escapeHtml(a.url)}" ADD_DATE="${unixSeconds(a.savedAt)}" LAST_MODIFIED="${unixSeconds(a.updatedAt)}"`;
    if (tags) attrs += ` TAGS="${escapeHtml(tags)}"`;
    if (!a.read) attrs += ' TOREAD="1"';
    lines.push(`    <DT><A ${attrs}>${escapeHtml(a.title || a.url)}</A>`);
    if (a.excerpt) lines.push(`    <DD>${escapeHtml(a.excerpt.replace(/\s+/g, ' '))}`);
  }
  lines.push('</DL><p>', '');
  return { filename: `sift-bookmarks-${dateStamp(now)}.html`, mime: 'text/html;charset=utf-8', data: lines.join('\n') };
}
