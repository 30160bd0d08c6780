/**
 * Read an import file: Sift JSON, Pocket CSV, Instapaper CSV, Raindrop CSV,
 * Omnivore's export (a .zip with metadata_*.json), a bookmarks file (Netscape
 * or Pocket HTML), or a .zip of those (Pocket mailed its CSVs zipped).
 * Parsing never touches the library: the caller passes the result to
 * Library.importArticles, which merges by URL (see mergeArticle) in one transaction.
 */
import { unzipSync } from 'fflate';
import { parseCsv } from './csv';
import { isPocketHeader, parsePocketCsv } from './pocket-csv';
import { isInstapaperHeader, parseInstapaperCsv } from './instapaper-csv';
import { looksLikeBookmarks, parseBookmarks } from './bookmarks';
import { parseSiftJson } from './sift-json';
import { isRaindropHeader, parseRaindropCsv } from './raindrop-csv';
import { looksLikeOmnivore, OMNIVORE_METADATA, parseOmnivoreMetadata } from './omnivore';
import { checkImported } from '../validate';
import { ImportError, type ParsedImport } from './types';
import { message } from '../../i18n/messages';
import { mergeChoices } from '../../stories/backup';

export { ImportError, type ParsedImport, type ImportFormat } from './types';

export const NOT_SUPPORTED = 'Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file.';

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    // fatal: invalid bytes throw instead of turning into U+FFFD.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError('The file is not UTF-8 text. Save it as UTF-8 and try again.');
  }
}

function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** One file's text, parsed and checked (validate.ts checkImported). */
export function parseImportText(text: string, now: number): ParsedImport {
  const parsed = parseText(text, now);
  // A Sift backup's articles were checked one by one as they were read (a bad one refuses the file).
  return parsed.format === 'sift' ? parsed : checked(parsed);
}

function parseText(text: string, now: number): ParsedImport {
  const t = text.replace(/^\ufeff/, '');
  const start = t.trimStart();
  if (!start) throw new ImportError(`The file is empty. ${NOT_SUPPORTED}`);
  if (start[0] === '[' && looksLikeOmnivore(tryJson(t))) return parseOmnivoreMetadata(t, now);
  if (start[0] === '{' || start[0] === '[') return parseSiftJson(t);
  if (start[0] === '<') {
    if (looksLikeBookmarks(t)) return parseBookmarks(t, now);
    throw new ImportError(`This HTML file has no bookmarks. ${NOT_SUPPORTED}`);
  }
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  const header = firstLine.split(',');
  if (isPocketHeader(header) || isInstapaperHeader(header) || isRaindropHeader(header)) {
    const records = parseCsv(t);
    if (isPocketHeader(header)) return parsePocketCsv(records, now);
    return isInstapaperHeader(header) ? parseInstapaperCsv(records, now) : parseRaindropCsv(records, now);
  }
  throw new ImportError(NOT_SUPPORTED);
}

/**
 * Parse an import file. Throws ImportError with a message for the user. Every
 * article it returns has passed the same checks (validate.ts checkImported),
 * whatever the format; its HTML still has to be sanitised (sanitize.ts).
 */
export function parseImport(bytes: Uint8Array, now = Date.now()): ParsedImport {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    throw new ImportError(`This is a compressed (.gz) file: uncompress it first. ${NOT_SUPPORTED}`);
  return isZip(bytes) ? parseZip(bytes, now) : parseImportText(decodeUtf8(bytes), now);
}

function checked(parsed: ParsedImport): ParsedImport {
  const articles = [];
  for (const [i, a] of parsed.articles.entries()) {
    const c = checkImported(a);
    if (c.ok) articles.push(c.value);
    else parsed.warnings.push(message('importEntrySkipped', String(i + 1), c.reason));
  }
  return { ...parsed, articles };
}

function parseZip(bytes: Uint8Array, now: number): ParsedImport {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.(csv|json|html?)$/i.test(f.name) && !/(^|\/)(__MACOSX|\.)/.test(f.name) });
  } catch {
    throw new ImportError(`The .zip file is damaged or cut off. ${NOT_SUPPORTED}`);
  }
  let names = Object.keys(files).sort();
  // Omnivore's zip: its metadata files list the items; content/*.html are its page copies, not bookmarks.
  if (names.some((n) => OMNIVORE_METADATA.test(n))) names = names.filter((n) => OMNIVORE_METADATA.test(n));
  if (!names.length) throw new ImportError(`The .zip holds no CSV, JSON or HTML file. ${NOT_SUPPORTED}`);
  const merged: ParsedImport = { format: 'sift', articles: [], warnings: [] };
  names.forEach((name, i) => {
    let part: ParsedImport;
    try {
      part = parseImportText(decodeUtf8(files[name]!), now);
    } catch (e) {
      throw e instanceof ImportError ? new ImportError(`${name}: ${e.message}`) : e;
    }
    if (i === 0) merged.format = part.format;
    merged.articles.push(...part.articles);
    // Several backups in one zip: the first file's choice about an article or a name holds.
    if (part.stories) merged.stories = merged.stories ? mergeChoices(merged.stories, part.stories) : part.stories;
    merged.warnings.push(...part.warnings.map((w) => ({ ...w, file: name })));
  });
  return merged;
}
