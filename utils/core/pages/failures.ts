import type { ExtractFailure } from '../article/types';
import { message, type Message } from '../i18n/messages';
import { restrictedMessage, type RestrictedReason } from './restricted';

/** Why a tab gave no article, from the extension's side. */
export type TabFailure =
  | ExtractFailure
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'inject-failed'; message: string }
  | { kind: 'timeout'; seconds: number };

export type ViewFailure =
  | TabFailure
  | { kind: 'no-tab' }
  | { kind: 'not-saved'; url: string }
  | { kind: 'not-kept'; url: string }
  | { kind: 'storage'; message: string };

/**
 * One clear sentence for every way a view can end up without an article, as
 * messages for the view to put in the reader's language. `justClicked`: the
 * view was opened by the click that grants Sift the tab (the popup), so "no
 * access" means the browser keeps this page from extensions (a blank or
 * built-in page), not that the reader should click again.
 */
export function failureMessage(f: ViewFailure, justClicked = false): { title: Message; detail: Message } {
  switch (f.kind) {
    case 'not-article':
      return { title: message('failNotArticle'), detail: message('failNotArticleDetail') };
    case 'too-large':
      return { title: message('failTooLarge'), detail: message('failTooLargeDetail', f.elements) };
    case 'empty':
      return { title: message('failEmpty'), detail: message('failEmptyDetail') };
    case 'restricted':
      return { title: message('failRestricted'), detail: restrictedMessage(f.reason, justClicked) };
    case 'timeout':
      return { title: message('failTimeout'), detail: message('failTimeoutDetail', f.seconds) };
    case 'inject-failed':
      return { title: message('failRestricted'), detail: message('failInjectDetail', f.message) };
    case 'no-tab':
      return { title: message('failNoTab'), detail: message('failNoTabDetail') };
    case 'not-saved':
      return { title: message('failNotSaved'), detail: message('failNotSavedDetail', f.url) };
    case 'not-kept':
      return { title: message('failNotKept'), detail: message('failNotKeptDetail', f.url) };
    case 'storage':
      return { title: message('failStorage'), detail: message('failStorageDetail', f.message) };
  }
}

/** What the view says above an article that is only the site's preview (a paywall's teaser). */
export function previewNotice(siteName: string | null): { title: Message; detail: Message } {
  return {
    title: message('previewTitle'),
    detail: siteName ? message('previewDetail', siteName) : message('previewDetailNoSite'),
  };
}
