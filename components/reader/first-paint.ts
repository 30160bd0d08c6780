/**
 * The article painted with plain DOM calls, before any UI code has run: the
 * reader over the page shows it this way a frame or two before its toolbar
 * and panels arrive. The markup is the view's own (same classes), so nothing
 * moves when the UI takes over.
 */
import { formatPublished, formatReadingTime, isoDay, textDir } from '@/utils/core/article/format';
import type { Article } from '@/utils/core/article/types';
import { prepareViewElement } from '@/utils/core/view/prepare';
import { t, uiDir, uiLocale } from '@/utils/platform/i18n';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** `article.html` must have been sanitised just now, in this world (the view sanitises it again when its UI takes over). */
export function paintArticle(
  into: HTMLElement,
  surface: string,
  article: Article,
  options: { loadImages: boolean; removedBlocks: string[] },
): void {
  const reader = el('div', `reader reader-${surface}`);
  reader.lang = uiLocale();
  reader.dir = uiDir();
  // The toolbar's place, kept so the article does not move when the toolbar comes.
  const bar = el('div', 'toolbar toolbar-placeholder');
  bar.setAttribute('aria-hidden', 'true');
  const layout = el('div', 'layout');
  const art = el('article', 'article');
  art.setAttribute('aria-label', t('article'));
  if (article.lang) art.lang = article.lang;
  const header = el('header', 'article-header');
  const h1 = el('h1', '', article.title);
  const dir = textDir(article.dir);
  if (dir) h1.dir = dir;
  const byline = el('p', 'byline muted');
  if (article.siteName) byline.append(el('span', '', article.siteName));
  if (article.byline) byline.append(el('span', '', article.byline));
  const day = isoDay(article.published);
  const published = formatPublished(article.published, article.lang);
  if (day && published) {
    const time = el('time', '', published);
    time.dateTime = day;
    byline.append(time);
  }
  const label = el('span', 'visually-hidden', `${t('readingTime')} `);
  label.lang = uiLocale();
  const minutes = el('span', '');
  minutes.append(label, formatReadingTime(article.readingMinutes, article.lang));
  byline.append(minutes);
  header.append(h1, byline);
  const body = prepareViewElement(article.html, {
    window,
    loadImages: options.loadImages,
    removedBlocks: options.removedBlocks,
    sanitised: true,
    imageLabel: (alt) => t('imageOff', alt),
  });
  body.className = 'article-body';
  if (dir) body.dir = dir;
  art.append(header, body);
  layout.append(art);
  reader.append(bar, el('main', ''));
  reader.lastElementChild?.append(layout);
  into.replaceChildren(reader);
}
