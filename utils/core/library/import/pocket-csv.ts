/** Pocket's last export (CSV): `title,url,time_added,tags,status`, sometimes with a `cursor` column. */
import { normalizeTags } from '../normalize';
import { checkColumns, unguardCsvText, type CsvRecord } from './csv';
import { message } from '../../i18n/messages';
import { ImportError, LAST_YEAR, linkArticle, shown, unixTime, webUrl, type ParsedImport } from './types';

export function isPocketHeader(h: string[]): boolean {
  const k = h.map((s) => s.trim().toLowerCase()).join(',');
  return k === 'title,url,time_added,tags,status' || k === 'title,url,time_added,cursor,tags,status';
}

export function parsePocketCsv(records: CsvRecord[], now: number): ParsedImport {
  const header = records[0]!.fields.map((s) => s.trim().toLowerCase());
  checkColumns(records, header.length);
  const col = (name: string) => header.indexOf(name);
  const [ti, ui, ai, gi, si] = ['title', 'url', 'time_added', 'tags', 'status'].map(col) as [number, number, number, number, number];
  const out: ParsedImport = { format: 'pocket-csv', articles: [], warnings: [] };
  for (const r of records.slice(1)) {
    const f = r.fields;
    const rawUrl = unguardCsvText(f[ui]!);
    const url = webUrl(rawUrl);
    if (!url) {
      out.warnings.push(message('importLineSkipped', String(r.line), shown(rawUrl)));
      continue;
    }
    const added = f[ai]!.trim();
    const time = added ? unixTime(added) : now;
    if (time === null)
      throw new ImportError(`Line ${r.line}: time_added should be a Unix time between 1970 and ${LAST_YEAR}, found "${shown(added)}".`);
    const status = f[si]!.trim().toLowerCase();
    if (status && status !== 'unread' && status !== 'archive')
      throw new ImportError(`Line ${r.line}: status should be unread or archive, found "${f[si]}".`);
    const tags = normalizeTags([unguardCsvText(f[gi]!)]);
    out.articles.push(linkArticle(url, unguardCsvText(f[ti]!), time, status === 'archive', tags));
  }
  return out;
}
