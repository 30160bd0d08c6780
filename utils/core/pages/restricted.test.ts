import { describe, expect, it } from 'vitest';
import { restrictedReason } from './restricted';
import { siteKey } from './site';

describe('restrictedReason', () => {
  it('lets ordinary article pages through', () => {
    expect(restrictedReason('https://euobserver.com/world/153959')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8080/a.html')).toBeNull();
  });
  it('names browser pages, stores, files and PDFs', () => {
    expect(restrictedReason('chrome://settings')).toBe('browser-page');
    expect(restrictedReason('about:addons')).toBe('browser-page');
    expect(restrictedReason('view-source:https://example.com/')).toBe('browser-page');
    expect(restrictedReason('https://chromewebstore.google.com/detail/x/abc')).toBe('store');
    expect(restrictedReason('https://chrome.google.com/webstore/detail/x')).toBe('store');
    expect(restrictedReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(restrictedReason('file:///home/me/a.html')).toBe('file');
    expect(restrictedReason('https://example.com/report.PDF')).toBe('pdf');
    expect(restrictedReason(undefined)).toBe('no-url');
  });
  it('does not treat a page that only mentions a store as a store', () => {
    expect(restrictedReason('https://news.example/addons.mozilla.org-review')).toBeNull();
    expect(restrictedReason('https://google.com/webstore')).toBeNull();
  });
});

describe('siteKey', () => {
  it('groups a site with and without www', () => {
    expect(siteKey('https://www.example.com/a')).toBe(siteKey('https://example.com/b'));
  });
});

import { reasonFromInjectionError } from './restricted';

describe('reasonFromInjectionError', () => {
  it('reads the browser’s scripting errors', () => {
    expect(reasonFromInjectionError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.')).toBe('store');
    expect(
      reasonFromInjectionError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toBe('no-url');
    expect(reasonFromInjectionError('Missing host permission for the tab')).toBe('no-url');
    expect(reasonFromInjectionError('Frame with ID 0 was removed.')).toBeNull();
  });
});
