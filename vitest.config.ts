import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit beside the code they check (utils/**, components/**).
// Real-browser tests live in tests/e2e and run through vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['utils/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The fake browser's i18n, in English (tests/support/i18n-setup.ts).
    setupFiles: ['tests/support/i18n-setup.ts'],
    // CI runs on a shared 2-core host where jsdom-heavy files run side by side;
    // 5 s (the default) failed a correct test there. A hang still fails.
    testTimeout: 30_000,
  },
});
