/**
 * Images and links of the extracted body: lazy-loaded images get their real
 * address (data-src, data-srcset, <noscript> fallbacks), every URL becomes
 * absolute against the page address.
 */

const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-echo',
  'data-img-src',
  'data-orig-src',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const PLACEHOLDER = /^data:|\b(?:blank|spacer|placeholder|transparent|pixel|lazy|loading|grey|gray)\b[^/]*\.(?:gif|png|svg)|1x1/i;

function absolute(u: string, base: string | undefined): string {
  const s = u.trim();
  if (!s || s.startsWith('#') || /^(?:data|javascript|vbscript|mailto|tel):/i.test(s)) return s;
  try {
    return new URL(s, base).href;
  } catch {
    return s;
  }
}

function absoluteSrcset(v: string, base: string | undefined): string {
  return v
    .split(/,\s+(?=\S)/)
    .map((c) => {
      const [u, ...d] = c.trim().split(/\s+/);
      return [absolute(u ?? '', base), ...d].join(' ');
    })
    .join(', ');
}

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src.trim());
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt|#39));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(v: string): string {
  return v.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return NAMED[(name ?? '').toLowerCase()] ?? m;
  });
}

/**
 * An <img> built from the text of one `<img ...>` tag, attribute by
 * attribute: the tag is page text, so it is not handed to an HTML parser.
 */
function imageFromTag(tag: string, doc: Document): HTMLImageElement {
  const img = doc.createElement('img');
  const attrs = tag.replace(/^<img\b/i, '').replace(/\/?>$/, '');
  for (const m of attrs.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    try {
      if (!img.hasAttribute(name)) img.setAttribute(name, value);
    } catch {
      // Not a valid attribute name: the browser's parser would not have kept it either.
    }
  }
  return img;
}

/** An <img> from the HTML inside a <noscript> (jsdom and browsers keep it as text when scripting is on). */
function noscriptImage(ns: Element, doc: Document): HTMLImageElement | null {
  const m = /<img\b[^>]*>/i.exec(ns.textContent ?? '');
  if (!m) return ns.querySelector('img');
  return imageFromTag(m[0], doc);
}

/**
 * <noscript> image fallbacks: replace a placeholder image next to them, or
 * stand in for a missing one. Run before Readability, which drops noscript.
 */
export function unwrapNoscriptImages(root: Element): void {
  const doc = root.ownerDocument;
  for (const ns of Array.from(root.getElementsByTagName('noscript'))) {
    const img = noscriptImage(ns, doc);
    if (!img || !img.getAttribute('src')) {
      ns.remove();
      continue;
    }
    const prev = ns.previousElementSibling;
    const outside = Array.from(ns.parentElement?.getElementsByTagName('img') ?? []).find((i) => !ns.contains(i));
    const sibling = prev?.tagName === 'IMG' ? prev : outside;
    if (sibling && sibling !== img && isPlaceholder(sibling.getAttribute('src'))) {
      sibling.replaceWith(img);
      ns.remove();
    } else if (!sibling) {
      ns.replaceWith(img);
    } else {
      ns.remove();
    }
  }
}

export function fixMedia(root: Element, baseUrl: string | undefined): void {
  unwrapNoscriptImages(root);
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (isPlaceholder(src)) {
      const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholder(v));
      if (lazy) img.setAttribute('src', lazy);
    }
    const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find((v) => v && v.trim());
    if (lazySet && (!img.getAttribute('srcset') || isPlaceholder(img.getAttribute('srcset')))) img.setAttribute('srcset', lazySet);
    if (isPlaceholder(img.getAttribute('src'))) {
      // Fall back on the first candidate of the srcset.
      const first = img.getAttribute('srcset')?.trim().split(/\s+/)[0];
      if (first && !isPlaceholder(first)) img.setAttribute('src', first);
    }
    const s = img.getAttribute('src');
    if (s) img.setAttribute('src', absolute(s, baseUrl));
    const ss = img.getAttribute('srcset');
    if (ss) img.setAttribute('srcset', absoluteSrcset(ss, baseUrl));
  }
  for (const source of Array.from(root.querySelectorAll('picture > source'))) source.remove();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    a.setAttribute('href', absolute(a.getAttribute('href') ?? '', baseUrl));
  }
}
