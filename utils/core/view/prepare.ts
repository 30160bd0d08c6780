import { blockFingerprint } from '../extract/fingerprint';
import { sanitizeArticleHtml } from '../extract/sanitize';
import { dropBlocks } from './blocks';

export interface PrepareOptions {
  window: Window & typeof globalThis;
  loadImages: boolean;
  removedBlocks?: readonly string[];
}

/**
 * The HTML an extension page renders: sanitised again on this side (the
 * content script's answer is never trusted as-is), without images when the
 * reader turned them off (so the view makes no request at all), and without
 * the blocks removed on this site.
 */
export function prepareViewHtml(html: string, options: PrepareOptions): string {
  const clean = sanitizeArticleHtml(html, options.window);
  const needsDom = !options.loadImages || (options.removedBlocks?.length ?? 0) > 0;
  if (!needsDom) return clean;
  const tpl = options.window.document.createElement('template');
  tpl.innerHTML = clean;
  const root = tpl.content;
  if (!options.loadImages) {
    for (const el of Array.from(root.querySelectorAll('img, picture, source, video, audio'))) {
      const alt = el.getAttribute('alt');
      if (el.tagName === 'IMG' && alt) {
        const span = options.window.document.createElement('span');
        span.className = 'image-off';
        span.textContent = `[Image: ${alt}]`;
        el.replaceWith(span);
      } else {
        el.remove();
      }
    }
  }
  const wrapper = options.window.document.createElement('div');
  wrapper.append(root);
  if (options.removedBlocks?.length) dropBlocks(wrapper, options.removedBlocks, blockFingerprint);
  return wrapper.innerHTML;
}
