import type { ExportFile } from '@/utils/core/library/export/types';

/** A finished file, ready to hand to the browser's downloads. */
export interface Download {
  filename: string;
  blob: Blob;
}

/**
 * The file as a Blob. The worker calls this, so the page never copies a 100 MB
 * export into a Blob on its own thread (that copy was its longest task).
 */
export function toDownload(file: ExportFile): Download {
  const part: BlobPart = typeof file.data === 'string' ? file.data : (file.data as Uint8Array<ArrayBuffer>);
  return { filename: file.filename, blob: new Blob([part], { type: file.mime }) };
}

/** Save a file through a temporary anchor and Blob URL (no downloads permission needed). */
export function downloadFile(file: Download): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
