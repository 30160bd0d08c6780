import { render } from 'preact';
// Styles come with the UI chunk: in the page's <head> they would hold back the
// first script, and with it the start of extraction, until they had loaded.
import '@/components/common/theme.css';
import './reader.css';
import { ReaderApp } from './ReaderApp';
import type { Load, Source } from '@/utils/platform/article-source';
import { extensionPageHost } from '@/utils/platform/view-host';
import { prepareViewHtml } from '@/utils/core/view/prepare';
import type { Span } from '@/utils/core/view/view-text';
import { uiDir, uiLocale } from '@/utils/platform/i18n';

/** Renders the clean view into #app (the popup and reader tab load this lazily). */
export function mountReader(props: {
  surface: 'popup' | 'tab';
  source: Source;
  initial?: Promise<Load>;
  forced?: boolean;
  focus?: Span;
}): void {
  const host = extensionPageHost(props.surface, props.source);
  // The page speaks the interface's language; the article says its own (ReaderApp).
  document.documentElement.lang = uiLocale();
  document.documentElement.dir = uiDir();
  render(<ReaderApp host={host} initial={props.initial} forced={props.forced} focus={props.focus} />, document.getElementById('app')!);
  // While the page extracts, run the sanitiser once on a scrap, so its code is
  // compiled before the article arrives (the page's work and ours overlap).
  setTimeout(
    () =>
      prepareViewHtml('<p><a href="https://example.org/">x</a> <img src="https://example.org/x.png" alt=""></p>', {
        window,
        loadImages: true,
      }),
    0,
  );
}
