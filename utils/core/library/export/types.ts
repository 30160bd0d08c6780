/** One file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  data: Uint8Array | string;
}

/** A finished file as the browser downloads it: posting a Blob to another thread hands over a reference, not the bytes. */
export interface Download {
  filename: string;
  blob: Blob;
}

/** The file as a Blob (made in the export worker, so the page never copies a 100 MB export on its own thread). */
export function toDownload(file: ExportFile): Download {
  const part: BlobPart = typeof file.data === 'string' ? file.data : (file.data as Uint8Array<ArrayBuffer>);
  return { filename: file.filename, blob: new Blob([part], { type: file.mime }) };
}

import type { MiniNode } from './mini-dom';

/**
 * What the Markdown and EPUB exports parse HTML with: the browser's DOMParser, jsdom's,
 * or liteParser (lite-html.ts, the default, much faster than jsdom in Node).
 */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): { body: MiniNode };
}

/** YYYY-MM-DD of a time, for file names. */
export function dateStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Unix seconds, as Pocket, Instapaper and bookmark files store times. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/**
 * Deflate level for a zip of `files` entries. Deflating costs ~5x the rest of the zip
 * work (fflate allocates fresh tables per entry), so large archives (a 10,000-article
 * export) store their entries and stay within seconds; smaller ones are compressed.
 */
export function zipLevel(files: number): 0 | 1 {
  return files > 1000 ? 0 : 1;
}
