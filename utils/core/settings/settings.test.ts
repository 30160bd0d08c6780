import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_VOICES, migrateV1toV2, normalizeSettings } from './settings';
import { fillMessage } from '../i18n/messages';
import en from '../../../public/_locales/en/messages.json';

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

describe('the options of issue 16', () => {
  it('keeps the new themes and fonts, and repairs unknown ones', () => {
    expect(normalizeSettings({ theme: 'grey', font: 'opendyslexic' })).toMatchObject({ theme: 'grey', font: 'opendyslexic' });
    expect(normalizeSettings({ theme: 'contrast', font: 'atkinson' })).toMatchObject({ theme: 'contrast', font: 'atkinson' });
    expect(normalizeSettings({ theme: 'neon', font: 'papyrus' })).toMatchObject({ theme: 'system', font: 'serif' });
  });
  it('clamps and rounds spacing and speech rate', () => {
    const s = normalizeSettings({ letterSpacing: 0.123, wordSpacing: 9, aloudRate: 0.1, textAlign: 'center' });
    expect(s).toMatchObject({ letterSpacing: 0.12, wordSpacing: 0.5, aloudRate: 0.5, textAlign: 'start' });
    expect(normalizeSettings({ letterSpacing: -1, textAlign: 'justify' })).toMatchObject({ letterSpacing: 0, textAlign: 'justify' });
  });
  it('keeps colours as #rrggbb, field by field', () => {
    expect(normalizeSettings({ colors: { on: true, text: '#ABC', background: 'white', link: '#0A0B0C' } }).colors).toEqual({
      on: true,
      text: '#aabbcc',
      background: DEFAULT_SETTINGS.colors.background,
      link: '#0a0b0c',
    });
    expect(normalizeSettings({ colors: 'red' }).colors).toEqual(DEFAULT_SETTINGS.colors);
  });
  it('keeps one voice per language, within a cap', () => {
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`l${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`, `v${i}`]),
    );
    const voices = normalizeSettings({ aloudVoices: { ...many, en: 'Google UK', 'not a tag': 'x', fr: 42 } }).aloudVoices;
    expect(Object.keys(voices).length).toBeLessThanOrEqual(MAX_VOICES);
    expect(voices['not a tag']).toBeUndefined();
    expect(voices.fr).toBeUndefined();
    expect(normalizeSettings({ aloudVoices: { en: 'Google UK' } }).aloudVoices).toEqual({ en: 'Google UK' });
  });
  it('keeps the popup’s panels folded by default, so its first screen is the article', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ popupSummaryOpen: false, popupFactsOpen: false, summaryOpen: true, factsOpen: true });
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
    const inWords = (raw: string) => {
      const m = settingsWriteMessage(raw);
      return fillMessage((en as Record<string, { message: string }>)[m.key]!.message, (m.subs ?? []).map(String));
    };
    const m = inWords('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    expect(m).toMatch(/^Your change was not saved: the browser allows only so many changes .* a minute/);
    expect(m).not.toContain('MAX_WRITE');
    expect(inWords('Error: QUOTA_BYTES_PER_ITEM quota exceeded')).toMatch(/storage for synced options is full/);
    expect(inWords('Disk I/O error')).toBe('Your change was not saved (Disk I/O error).');
  });
});
