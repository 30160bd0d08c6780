import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from './fonts';

const require = createRequire(import.meta.url);

describe('bundled fonts', () => {
  it('come from their npm packages, under the OFL, small enough for the package budget', () => {
    let bytes = 0;
    for (const { faces } of Object.values(BUNDLED_FONTS))
      for (const f of faces) {
        const path = require.resolve(f.source);
        expect(existsSync(path), f.source).toBe(true);
        expect(f.file).toMatch(/^[a-z0-9-]+\.woff2$/);
        bytes += statSync(path).size;
      }
    // woff2 does not compress: this is what the zip grows by.
    expect(bytes).toBeLessThan(200_000);
  });
});
