import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { loadSettings, rememberRemovedBlock, removedBlocksFor, saveSettings, settingsItem, MAX_REMOVED_PER_SITE } from './storage';

describe('settings in storage.sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a stored version-1 record', async () => {
    await fakeBrowser.storage.sync.set({ settings: { dark: true, textSize: 'small' }, settings$: { v: 1 } });
    // Each extension page runs this when it defines the item; the module here was loaded before the write.
    await settingsItem.migrate();
    const s = await loadSettings();
    expect(s).toMatchObject({ theme: 'dark', fontSize: 16, loadImages: true });
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw['settings$']).toMatchObject({ v: 2 });
    expect(raw.settings).toMatchObject({ theme: 'dark', fontSize: 16 });
  });

  it('saves normalised values and tells watchers', async () => {
    const seen: unknown[] = [];
    const unwatch = settingsItem.watch((v) => seen.push(v));
    await saveSettings({ ...DEFAULT_SETTINGS, fontSize: 99 });
    expect((await loadSettings()).fontSize).toBe(32);
    expect(seen).toHaveLength(1);
    unwatch();
  });

  it('remembers removed blocks per site, without repeats and within a cap', async () => {
    await rememberRemovedBlock('example.com', 'a');
    await rememberRemovedBlock('example.com', 'a');
    await rememberRemovedBlock('other.org', 'b');
    expect(await removedBlocksFor('example.com')).toEqual(['a']);
    expect(await removedBlocksFor('other.org')).toEqual(['b']);
    for (let i = 0; i < MAX_REMOVED_PER_SITE + 5; i++) await rememberRemovedBlock('example.com', `f${i}`);
    const kept = await removedBlocksFor('example.com');
    expect(kept).toHaveLength(MAX_REMOVED_PER_SITE);
    expect(kept.at(-1)).toBe(`f${MAX_REMOVED_PER_SITE + 4}`);
  });
});
