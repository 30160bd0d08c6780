import type { Settings } from '@/utils/core/settings/settings';
import { isBundledFont } from '@/utils/core/settings/fonts';
import { luminance } from '@/utils/core/settings/contrast';
import { addBundledFont } from '@/utils/platform/fonts';

export const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/**
 * Puts the reader options on <html> (or the host of the reader over the page)
 * as a theme attribute ("system" resolved), the reader's own colours when on,
 * and CSS variables; a bundled font is added to the document when chosen.
 */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = s.theme === 'system' ? (darkQuery().matches ? 'dark' : 'light') : s.theme;
  root.style.setProperty('--reader-font', `var(--font-${s.font})`);
  root.style.setProperty('--reader-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-width', `${s.lineWidth}ch`);
  root.style.setProperty('--reader-leading', String(s.lineHeight));
  root.style.setProperty('--reader-letter', `${s.letterSpacing}em`);
  root.style.setProperty('--reader-word', `${s.wordSpacing}em`);
  root.style.setProperty('--reader-align', s.textAlign === 'justify' ? 'justify' : 'start');
  if (s.colors.on) {
    root.dataset.colors = 'custom';
    root.style.setProperty('--custom-fg', s.colors.text);
    root.style.setProperty('--custom-bg', s.colors.background);
    root.style.setProperty('--custom-link', s.colors.link);
    // Form controls and scrollbars follow the background's lightness.
    root.style.setProperty('color-scheme', luminance(s.colors.background) < 0.18 ? 'dark' : 'light');
  } else {
    delete root.dataset.colors;
    for (const p of ['--custom-fg', '--custom-bg', '--custom-link', 'color-scheme']) root.style.removeProperty(p);
  }
  root.dataset.printPanels = String(s.printPanels);
  // Not awaited: the text shows in the fallback font until the face arrives.
  if (isBundledFont(s.font)) void addBundledFont(s.font, root.ownerDocument);
}
