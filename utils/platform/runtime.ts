/** Facts about the extension's own runtime that the UI needs. */
import { browser } from 'wxt/browser';

/** The address of one of Sift's pages. */
export function extensionUrl(path: '/list.html' | '/options.html' | '/reader.html'): string {
  return browser.runtime.getURL(path);
}

/** Firefox, where some options (shortcuts, on-device AI) work differently. */
export function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

/** The id of the tab this page is in, or null (a popup, or no tab). */
export async function currentTabId(): Promise<number | null> {
  try {
    return (await browser.tabs.getCurrent())?.id ?? null;
  } catch {
    return null;
  }
}
