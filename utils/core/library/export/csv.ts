/**
 * CSV exports in the shapes other read-it-later services import: Pocket's last
 * export and Instapaper's 6-column one.
 * Quoting follows RFC 4180: fields with a comma, quote, CR or LF (or edge spaces) are
 * quoted and quotes doubled; records end with CRLF. Text that a spreadsheet would
 * run as a formula is defused (csvText).
 */
import type { SavedArticle } from '../types';
import { dateStamp, unixSeconds, type ExportFile } from './types';

export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Cells starting like this run as formulas in Excel, LibreOffice and Sheets ("CSV injection"): OWASP's list. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cells the guard below changes: those that start like a formula, and those
 * that already start with apostrophes before such a character (so that taking
 * one apostrophe off on import gives back exactly what was exported).
 */
export const GUARDED = /^'*[=+\-@\t\r]/;

/**
 * A cell from a saved page (a title, a URL, a tag) opened in a spreadsheet must
 * not run: one that starts like a formula gets a leading apostrophe, as OWASP
 * advises, and nothing else is changed. Sift's own CSV importers take exactly
 * that apostrophe off again (import/csv.ts unguardCsvText).
 */
export function csvText(s: string): string {
  return GUARDED.test(s) ? `'${s}` : s;
}

export function csvRecords(rows: (string | number)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Pocket: `title,url,time_added,tags,status`; tags pipe-separated, status `unread` or `archive`. */
export function exportPocketCsv(articles: readonly SavedArticle[], now = Date.now()): ExportFile {
  const rows: (string | number)[][] = [['title', 'url', 'time_added', 'tags', 'status']];
  for (const a of articles) {
    // Tags never hold a '|' (normalize.ts): it separates them.
    rows.push([csvText(a.title), csvText(a.url), unixSeconds(a.savedAt), csvText(a.tags.join('|')), a.read ? 'archive' : 'unread']);
  }
  return { filename: `sift-pocket-${dateStamp(now)}.csv`, mime: 'text/csv;charset=utf-8', data: csvRecords(rows) };
}

/** Instapaper (Nov 2025): `URL,Title,Selection,Folder,Timestamp,Tags`; Tags is a JSON array string. */
export function exportInstapaperCsv(articles: readonly SavedArticle[], now = Date.now()): ExportFile {
  const rows: (string | number)[][] = [['URL', 'Title', 'Selection', 'Folder', 'Timestamp', 'Tags']];
  for (const a of articles) {
    // Tags are a JSON list, so they start with '[' and never read as a formula.
    rows.push([
      csvText(a.url),
      csvText(a.title),
      csvText(a.excerpt ?? ''),
      a.read ? 'Archive' : 'Unread',
      unixSeconds(a.savedAt),
      JSON.stringify(a.tags),
    ]);
  }
  return { filename: `sift-instapaper-${dateStamp(now)}.csv`, mime: 'text/csv;charset=utf-8', data: csvRecords(rows) };
}
