/**
 * Raindrop.io CSV: `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`
 * as Raindrop writes it. Tags are comma-plus-space separated, `created` is
 * ISO 8601 UTC, `folder` a path ("Unsorted" when none). Raindrop has no read state, so
 * everything comes in unread; a folder other than Unsorted, and "favorite", become tags.
 */
import { isLibraryTime, normalizeTags } from '../normalize';
import { checkColumns, unguardCsvText, type CsvRecord } from './csv';
import { message } from '../../i18n/messages';
import { ImportError, LAST_YEAR, linkArticle, shown, webUrl, type ParsedImport } from './types';

const REQUIRED = ['id', 'title', 'url', 'tags', 'created'];

export function isRaindropHeader(h: string[]): boolean {
  const k = h.map((s) => s.trim().toLowerCase());
  return k[0] === 'id' && REQUIRED.every((c) => k.includes(c)) && k.includes('folder');
}

export function parseRaindropCsv(records: CsvRecord[], now: number): ParsedImport {
  const header = records[0]!.fields.map((s) => s.trim().toLowerCase());
  checkColumns(records, header.length);
  const col = (name: string) => header.indexOf(name);
  const [ti, ui, ei, fi, gi, ci, vi] = ['title', 'url', 'excerpt', 'folder', 'tags', 'created', 'favorite'].map(col) as number[];
  const out: ParsedImport = { format: 'raindrop-csv', articles: [], warnings: [] };
  for (const r of records.slice(1)) {
    const f = r.fields;
    const rawUrl = unguardCsvText(f[ui!]!);
    const url = webUrl(rawUrl);
    if (!url) {
      out.warnings.push(message('importLineSkipped', String(r.line), shown(rawUrl)));
      continue;
    }
    const created = f[ci!]!.trim();
    const savedAt = created ? Date.parse(created) : now;
    if (!isLibraryTime(savedAt))
      throw new ImportError(
        `Line ${r.line}: created should be a date between 1970 and ${LAST_YEAR} like 2024-10-01T12:00:00Z, found "${shown(created)}".`,
      );
    const tags = [unguardCsvText(f[gi!]!)];
    const folder = fi! >= 0 ? unguardCsvText(f[fi!]!.trim()) : '';
    if (folder && folder.toLowerCase() !== 'unsorted') tags.push(folder);
    if (vi! >= 0 && f[vi!]!.trim().toLowerCase() === 'true') tags.push('favorite');
    const excerpt = ei! >= 0 ? unguardCsvText(f[ei!]!) : null;
    out.articles.push(linkArticle(url, unguardCsvText(f[ti!]!), savedAt, false, normalizeTags(tags), excerpt));
  }
  return out;
}
