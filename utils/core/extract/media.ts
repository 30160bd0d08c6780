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

/** An <img> from the HTML inside a <noscript> (jsdom and browsers keep it as text when scripting is on). */
function noscriptImage(ns: Element, doc: Document): HTMLImageElement | null {
  const m = /<img\b[^>]*>/i.exec(ns.textContent || ns.innerHTML || '');
  if (!m) return ns.querySelector('img');
  const holder = doc.createElement('div');
  holder.innerHTML = m[0];
  return holder.querySelector('img');
}

/** <noscript> image fallbacks: replace a placeholder image next to them, or stand in for a missing one. Run before Readability, which drops noscript. */
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
