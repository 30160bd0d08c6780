import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// E2E=1 builds a copy for end-to-end tests only (.output/*-e2e): its service worker
// exposes the command and menu handlers (tests cannot click a context menu), and the
// Firefox copy gets host access to the local test server, since Firefox offers no way
// for a test to grant activeTab (no triggerAction over WebDriver BiDi). Release builds
// carry neither.
const e2e = process.env.E2E === '1';

const TITLE = 'Sift: clean view (Alt+Shift+V)';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}' + (e2e ? '-e2e' : ''),
  vite: () => ({ plugins: [preact()], define: { 'import.meta.env.SIFT_TEST_HOOKS': JSON.stringify(e2e) } }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Sift',
    description: 'A clean view of news articles, with a summary, key facts (dates, casualties, troop numbers) and a reading list.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    ...(e2e && browser === 'firefox' && { host_permissions: ['http://127.0.0.1/*'] }),
    commands: {
      // Alt+Shift+R was the first choice, but Chromium 156 leaves it unassigned
      // (taken by the browser), so a fresh install would have no shortcut at all.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open the clean view of this page',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this article to the Sift reading list',
      },
      'open-other-view': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open the clean view the toolbar button does not (the reader over the page, or the popup)',
      },
    },
    // The strictest policy that still shows article images: no script but Sift's
    // own, no plugins, frames, forms or <base>, and no network requests but images.
    content_security_policy: manifestVersion === 2 ? CSP : { extension_pages: CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sift@sift-reader.org',
          strict_min_version: '140.0',
          // Sift sends nothing anywhere: addons.mozilla.org asks every new add-on to say so.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // Sift injects its content script on demand only; an empty list still reads as "runs on pages".
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
      // WXT takes the popup's <title> as the button's tooltip; name the shortcut there too.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = TITLE;
    },
  },
});

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Article images only (the sanitiser keeps http(s) images and drops data: ones); Sift's pages show no image of their own.
  'img-src http: https:',
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
].join('; ');
