/**
 * The options and removed blocks, read straight from storage by the reader
 * over the page while it extracts: the first paint is then in the reader's
 * theme and sizes, and without the blocks they removed. The keys are the
 * storage items' own (storage.ts); a record of another version is read with
 * the defaults, and the UI's own reading (which migrates) follows at once.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../core/settings/settings';
import { isRecord, isStringArray } from '../core/shape';
import type { RemovedBlocks } from './storage';
import { takeOverlayKnown } from './protocol';

const SETTINGS_VERSION = 2;

export async function readKnown(): Promise<{ settings: Settings; removedBlocks: RemovedBlocks }> {
  const handed = takeOverlayKnown(globalThis);
  if (handed) return { settings: handed.settings, removedBlocks: handed.removedBlocks };
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(['settings', 'settings$']),
    browser.storage.local.get('removedBlocks'),
  ]);
  const meta = sync['settings$'];
  const current = isRecord(meta) && meta.v === SETTINGS_VERSION;
  const settings = current ? normalizeSettings(sync.settings) : DEFAULT_SETTINGS;
  const raw = local.removedBlocks;
  const removedBlocks: RemovedBlocks = {};
  if (isRecord(raw)) for (const [site, list] of Object.entries(raw)) if (isStringArray(list)) removedBlocks[site] = list;
  return { settings, removedBlocks };
}
