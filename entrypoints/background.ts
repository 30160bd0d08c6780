import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { createMenu, handleCommand, handleMenuClick } from '@/utils/platform/commands';
import { forgetTab } from '@/utils/platform/handoff';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '@/utils/platform/protocol';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(String(info.menuItemId), tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  // A reader tab keeps its article for its reloads (handoff.ts) until it closes.
  // Nothing kept, or storage gone: nothing to free.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));

  // Test builds only (E2E=1): the handlers the browser calls, for tests that cannot click a context menu.
  // Release builds drop this block at build time.
  if (import.meta.env.SIFT_TEST_HOOKS) {
    const hooks: TestHooks = { command: handleCommand, menuClick: handleMenuClick };
    (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = hooks;
  }
});
