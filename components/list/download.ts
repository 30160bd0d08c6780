import type { Download } from '@/utils/core/library/export/types';

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
