import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateV1toV2, normalizeSettings } from './settings';

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

describe('a failed write, in words', () => {
  it('names the limit the browser hit, never the raw quota name', async () => {
    const { settingsWriteMessage } = await import('./settings');
    const m = settingsWriteMessage('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    expect(m).toMatch(/^Your change was not saved: the browser allows only so many changes .* a minute/);
    expect(m).not.toContain('MAX_WRITE');
    expect(settingsWriteMessage('Error: QUOTA_BYTES_PER_ITEM quota exceeded')).toMatch(/storage for synced options is full/);
    expect(settingsWriteMessage('Disk I/O error')).toBe('Your change was not saved (Disk I/O error).');
  });
});
