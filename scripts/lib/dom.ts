/**
 * Node-only DOM helpers for the command-line tools, benchmarks and tests:
 * jsdom with no scripts run and no resources loaded.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedHtml {
  document: Document;
  window: Window & typeof globalThis;
}

/** Parse an HTML string into a live document (scripts are not run, subresources are not fetched). */
export function parseHtml(html: string, url?: string): ParsedHtml {
  try {
    return parseOnce(html, url);
  } catch {
    // jsdom parses every <style> block while building the tree and throws on some
    // CSS it does not understand (e.g. Sass left-overs inside calc()). Style sheets
    // carry no article content: parse again with their bodies emptied.
    return parseOnce(html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2'), url);
  }
}

function parseOnce(html: string, url?: string): ParsedHtml {
  // A silent console: pages' CSS and markup errors are not ours to report.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, {
    url: url && /^https?:/i.test(url) ? url : 'https://localhost/',
    contentType: 'text/html',
    virtualConsole,
    // runScripts and resources are left unset: jsdom then runs no script and loads nothing.
  });
  const window = dom.window as unknown as Window & typeof globalThis;
  return { document: window.document, window };
}

/** Read an HTML file as UTF-8 text, gunzipping `.gz` files. */
export function readHtmlFile(path: string): string {
  const buf = readFileSync(path);
  const data = path.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b) ? gunzipSync(buf) : buf;
  return new TextDecoder('utf-8').decode(data);
}
