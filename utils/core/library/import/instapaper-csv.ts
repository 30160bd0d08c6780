/**
 * Instapaper CSV: `URL,Title,Selection,Folder` (before Nov 2025) or with `,Timestamp,Tags`
 * (Tags a JSON array). Folder is Unread, Archive, Starred or a folder of the user's: a user
 * folder (and Starred) becomes a tag, since Instapaper folders exclude Archive.
 */
import { normalizeTags } from '../normalize';
import { checkColumns, unguardCsvText, type CsvRecord } from './csv';
import { message } from '../../i18n/messages';
import { ImportError, LAST_YEAR, linkArticle, shown, unixTime, webUrl, type ParsedImport } from './types';

export function isInstapaperHeader(h: string[]): boolean {
  const k = h.map((s) => s.trim().toLowerCase()).join(',');
  return k === 'url,title,selection,folder' || k === 'url,title,selection,folder,timestamp,tags';
}

export function parseInstapaperCsv(records: CsvRecord[], now: number): ParsedImport {
  const width = records[0]!.fields.length;
  checkColumns(records, width);
  const out: ParsedImport = { format: 'instapaper-csv', articles: [], warnings: [] };
  for (const r of records.slice(1)) {
    const [rawUrl, title, selection, folder, stamp = '', rawTags = ''] = r.fields as [string, string, string, string, string?, string?];
    const url = webUrl(unguardCsvText(rawUrl));
    if (!url) {
      out.warnings.push(message('importLineSkipped', String(r.line), shown(unguardCsvText(rawUrl))));
      continue;
    }
    const ts = stamp.trim();
    const time = ts ? unixTime(ts) : now;
    if (time === null)
      throw new ImportError(`Line ${r.line}: Timestamp should be a Unix time between 1970 and ${LAST_YEAR}, found "${shown(ts)}".`);
    let tags: string[] = [];
    if (rawTags.trim()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawTags);
      } catch {
        parsed = null;
      }
      if (!Array.isArray(parsed) || !parsed.every((t) => typeof t === 'string')) {
        throw new ImportError(`Line ${r.line}: Tags should be a JSON list like ["news"], found ${shown(rawTags)}.`);
      }
      tags = parsed;
    }
    const f = unguardCsvText(folder.trim());
    const lower = f.toLowerCase();
    if (f && lower !== 'unread' && lower !== 'archive') tags = [...tags, lower === 'starred' ? 'starred' : f];
    out.articles.push(linkArticle(url, unguardCsvText(title), time, lower === 'archive', normalizeTags(tags), unguardCsvText(selection)));
  }
  return out;
}
