import type { ExtractFailure } from '../article/types';
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

/** One clear sentence for every way a view can end up without an article. */
export function failureMessage(f: ViewFailure): { title: string; detail: string } {
  switch (f.kind) {
    case 'not-article':
      return {
        title: 'This page doesn’t look like an article',
        detail: 'Sift shows news articles and other long texts. You can still try to clean up this page.',
      };
    case 'too-large':
      return {
        title: 'This page is too large to clean up',
        detail: `It has ${f.elements.toLocaleString('en')} elements; Sift stops at a size that would freeze the page. Select the text you want and choose “Show original selection”.`,
      };
    case 'empty':
      return { title: 'No article text found', detail: 'Sift found nothing to show on this page.' };
    case 'restricted':
      return { title: 'Sift can’t read this page', detail: restrictedMessage(f.reason) };
    case 'timeout':
      return {
        title: 'The page did not answer',
        detail: `It took more than ${f.seconds} seconds. Wait for it to finish loading, then try again.`,
      };
    case 'inject-failed':
      return { title: 'Sift can’t read this page', detail: `The browser did not let Sift run here (${f.message}).` };
    case 'no-tab':
      return { title: 'No page to show', detail: 'Open an article and click the Sift button, or press Alt+Shift+V.' };
    case 'not-saved':
      return { title: 'Not in your reading list', detail: `Nothing is saved for ${f.url}.` };
    case 'not-kept':
      return {
        title: 'This article is no longer open',
        detail: `Sift keeps a reader tab’s article while the tab is open, and in your reading list once it is saved. Open ${f.url} to read it again.`,
      };
    case 'storage':
      return { title: 'The reading list could not be read', detail: f.message };
  }
}

/** What the view says above an article that is only the site's preview (a paywall's teaser). */
export function previewNotice(siteName: string | null): { title: string; detail: string } {
  return {
    title: 'This is the site’s preview',
    detail: `${siteName ?? 'The site'} shows only the start of this article to readers who are not subscribed; Sift shows what the page holds.`,
  };
}
