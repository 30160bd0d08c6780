import type { Settings } from '@/utils/core/settings/settings';

export const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/** Puts the reader options on <html> as a theme attribute ("system" resolved) and CSS variables. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = s.theme === 'system' ? (darkQuery().matches ? 'dark' : 'light') : s.theme;
  root.style.setProperty('--reader-font', s.font === 'sans' ? 'var(--font-sans)' : 'var(--font-serif)');
  root.style.setProperty('--reader-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-width', `${s.lineWidth}ch`);
  root.style.setProperty('--reader-leading', String(s.lineHeight));
}
