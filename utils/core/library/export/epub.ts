/**
 * EPUB 3 export: the chosen articles as a book, one chapter per article, with a
 * table of contents (nav.xhtml). `mimetype` is the first entry and stored uncompressed,
 * as the OCF container spec requires. Images are dropped (see xhtml.ts).
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { describeFact } from '../../facts/format';
import { orderedFacts } from './markdown';
import type { SavedArticle } from '../types';
import { forEachFragment } from './dom';
import type { MiniNode } from './mini-dom';
import { toXhtml, xmlAttr, xmlText } from './xhtml';
import { dateStamp, zipLevel, type ExportFile, type HtmlParser } from './types';

export interface EpubOptions {
  title?: string;
  /** Book language when the articles do not agree; BCP 47. */
  lang?: string;
  /** dc:identifier; a fresh urn:uuid by default. */
  id?: string;
  now?: number;
}

const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

const CSS = `body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.5em; line-height: 1.2; }
.meta { color: #555; font-size: 0.9em; }
.source { font-size: 0.8em; word-break: break-all; }
blockquote { margin: 1em 1.5em; font-style: italic; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 0.2em 0.4em; }
`;

function page(title: string, lang: string, body: string, extraNs = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"${extraNs} xml:lang="${xmlAttr(lang)}" lang="${xmlAttr(lang)}">
<head>
<meta charset="UTF-8"/>
<title>${xmlText(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

function chapter(a: SavedArticle, content: MiniNode, lang: string): string {
  const meta = [a.siteName, a.byline, a.published ? a.published.slice(0, 10) : null].filter(Boolean).map((s) => xmlText(s!));
  let url = '';
  try {
    const u = new URL(a.url);
    if (u.protocol === 'http:' || u.protocol === 'https:') url = `<p class="source"><a href="${xmlAttr(u.href)}">${xmlText(a.url)}</a></p>`;
  } catch {
    /* not a link */
  }
  const summary = a.summary.length ? `<section class="summary"><h2>Summary</h2><p>${xmlText(a.summary.join(' '))}</p></section>` : '';
  const facts = a.facts.length
    ? `<section class="facts"><h2>Key facts</h2><ul>${orderedFacts(a.facts)
        .map((f) => `<li>${xmlText(describeFact(f))}: “${xmlText(f.quote)}”</li>`)
        .join('')}</ul></section>`
    : '';
  const dir = a.dir === 'rtl' || a.dir === 'ltr' ? ` dir="${a.dir}"` : '';
  let converted = '';
  try {
    converted = toXhtml(content);
  } catch {
    // One page that cannot be converted is written as its text, not a failed book.
    converted = '';
  }
  const body =
    `<article${dir}>\n<h1>${xmlText(titleOf(a))}</h1>\n` +
    (meta.length ? `<p class="meta">${meta.join(' · ')}</p>\n` : '') +
    url +
    summary +
    facts +
    '\n' +
    (converted || paragraphs(a.text)) +
    '\n</article>';
  return page(titleOf(a), lang, body);
}

/** An untitled article is "Untitled" (its address is shown under the heading). */
function titleOf(a: SavedArticle): string {
  return a.title || 'Untitled';
}

function paragraphs(text: string): string {
  const paras = text.split(/\n{2,}/).filter((p) => p.trim());
  return paras.length ? paras.map((p) => `<p>${xmlText(p)}</p>`).join('\n') : '<p></p>';
}

/** W3C date-time without fractions, as dcterms:modified requires. */
function modified(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function exportEpub(articles: readonly SavedArticle[], parser?: HtmlParser, opts: EpubOptions = {}): ExportFile {
  const now = opts.now ?? Date.now();
  const title = opts.title ?? (articles.length === 1 ? articles[0]!.title || 'Untitled' : `Sift reading list (${dateStamp(now)})`);
  const langs = new Set(articles.map((a) => a.lang).filter((l): l is string => !!l && LANG.test(l)));
  const bookLang = langs.size === 1 ? [...langs][0]! : opts.lang && LANG.test(opts.lang) ? opts.lang : 'en';
  const id = opts.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`;

  // Insertion order is zip order: mimetype must come first, stored (level 0).
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
  };
  const manifest: string[] = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
  ];
  // The contents page opens the book; it also keeps the spine non-empty.
  const spine: string[] = ['<itemref idref="nav"/>'];
  const toc: string[] = [];
  forEachFragment(
    articles.map((a) => a.html),
    parser,
    (root, i) => {
      const a = articles[i]!;
      const name = `a${String(i + 1).padStart(5, '0')}`;
      const lang = a.lang && LANG.test(a.lang) ? a.lang : bookLang;
      files[`OEBPS/${name}.xhtml`] = strToU8(chapter(a, root, lang));
      manifest.push(`<item id="${name}" href="${name}.xhtml" media-type="application/xhtml+xml"/>`);
      spine.push(`<itemref idref="${name}"/>`);
      toc.push(`<li><a href="${name}.xhtml">${xmlText(titleOf(a))}</a></li>`);
    },
  );
  const nav = page(
    'Contents',
    bookLang,
    `<nav epub:type="toc" id="toc">\n<h1>Contents</h1>\n<ol>\n${toc.join('\n')}\n</ol>\n</nav>`,
    ' xmlns:epub="http://www.idpf.org/2007/ops"',
  );
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" xml:lang="${xmlAttr(bookLang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="bookid">${xmlText(id)}</dc:identifier>
<dc:title>${xmlText(title)}</dc:title>
<dc:language>${xmlText(bookLang)}</dc:language>
<dc:creator>Sift</dc:creator>
<meta property="dcterms:modified">${modified(now)}</meta>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`;
  files['OEBPS/nav.xhtml'] = strToU8(nav);
  files['OEBPS/style.css'] = strToU8(CSS);
  files['OEBPS/content.opf'] = strToU8(opf);
  return {
    filename: `sift-${dateStamp(now)}.epub`,
    mime: 'application/epub+zip',
    data: zipSync(files, { level: zipLevel(articles.length), mtime: now }),
  };
}
