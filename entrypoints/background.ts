import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { articleFromTab } from '@/utils/platform/tabs';
import { saveToLibrary, type SaveOutcome } from '@/utils/platform/save';
import { failureMessage } from '@/utils/core/pages/failures';

const SAVE_COMMAND = 'save-article';
const SAVE_MENU = 'sift-save';

/** The toolbar action: `action` in MV3, `browser_action` in Firefox's MV2 build. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

async function confirm(tabId: number, outcome: SaveOutcome): Promise<void> {
  const ui = toolbar();
  await ui.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#146c2e' : '#b3261e' });
  await ui.setBadgeText({ tabId, text: outcome.ok ? '✓' : '!' });
  await ui.setTitle({
    tabId,
    title: outcome.ok ? `Sift: ${outcome.updated ? 'updated in' : 'saved to'} your reading list` : `Sift: not saved. ${outcome.message}`,
  });
  setTimeout(() => ui.setBadgeText({ tabId, text: '' }).catch(() => {}), 4000);
}

/**
 * Save the article in `tabId` to the reading list: the shortcut and the
 * context-menu entry both grant activeTab for that tab, then land here.
 */
export async function saveTab(tabId: number): Promise<SaveOutcome> {
  const r = await articleFromTab(tabId, { force: true, applyRemovedBlocks: true });
  const outcome: SaveOutcome = r.ok ? await saveToLibrary(r.article) : { ok: false, message: failureMessage(r.failure).detail };
  await confirm(tabId, outcome).catch(() => {});
  return outcome;
}

export async function handleCommand(command: string, tab?: { id?: number }): Promise<SaveOutcome | undefined> {
  if (command !== SAVE_COMMAND) return undefined;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { ok: false, message: 'No tab to save.' };
  return saveTab(tabId);
}

export default defineBackground(() => {
  // Exposed so end-to-end tests can run the command's handler directly (see tests/e2e).
  (globalThis as Record<string, unknown>).__handleCommand = handleCommand;

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU, title: 'Save to Sift reading list', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU && tab?.id !== undefined) void saveTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab);
  });
});
