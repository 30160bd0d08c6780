import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// E2E=1 builds a copy for the Firefox end-to-end test only: Firefox offers no way for
// a test to grant activeTab (no triggerAction over WebDriver BiDi), so that copy gets
// host access to the local test server. Release builds never carry it.
const e2e = process.env.E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}' + (e2e ? '-e2e' : ''),
  vite: () => ({ plugins: [preact()] }),
  manifest: () => ({
    name: 'Sift',
    description:
      'A clean view of news articles, with a summary, key facts (dates, casualties, troop numbers) and a reading list.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    ...(e2e && { host_permissions: ['http://127.0.0.1/*'] }),
    action: { default_title: 'Sift: clean view (Alt+Shift+V)' },
    commands: {
      // Alt+Shift+R was the first choice, but Chromium 156 leaves it unassigned
      // (taken by the browser), so a fresh install would have no shortcut at all.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open the clean view of this page',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this article to the Sift reading list',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'sift@sift-reader.org',
        strict_min_version: '140.0',
        // Sift sends nothing anywhere: addons.mozilla.org asks every new add-on to say so.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
