/** One file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  data: Uint8Array | string;
}

/** What the HTML-to-Markdown and EPUB exports need to parse HTML: the browser's DOMParser, or jsdom's in Node. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/** YYYY-MM-DD of a time, for file names. */
export function dateStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Unix seconds, as Pocket, Instapaper and bookmark files store times. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
