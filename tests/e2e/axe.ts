/** axe-core in a page of a real browser: the serious and critical violations, readable. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './chromium';

const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe-core in the page; returns the serious and critical violations, readable. */
export async function axe(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) {
    // addScriptTag inlines the file, which the extension CSP (script-src 'self') refuses; evaluate is not subject to it.
    // Refused under the CSP: the evaluate below is the way in.
    await page.addScriptTag({ path: AXE }).catch(() => undefined);
    if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined'))) {
      await page.evaluate(readFileSync(AXE, 'utf8'));
    }
  }
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join('\n'),
    );
}
