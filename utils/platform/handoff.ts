/**
 * "Open in reader tab" hands the popup's finished article to the tab it opens
 * (through storage.session: memory only, this browser session only), so the
 * tab shows at once exactly what the popup showed, without extracting again.
 * Taken once. The reader tab then keeps its article under its own tab id, so a
 * reload shows the same article even when the source tab is closed or has
 * moved on; the background lets it go when the tab closes.
 */
import { browser } from 'wxt/browser';
import type { Article } from '../core/article/types';
import { parseHandoff, parseKeptArticle, PROTOCOL_VERSION, type Handoff, type KeptArticle } from './protocol';

/** Older than this, a handoff is not used (the page may have moved on). */
export const HANDOFF_MAX_AGE_MS = 30_000;

const keyFor = (tabId: number) => `handoff:${tabId}`;

/** Leaves the article for the reader tab of `tabId`; false when storage refused (the tab then extracts). */
export async function handOff(tabId: number, article: Article, selection: string, now = Date.now()): Promise<boolean> {
  const handoff: Handoff = { v: PROTOCOL_VERSION, article, selection, at: now };
  try {
    await browser.storage.session.set({ [keyFor(tabId)]: handoff });
    return true;
  } catch {
    return false;
  }
}

/** The article left for `tabId`'s reader tab, removed as it is read; null when there is none, it is stale or malformed. */
export async function takeHandoff(tabId: number, now = Date.now()): Promise<Handoff | null> {
  const key = keyFor(tabId);
  try {
    const stored: unknown = (await browser.storage.session.get(key))[key];
    if (stored !== undefined) await browser.storage.session.remove(key);
    const got = parseHandoff(stored);
    return got && now - got.at <= HANDOFF_MAX_AGE_MS ? got : null;
  } catch {
    return null;
  }
}

const keptKey = (readerTabId: number) => `kept:${readerTabId}`;

/** Keeps the article a reader tab shows, for its reloads; false when storage refused (a reload then reads it from the page again). */
export async function keepForTab(readerTabId: number, article: Article, selection: string, now = Date.now()): Promise<boolean> {
  const kept: KeptArticle = { v: PROTOCOL_VERSION, article, selection, at: now };
  try {
    await browser.storage.session.set({ [keptKey(readerTabId)]: kept });
    return true;
  } catch {
    return false;
  }
}

/** The article this reader tab kept, or null (none, another version's, or damaged). */
export async function keptFor(readerTabId: number): Promise<KeptArticle | null> {
  const key = keptKey(readerTabId);
  try {
    return parseKeptArticle((await browser.storage.session.get(key))[key]);
  } catch {
    return null;
  }
}

/** A tab closed: what was kept or handed over for it goes. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([keptKey(tabId), keyFor(tabId)]);
}
