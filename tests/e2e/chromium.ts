import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
/** The test build (npm run build:e2e): the release build plus the service worker's TestHooks. */
export const EXTENSION_E2E = resolve(ROOT, '.output/chrome-mv3-e2e');
export const ARTIFACTS = resolve(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Sift {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension (--load-extension, and
 * --enable-unsafe-extension-debugging for CDP's Extensions.* commands; the
 * networking flags keep it off this machine's closed network). It loads a private copy of the build: a
 * `wxt build` started meanwhile empties .output/chrome-mv3, which would break
 * every later page of a long run.
 */
export async function launchSift(
  options: {
    colorScheme?: 'light' | 'dark';
    build?: 'release' | 'e2e';
    /** More unpacked extensions to load beside Sift (benchmarks). */ extra?: string[];
    /** The browser's interface language (--lang; Debian's chromium-l10n has the other languages). */
    lang?: string;
    /** More command-line switches, and the environment (e.g. a speech-dispatcher of the test's own). */
    args?: string[];
    env?: Record<string, string>;
  } = {},
): Promise<Sift> {
  const build = options.build === 'e2e' ? EXTENSION_E2E : EXTENSION;
  if (!existsSync(resolve(build, 'manifest.json'))) {
    throw new Error(`No built extension at ${build}: run "npm run build" (and "npm run build:e2e") first.`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sift-ext-'));
  const ext = join(dir, 'chrome-mv3');
  cpSync(build, ext, { recursive: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.lang && { locale: options.lang }),
    ...((options.env || options.lang) && { env: { ...process.env, ...(options.lang && { LANGUAGE: options.lang }), ...options.env } }),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.args ?? []),
      `--disable-extensions-except=${[ext, ...(options.extra ?? [])].join(',')}`,
      `--load-extension=${[ext, ...(options.extra ?? [])].join(',')}`,
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

/** The browser's id of the tab showing `page` (visible without the tabs permission). */
export async function tabIdOf(sift: Sift, page: Page): Promise<number> {
  await page.bringToFront();
  return sift.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** A click on Sift's toolbar button for `page` (or another loaded extension's): grants activeTab, as a real click does. */
export async function clickAction(sift: Sift, page: Page, extensionId = sift.extensionId): Promise<void> {
  const { targetInfos } = (await sift.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; url: string }>;
  };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await sift.cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
}

/** The id Chromium gives an unpacked extension loaded from `dir`: the hash of its path, in the letters a to p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A real keyboard shortcut, as Chromium's command system sees it (a raw key event over CDP, not a page event). */
export async function pressShortcut(sift: Sift, page: Page, key: string, code: string, keyCode: number): Promise<void> {
  await page.bringToFront();
  const cdp = await sift.context.newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers: 1 | 8, // Alt | Shift
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
    });
  }
  await cdp.detach();
}

/** Opens an article page, clicks Sift's button for it, and opens the popup for that tab in a page tests can drive. */
export async function openPopupFor(sift: Sift, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await sift.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(sift, page);
  await clickAction(sift, page);
  const popup = await sift.context.newPage();
  await popup.setViewportSize({ width: 640, height: 600 });
  await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
  return { page, popup, tabId };
}

/** Waits until a view has painted its article or its failure message. */
export async function waitForView(view: Page): Promise<'1' | 'failed'> {
  const handle = await view.waitForFunction(() => document.documentElement.dataset.siftReady, undefined, { timeout: 15_000 });
  return (await handle.jsonValue()) as '1' | 'failed';
}
