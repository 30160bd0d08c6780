import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, migrateV1toV2, normalizeSettings } from '../core/settings/settings';
import { loadSettings, rememberRemovedBlock, removedBlocksFor, saveSettings, settingsItem, MAX_REMOVED_PER_SITE } from './storage';

describe('normalizeSettings', () => {
  it('keeps valid fields and repairs bad ones one by one', () => {
    const s = normalizeSettings({ theme: 'dark', fontSize: 400, lineHeight: 'x', font: 'comic', factTypes: { troops: false } });
    expect(s.theme).toBe('dark');
    expect(s.fontSize).toBe(32);
    expect(s.lineHeight).toBe(DEFAULT_SETTINGS.lineHeight);
    expect(s.font).toBe('serif');
    expect(s.factTypes).toEqual({ date: true, casualties: true, troops: false });
  });
  it('gives the defaults for nothing at all', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migration from version 1', () => {
  it('maps the old dark flag, text-size word and serif flag', () => {
    expect(migrateV1toV2({ dark: true, textSize: 'large', serif: false })).toMatchObject({ theme: 'dark', fontSize: 22, font: 'sans' });
    expect(migrateV1toV2({ sepia: true })).toMatchObject({ theme: 'sepia', fontSize: 18, font: 'serif' });
  });
});

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
