import { blockFingerprint } from '../extract/fingerprint';
import { sanitizeArticleHtml } from '../extract/sanitize';
import { dropBlocks } from './blocks';

export interface PrepareOptions {
  window: Window & typeof globalThis;
  loadImages: boolean;
  removedBlocks?: readonly string[];
  /** The HTML was sanitised a moment ago in this same world (the reader over the page's first paint): not again. */
  sanitised?: boolean;
  /** What stands for an image with "Load images" off, in the interface's language (English by default). */
  imageLabel?: (alt: string) => string;
}

/**
 * The HTML an extension page renders: sanitised again on this side (the
 * content script's answer is never trusted as-is), without images when the
 * reader turned them off (so the view makes no request at all), and without
 * the blocks removed on this site.
 */
export function prepareViewHtml(html: string, options: PrepareOptions): string {
  const needsDom = !options.loadImages || (options.removedBlocks?.length ?? 0) > 0;
  if (!needsDom) return sanitizeArticleHtml(html, options.window);
  return prepareViewElement(html, options).innerHTML;
}

/**
 * The same, as a <div> holding the article's blocks, to append as it is: the
 * reader over the page paints it before its UI has loaded.
 */
export function prepareViewElement(html: string, options: PrepareOptions): HTMLDivElement {
  const doc = options.window.document;
  const tpl = doc.createElement('template');
  tpl.innerHTML = options.sanitised ? html : sanitizeArticleHtml(html, options.window);
  const root = tpl.content;
  if (!options.loadImages) {
    for (const el of Array.from(root.querySelectorAll('img, picture, source, video, audio'))) {
      const alt = el.getAttribute('alt');
      if (el.tagName === 'IMG' && alt) {
        const span = doc.createElement('span');
        span.className = 'image-off';
        span.textContent = options.imageLabel ? options.imageLabel(alt) : `[Image: ${alt}]`;
        el.replaceWith(span);
      } else {
        el.remove();
      }
    }
  }
  const wrapper = doc.createElement('div');
  wrapper.append(root);
  if (options.removedBlocks?.length) dropBlocks(wrapper, options.removedBlocks, blockFingerprint);
  return wrapper;
}
