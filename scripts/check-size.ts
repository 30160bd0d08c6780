/** Fails when a bundle of the Chrome build passes its budget (run after `wxt build`). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUDGETS_KB, measureBundle, overBudget } from './lib/bundle-size';

const out = resolve(import.meta.dirname, '../.output/chrome-mv3');
if (!existsSync(out)) {
  console.error('No build at .output/chrome-mv3: run `npx wxt build` first.');
  process.exit(1);
}
const s = measureBundle(out);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `bundle sizes (gzipped): content script ${kb(s.contentScript)} / ${BUDGETS_KB.contentScript} KB, save script ${kb(s.saveScript)} / ${BUDGETS_KB.contentScript} KB, reader over the page ${kb(s.overlayScript)} / ${BUDGETS_KB.overlayScript} KB, popup JS ${kb(s.popupJs)} / ${BUDGETS_KB.popupJs} KB, background ${kb(s.background)}, analysis chunk ${kb(s.analysis)} / ${BUDGETS_KB.analysis} KB, zip ${kb(s.zip)} (fonts ${kb(s.fonts)} / ${BUDGETS_KB.fonts} KB, the rest / ${BUDGETS_KB.zip} KB)`,
);
const over = overBudget(s);
if (over.length) {
  console.error(`over budget: ${over.join('; ')}`);
  process.exit(1);
}
