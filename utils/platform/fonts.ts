/**
 * Sift's bundled fonts, added to a document only when the reader chooses one.
 * FontFace objects (not @font-face rules) because the reader over the page
 * lives in a shadow root, where @font-face is ignored: faces added to the
 * document's FontFaceSet serve its shadow trees too. Over a web page the files
 * come from the extension by its web-accessible URL (a per-session URL in
 * Chromium, so pages cannot probe for Sift). The browser fetches a face the
 * first time text needs it, and only the subsets the text uses.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_FONTS, type BundledFont } from '../core/settings/fonts';

const added = new WeakMap<Document, Set<BundledFont>>();

/** Adds the faces of `font` to `doc` (once); resolves when the ones the page uses have loaded, or failed. */
export function addBundledFont(font: BundledFont, doc: Document = document): Promise<void> {
  let done = added.get(doc);
  if (!done) added.set(doc, (done = new Set()));
  if (!done.has(font)) {
    done.add(font);
    const { family, faces } = BUNDLED_FONTS[font];
    for (const f of faces) {
      const url = browser.runtime.getURL(`/fonts/${f.file}` as '/');
      doc.fonts.add(
        new FontFace(family, `url("${url}") format("woff2")`, { weight: String(f.weight), unicodeRange: f.unicodeRange, display: 'swap' }),
      );
    }
  }
  // A face that failed to load leaves the text in the fallback font; nothing else to do.
  return doc.fonts.ready.then(() => undefined);
}
