import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { createMenu, handleCommand, handleMenuClick, SAVE_COMMAND } from '@/utils/platform/commands';
import { answerOverlay } from '@/utils/platform/overlay';
import { followKnown } from '@/utils/platform/known-cache';
import { forgetTab } from '@/utils/platform/handoff';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '@/utils/platform/protocol';
import { followToolbarOption, onToolbarClick, openOtherView, OTHER_VIEW_COMMAND, toolbarAction } from '@/utils/platform/toolbar';

async function onCommand(command: string, tab?: { id?: number }): Promise<unknown> {
  if (command === SAVE_COMMAND) return handleCommand(command, tab);
  if (command === OTHER_VIEW_COMMAND) return openOtherView(tab);
  return undefined;
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(String(info.menuItemId), tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  toolbarAction().onClicked.addListener(onToolbarClick);
  // The polyfill's way to answer: return a promise for the reply, or undefined to leave the message alone.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => answerOverlay(message, sender));
  followToolbarOption();
  followKnown();
  // A reader tab keeps its article for its reloads (handoff.ts) until it closes.
  // Nothing kept, or storage gone: nothing to free.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));

  // Test builds only (E2E=1): the handlers the browser calls, for tests that cannot click a context menu.
  // Release builds drop this block at build time.
  if (import.meta.env.SIFT_TEST_HOOKS) {
    const hooks: TestHooks = { command: onCommand, menuClick: handleMenuClick };
    (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = hooks;
  }
});
