import { storage } from '#imports';
import { DEFAULT_SETTINGS, migrateV1toV2, normalizeSettings, type Settings, type SettingsV1 } from '../core/settings/settings';
import { coalesce, type Coalescer } from '../core/settings/coalesce';

/**
 * The options, in storage.sync so they follow the user between browsers.
 * Versioned: WXT runs `migrations[n]` for every version between the stored
 * one and `version` the first time the item is read or watched.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: SettingsV1) => migrateV1toV2(old),
  },
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(next));
}

/**
 * The options page's writer: a change is written at once, and changes in quick
 * succession (a slider dragged) as one, at most one write in 600 ms: within the
 * storage.sync quota of 120 writes a minute. See utils/core/settings/coalesce.ts.
 */
export function settingsWriter(): Coalescer<Settings> {
  return coalesce(saveSettings, { delayMs: 250, maxWaitMs: 1500, minGapMs: 600 });
}

/**
 * Blocks the user removed from the clean view, remembered per site (host name),
 * as text fingerprints. storage.local: sync's 8 KB-per-item quota is too small.
 */
export type RemovedBlocks = Record<string, string[]>;
export const MAX_REMOVED_PER_SITE = 200;

export const removedBlocksItem = storage.defineItem<RemovedBlocks>('local:removedBlocks', {
  fallback: {},
  version: 1,
});

export async function removedBlocksFor(host: string): Promise<string[]> {
  const all = await removedBlocksItem.getValue();
  return all[host] ?? [];
}

export async function rememberRemovedBlock(host: string, fingerprint: string): Promise<void> {
  const all = await removedBlocksItem.getValue();
  const list = (all[host] ?? []).filter((f) => f !== fingerprint);
  list.push(fingerprint);
  await removedBlocksItem.setValue({ ...all, [host]: list.slice(-MAX_REMOVED_PER_SITE) });
}

export async function forgetRemovedBlocks(host: string): Promise<void> {
  const all = { ...(await removedBlocksItem.getValue()) };
  delete all[host];
  await removedBlocksItem.setValue(all);
}
