/**
 * What the service worker does for the save shortcut and the context-menu
 * entry: both grant activeTab for their tab, then save its article (the way
 * the Save button does, save.ts) and confirm on the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { failureMessage } from '../core/pages/failures';
import { say, t } from './i18n';
import { saveArticle, type SaveOutcome } from './save';
import { articleFromTab } from './tabs';
import { loadSettings } from './storage';

export const SAVE_COMMAND = 'save-article';
export const SAVE_MENU = 'sift-save';

async function confirm(tabId: number, outcome: SaveOutcome): Promise<void> {
  const ui = browser.action ?? browser.browserAction;
  await ui.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#146c2e' : '#b3261e' });
  await ui.setBadgeText({ tabId, text: outcome.ok ? '✓' : '!' });
  await ui.setTitle({
    tabId,
    title: outcome.ok ? t(outcome.updated ? 'badgeUpdated' : 'badgeSaved') : t('badgeNotSaved', outcome.message),
  });
  setTimeout(() => {
    // The tab may be closed by now: then there is no badge left to clear.
    ui.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  }, 4000);
}

/** The address a tab shows, or null when it cannot be read. */
async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/** Saves the article in `tabId` to the reading list, and says so on the badge. */
export async function saveTab(tabId: number): Promise<SaveOutcome> {
  // The page leaves out the removed blocks (inject-save.ts), as the Save button's view does.
  const [r, pageUrl, settings] = await Promise.all([
    articleFromTab(tabId, { force: true, applyRemovedBlocks: true }),
    tabUrl(tabId),
    loadSettings(),
  ]);
  const outcome: SaveOutcome = r.ok
    ? await saveArticle(r.article, { pageUrl, summaryLength: settings.summaryLength })
    : { ok: false, message: say(failureMessage(r.failure).detail) };
  // A closed tab has no badge: the outcome is still returned, and the save itself is done.
  await confirm(tabId, outcome).catch(() => undefined);
  return outcome;
}

export async function handleCommand(command: string, tab?: { id?: number }): Promise<SaveOutcome | undefined> {
  if (command !== SAVE_COMMAND) return undefined;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { ok: false, message: t('noTabToSave') };
  return saveTab(tabId);
}

export async function handleMenuClick(menuItemId: string, tab?: { id?: number }): Promise<SaveOutcome | undefined> {
  if (menuItemId !== SAVE_MENU || tab?.id === undefined) return undefined;
  return saveTab(tab.id);
}

export function createMenu(): void {
  browser.contextMenus.create({ id: SAVE_MENU, title: t('menuSave'), contexts: ['page'] });
}
