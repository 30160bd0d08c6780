import { browser } from 'wxt/browser';
import type { Article } from '../core/article/types';

/**
 * "Open in reader tab" hands the popup's finished article to the tab it opens
 * (through storage.session: memory only, this browser session only), so the
 * tab shows at once exactly what the popup showed, without extracting again.
 * Taken once: a reload of the tab extracts from the page afresh.
 */
export interface Handoff {
  article: Article;
  selection: string;
  at: number;
}

/** Older than this, a handoff is not used (the page may have moved on). */
export const HANDOFF_MAX_AGE_MS = 30_000;

const keyFor = (tabId: number) => `handoff:${tabId}`;

/** Leaves the article for the reader tab of `tabId`; false when storage refused (the tab then extracts). */
export async function handOff(tabId: number, article: Article, selection: string, now = Date.now()): Promise<boolean> {
  try {
    await browser.storage.session.set({ [keyFor(tabId)]: { article, selection, at: now } satisfies Handoff });
    return true;
  } catch {
    return false;
  }
}

/** The article left for `tabId`'s reader tab, removed as it is read; null when there is none or it is stale. */
export async function takeHandoff(tabId: number, now = Date.now()): Promise<Handoff | null> {
  const key = keyFor(tabId);
  try {
    const got = (await browser.storage.session.get(key))[key] as Handoff | undefined;
    if (got) await browser.storage.session.remove(key);
    return got && typeof got.at === 'number' && now - got.at <= HANDOFF_MAX_AGE_MS && got.article ? got : null;
  } catch {
    return null;
  }
}
