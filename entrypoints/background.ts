import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { createMenu, handleCommand, handleMenuClick } from '@/utils/platform/commands';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '@/utils/platform/protocol';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(String(info.menuItemId), tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  // Test builds only (E2E=1): the handlers the browser calls, for tests that cannot click a context menu.
  // Release builds drop this block at build time.
  if (import.meta.env.SIFT_TEST_HOOKS) {
    const hooks: TestHooks = { command: handleCommand, menuClick: handleMenuClick };
    (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = hooks;
  }
});
