import type { ImportResult } from '@/utils/core/library/db';

/** What the list page asks the import worker for: the file the reader picked (a File is passed by reference). */
export interface ImportRequest {
  file: Blob;
}

/** How many articles were added, updated or already there, and how many entries were skipped. */
export interface ImportOutcome {
  result: ImportResult;
  skipped: number;
}

export type ImportReply = ({ ok: true } & ImportOutcome) | { ok: false; message: string };
