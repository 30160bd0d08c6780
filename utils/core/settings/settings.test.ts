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
