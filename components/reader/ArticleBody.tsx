import { useEffect, useRef } from 'preact/hooks';
import { textDir } from '@/utils/core/article/format';
import type { Ref } from 'preact';
import { removableBlocks } from '@/utils/core/view/blocks';
import { t } from '@/utils/platform/i18n';

interface Props {
  /** Sanitised HTML (see utils/core/view/prepare.ts): the only page content an extension page renders. */
  html: string;
  lang: string | null;
  dir: string | null;
  bodyRef: Ref<HTMLDivElement>;
  /** When set, blocks become buttons that remove themselves. */
  onRemoveBlock?: (block: Element) => void;
}

/**
 * The article body. Links open in a new tab (set by the extractor and kept by
 * the sanitiser); in "remove blocks" mode every block can be removed with a
 * click or Enter/Space.
 */
export function ArticleBody({ html, lang, dir, bodyRef, onRemoveBlock }: Props) {
  const local = useRef<HTMLDivElement | null>(null);

  // A link with nothing to read (an image without alt text, or none left with images off) gets its address as its name.
  useEffect(() => {
    if (local.current) nameEmptyLinks(local.current);
  }, [html]);

  useEffect(() => {
    const root = local.current;
    if (!root || !onRemoveBlock) return;
    const blocks = removableBlocks(root);
    for (const b of blocks) {
      b.setAttribute('tabindex', '0');
      b.setAttribute('role', 'button');
      const words = (b.textContent ?? '').trim().split(/\s+/).slice(0, 8).join(' ');
      b.setAttribute('aria-label', t('removeBlock', words || b.tagName.toLowerCase()));
      b.classList.add('removable');
    }
    const activate = (e: Event) => {
      const block = blocks.find((b) => b === e.target || b.contains(e.target as Node));
      if (!block) return;
      if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onRemoveBlock(block);
    };
    root.addEventListener('click', activate);
    root.addEventListener('keydown', activate);
    return () => {
      root.removeEventListener('click', activate);
      root.removeEventListener('keydown', activate);
      for (const b of blocks) {
        b.removeAttribute('tabindex');
        b.removeAttribute('role');
        b.removeAttribute('aria-label');
        b.classList.remove('removable');
      }
    };
  }, [html, onRemoveBlock]);

  return (
    <div
      class={'article-body' + (onRemoveBlock ? ' removing' : '')}
      data-testid="article-body"
      lang={lang ?? undefined}
      dir={textDir(dir)}
      ref={(el) => {
        local.current = el;
        if (typeof bodyRef === 'function') bodyRef(el);
        else if (bodyRef) bodyRef.current = el;
      }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** Links whose content gives no accessible name are named after where they go: "Link: example.org/path". */
export function nameEmptyLinks(root: Element): void {
  for (const a of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (a.hasAttribute('aria-label') || a.textContent?.trim() || a.querySelector('img[alt]:not([alt=""]), [aria-label]')) continue;
    let where = a.getAttribute('href') ?? '';
    try {
      const u = new URL(where, a.baseURI);
      where = (u.host + u.pathname).replace(/\/$/, '') || u.href;
    } catch {
      // Not a URL the browser can read: its text is the best there is.
    }
    a.setAttribute('aria-label', t('linkTo', where));
  }
}
