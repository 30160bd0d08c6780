import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUNDLED_FONTS } from './utils/core/settings/fonts';

const require = createRequire(import.meta.url);

// E2E=1 builds a copy for end-to-end tests only (.output/*-e2e): its service worker
// exposes the command and menu handlers (tests cannot click a context menu), and the
// Firefox copy gets host access to the local test server, since Firefox offers no way
// for a test to grant activeTab (no triggerAction over WebDriver BiDi). Release builds
// carry neither.
const e2e = process.env.E2E === '1';

// The words are in public/_locales (English is the default): the browser shows them in its own language.
const TITLE = '__MSG_actionTitle__';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}' + (e2e ? '-e2e' : ''),
  vite: () => ({ plugins: [preact()], define: { 'import.meta.env.SIFT_TEST_HOOKS': JSON.stringify(e2e) } }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    ...(e2e && browser === 'firefox' && { host_permissions: ['http://127.0.0.1/*'] }),
    commands: {
      // Alt+Shift+R was the first choice, but Chromium 156 leaves it unassigned
      // (taken by the browser), so a fresh install would have no shortcut at all.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_cmdOpen__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSave__',
      },
      'open-other-view': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_cmdOther__',
      },
    },
    // The bundled fonts, for the reader over the page: a shadow root in the web page loads them by the
    // extension's URL. Chromium's is per session (use_dynamic_url), so a page cannot probe whether Sift is
    // installed; Firefox's is per install already.
    web_accessible_resources:
      manifestVersion === 2 ? ['fonts/*.woff2'] : [{ resources: ['fonts/*.woff2'], matches: ['<all_urls>'], use_dynamic_url: true }],
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
    // The fonts come from their npm packages at build time (nothing binary in the repository).
    'build:publicAssets': (_wxt, files) => {
      for (const { faces } of Object.values(BUNDLED_FONTS))
        for (const f of faces) files.push({ absoluteSrc: require.resolve(f.source), relativeDest: `fonts/${f.file}` });
    },
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
