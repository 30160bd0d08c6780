import { GUARDED } from '../export/csv';
import { ImportError } from './types';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

/**
 * Undoes exactly the export's formula guard (export/csv.ts csvText): "'=x" back to
 * "=x", "''=x" back to "'=x"; "'hello" is left as it is (the guard never touches it).
 */
export function unguardCsvText(s: string): string {
  return s.startsWith("'") && GUARDED.test(s) ? s.slice(1) : s;
}

/**
 * RFC 4180 CSV: comma-separated, CRLF or LF line ends, fields with commas, quotes or
 * line breaks in double quotes with quotes doubled. Strict, so a damaged file is
 * rejected with the line where it goes wrong rather than imported half-right.
 */

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new ImportError(`Line ${quoteLine}: a quoted field is never closed (the file may be cut off).`);
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
          throw new ImportError(`Line ${line}: unexpected text after a closing quote.`);
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          if (text[i] === '"') throw new ImportError(`Line ${line}: a quote inside an unquoted field (such fields must be quoted).`);
          field += text[i];
          i++;
        }
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    // Blank lines carry no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return records;
}

/** Check every record has the header's width. */
export function checkColumns(records: CsvRecord[], width: number): void {
  for (const r of records) {
    if (r.fields.length !== width) throw new ImportError(`Line ${r.line}: expected ${width} columns, found ${r.fields.length}.`);
  }
}
