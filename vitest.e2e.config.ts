import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium (playwright-core)
// and Firefox ESR (puppeteer-core over WebDriver BiDi). One file at a time: the
// machine has two cores and each file starts its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
