/**
 * launchSift (tests/e2e/chromium.ts) on a private copy of the built extension.
 * The long suites of issue 7 run for minutes; a `wxt build` started meanwhile
 * (another job in the same checkout) empties .output/chrome-mv3 and would turn
 * every later page load into ERR_FILE_NOT_FOUND. Same browser flags as launchSift.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, EXTENSION, type Sift } from '../e2e/chromium';

export async function launchSiftCopy(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Sift> {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION}: run "npm run build:chrome" first.`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sift-ext-'));
  const ext = join(dir, 'chrome-mv3');
  cpSync(EXTENSION, ext, { recursive: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context,
    worker,
    extensionId,
    cdp,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
