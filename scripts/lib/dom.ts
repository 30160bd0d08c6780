/**
 * Node-only DOM helpers for the command-line tools, benchmarks and tests:
 * jsdom with no scripts run and no resources loaded, and files decoded as a
 * browser decodes them.
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

/** The file's bytes, gunzipped when they are gzip (by name or by their first two bytes). */
export function readHtmlBytes(path: string): Uint8Array {
  const buf = readFileSync(path);
  return path.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b) ? gunzipSync(buf) : buf;
}

/** Read an HTML file (gunzipping `.gz` files) and decode it as a browser would: see decodeHtml. */
export function readHtmlFile(path: string): string {
  return decodeHtml(readHtmlBytes(path)).text;
}

// windows-1252's 0x80-0x9F (undefined bytes stay C1 controls, as in browsers).
// Node's TextDecoder reads "windows-1252" as ISO-8859-1, so this one is done here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The encoding a <meta> in the first bytes declares (the HTML prescan, simplified), as a WHATWG label. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const scan = (s: string) => {
    for (const m of s.matchAll(/<meta\b[^>]*>/gi)) {
      const tag = m[0];
      const direct = /\bcharset\s*=\s*["']?\s*([-\w:.]+)/i.exec(tag);
      if (direct) return direct[1]!.toLowerCase();
    }
    return null;
  };
  return scan(head.slice(0, 1024)) ?? scan(head);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface DecodedHtml {
  text: string;
  /** The encoding used (a WHATWG name), and why. */
  encoding: string;
  how: 'bom' | 'meta' | 'utf-8' | 'fallback';
}

/**
 * Bytes to text as a browser reads a file without HTTP headers: a byte order
 * mark decides; else the <meta charset> of the first bytes; else UTF-8; and
 * bytes that are not UTF-8 and declare nothing are read as windows-1252
 * (browsers' fallback in most locales). One exception: a page that declares a
 * legacy encoding but whose bytes are valid UTF-8 with non-ASCII text in them
 * is read as UTF-8. Such a page was saved as UTF-8 and mislabelled (valid
 * multi-byte UTF-8 arises from legacy text almost never).
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', how: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', how: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', how: 'bom' };
  const label = declaredCharset(bytes);
  let declared: TextDecoder | null = null;
  if (label) {
    try {
      declared = new TextDecoder(label);
    } catch {
      // x-user-defined and labels no browser knows: the declaration is ignored.
      declared = label === 'x-user-defined' ? new TextDecoder('windows-1252') : null;
    }
  }
  const utf8 = isValidUtf8(bytes);
  // A <meta> naming UTF-16 in a file without a BOM means UTF-8 (the HTML standard).
  if (declared && !declared.encoding.startsWith('utf-') && !(utf8 && bytes.some((b) => b >= 0x80))) {
    const text = declared.encoding === 'windows-1252' ? decodeWindows1252(bytes) : declared.decode(bytes);
    return { text, encoding: declared.encoding, how: 'meta' };
  }
  if (utf8 || (declared && declared.encoding.startsWith('utf-')))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', how: declared ? 'meta' : 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', how: 'fallback' };
}

/**
 * Whether decoded text is binary data rather than a page or a text: NUL
 * characters, or many control characters and undecodable bytes.
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (!sample) return false;
  if (sample.includes('\u0000')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\u0080-\u009f\ufffd]/g)?.length ?? 0;
  return odd / sample.length > 0.01;
}
