export { exportJson, SIFT_FORMAT, SIFT_VERSION, type SiftLibraryFile } from './json';
export { exportPocketCsv, exportInstapaperCsv } from './csv';
export { exportNetscape } from './netscape';
export { exportMarkdownZip, exportMarkdownSingle, articleToMarkdown } from './markdown';
export { exportEpub, type EpubOptions } from './epub';
export { htmlToMarkdown } from './html-to-markdown';
export type { ExportFile, HtmlParser } from './types';
