/**
 * The service worker keeps the options and removed blocks in memory, read at
 * its start and kept current through storage's change events, so a click on
 * the reader over the page can hand them over with the injection.
 */
import type { Settings } from '../core/settings/settings';
import { siteKey } from '../core/pages/site';
import { PROTOCOL_VERSION, type OverlayKnown } from './protocol';
import { loadSettings, removedBlocksItem, settingsItem, type RemovedBlocks } from './storage';
import { normalizeSettings } from '../core/settings/settings';

let settings: Settings | null = null;
let removed: RemovedBlocks | null = null;

export function followKnown(): void {
  // Not read: the reader over the page then reads storage itself.
  void loadSettings()
    .then((s) => (settings = s))
    .catch(() => undefined);
  void removedBlocksItem
    .getValue()
    .then((r) => (removed = r))
    .catch(() => undefined); // as above
  settingsItem.watch((s) => (settings = normalizeSettings(s)));
  removedBlocksItem.watch((r) => (removed = r ?? {}));
}

/** What the reader over the page of `url` needs before it paints, or null while it is not known here. */
export function knownFor(url: string | undefined): OverlayKnown | null {
  if (!settings || !removed) return null;
  const site = url ? siteKey(url) : '';
  return { v: PROTOCOL_VERSION, settings, removedBlocks: site && removed[site] ? { [site]: removed[site] } : {} };
}
