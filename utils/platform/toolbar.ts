/**
 * What the toolbar button opens, from the reader's option: the popup (the
 * manifest's default), or the reader over the page, for which the popup is
 * turned off so the click reaches the service worker. The second shortcut
 * opens the other one.
 */
import { browser } from 'wxt/browser';
import type { ToolbarView } from '../core/settings/settings';
import { loadSettings, settingsItem } from './storage';
import { toggleOverlay } from './overlay';

export const OTHER_VIEW_COMMAND = 'open-other-view';
const POPUP = 'popup.html';

/** The toolbar action: `action` in MV3, `browser_action` in Firefox's MV2 build. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

async function apply(view: ToolbarView): Promise<void> {
  await toolbarAction().setPopup({ popup: view === 'overlay' ? '' : POPUP });
}

/** Follows the option now and whenever it changes (the service worker starts with every event). */
export function followToolbarOption(): void {
  // An unreadable option leaves the manifest's default (the popup) in place.
  void loadSettings()
    .then((s) => apply(s.toolbar))
    .catch(() => undefined);
  settingsItem.watch((s) => {
    // As above: the button keeps what it did before.
    void apply(s?.toolbar === 'overlay' ? 'overlay' : 'popup').catch(() => undefined);
  });
}

/** The toolbar click when the popup is off: the reader over the page. */
export function onToolbarClick(tab: { id?: number; url?: string }): void {
  if (tab.id !== undefined) void toggleOverlay(tab.id, tab.url);
}

/** The second shortcut: whichever view the toolbar does not open. */
export async function openOtherView(tab?: { id?: number; url?: string }): Promise<void> {
  const { toolbar } = await loadSettings();
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (toolbar === 'popup') {
    if (tabId !== undefined) await toggleOverlay(tabId, tab?.url);
    return;
  }
  // The popup is off while the toolbar opens the view over the page: on for this one opening.
  const ui = toolbarAction();
  await ui.setPopup({ popup: POPUP });
  try {
    await ui.openPopup();
  } finally {
    await ui.setPopup({ popup: '' });
  }
}
