import { message, type Message } from '../i18n/messages';

/**
 * Pages where browsers do not let extensions run scripts. Knowing them up
 * front gives the reader a clear message instead of a scripting error.
 */
const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
];

const STORE_PAGES: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

export type RestrictedReason = 'browser-page' | 'store' | 'file' | 'pdf' | 'no-url';

/** Why Sift cannot read `url`, or null when it may try. */
export function restrictedReason(url: string | undefined | null): RestrictedReason | null {
  if (!url) return 'no-url';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (RESTRICTED_SCHEMES.includes(u.protocol)) return 'browser-page';
  if (u.protocol === 'file:') return 'file';
  if (STORE_PAGES.some(([host, path]) => u.hostname === host && u.pathname.startsWith(path))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  return null;
}

/**
 * Why Sift cannot read the page, as a message (utils/core/i18n). After the
 * click that grants access, "no access" is a page the browser withholds.
 */
export function restrictedMessage(reason: RestrictedReason, justClicked = false): Message {
  switch (reason) {
    case 'browser-page':
      return message('restrictedBrowserPage');
    case 'store':
      return message('restrictedStore');
    case 'file':
      return message('restrictedFile');
    case 'pdf':
      return message('restrictedPdf');
    case 'no-url':
      return message(justClicked ? 'restrictedWithheld' : 'restrictedNoUrl');
  }
}

/**
 * Without the `tabs` permission a tab's URL is hidden until activeTab is
 * granted, so a restricted page is often only known from the error the
 * browser gives when Sift tries to run there.
 */
export function reasonFromInjectionError(message: string): RestrictedReason | null {
  const m = message.toLowerCase();
  if (/extensions gallery|web store|webstore|addons\.mozilla/.test(m)) return 'store';
  if (/(chrome|edge|about|view-source|devtools|chrome-extension|moz-extension|resource):/.test(m)) return 'browser-page';
  if (/file:|file url/.test(m)) return 'file';
  if (/missing host permission|cannot access contents of the page|must request permission/.test(m)) return 'no-url';
  return null;
}
