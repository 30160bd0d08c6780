/**
 * Reader options: the shape, defaults and limits. Pure data and functions, so
 * they can be unit-tested and shared by the options page, popup and reader tab.
 * The storage item itself (with its version and migrations) is in ./storage.ts.
 */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type Font = 'serif' | 'sans';
export type SummaryLength = 3 | 5 | 7;
export type SummaryMode = 'extractive' | 'ai';
/** What the toolbar button opens: the popup, or the reader over the page (the other one has its own shortcut). */
export type ToolbarView = 'popup' | 'overlay';

export interface Settings {
  theme: Theme;
  font: Font;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Measure of the text column, in characters. */
  lineWidth: number;
  /** Unitless line-height. */
  lineHeight: number;
  /** Show the article's images (they are fetched from the site when shown). */
  loadImages: boolean;
  summaryLength: SummaryLength;
  summaryMode: SummaryMode;
  factTypes: { date: boolean; casualties: boolean; troops: boolean };
  /** Whether the key-facts panel starts open. */
  factsOpen: boolean;
  toolbar: ToolbarView;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineWidth: 68,
  lineHeight: 1.6,
  loadImages: true,
  summaryLength: 3,
  summaryMode: 'extractive',
  factTypes: { date: true, casualties: true, troops: true },
  factsOpen: true,
  toolbar: 'popup',
};

export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineWidth: { min: 40, max: 100, step: 2 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
const FONTS: readonly Font[] = ['serif', 'sans'];

function clamp(n: unknown, { min, max }: { min: number; max: number }, fallback: number): number {
  const v = typeof n === 'number' ? n : Number(n);
  if (!Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, v));
}

/**
 * Coerce whatever storage holds (possibly written by an older or newer
 * version, or edited by hand) into valid settings, field by field, so one bad
 * field never resets the rest.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const ft = (r.factTypes && typeof r.factTypes === 'object' ? r.factTypes : {}) as Record<string, unknown>;
  const bool = (v: unknown, fb: boolean) => (typeof v === 'boolean' ? v : fb);
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : d.theme,
    font: FONTS.includes(r.font as Font) ? (r.font as Font) : d.font,
    fontSize: Math.round(clamp(r.fontSize, LIMITS.fontSize, d.fontSize)),
    lineWidth: Math.round(clamp(r.lineWidth, LIMITS.lineWidth, d.lineWidth)),
    lineHeight: Math.round(clamp(r.lineHeight, LIMITS.lineHeight, d.lineHeight) * 10) / 10,
    loadImages: bool(r.loadImages, d.loadImages),
    summaryLength: ([3, 5, 7] as const).includes(r.summaryLength as SummaryLength) ? (r.summaryLength as SummaryLength) : d.summaryLength,
    summaryMode: r.summaryMode === 'ai' ? 'ai' : 'extractive',
    factTypes: {
      date: bool(ft.date, d.factTypes.date),
      casualties: bool(ft.casualties, d.factTypes.casualties),
      troops: bool(ft.troops, d.factTypes.troops),
    },
    factsOpen: bool(r.factsOpen, d.factsOpen),
    toolbar: r.toolbar === 'overlay' ? 'overlay' : 'popup',
  };
}

/**
 * Version 1 of the options (Sift's first draft) kept a text-size word and a
 * boolean dark mode. Version 2 is the shape above.
 */
export interface SettingsV1 {
  dark?: boolean;
  sepia?: boolean;
  textSize?: 'small' | 'medium' | 'large';
  serif?: boolean;
}

export function migrateV1toV2(old: SettingsV1 | null | undefined): Settings {
  const o = old ?? {};
  const sizes = { small: 16, medium: 18, large: 22 } as const;
  return normalizeSettings({
    theme: o.dark ? 'dark' : o.sepia ? 'sepia' : 'system',
    font: o.serif === false ? 'sans' : 'serif',
    fontSize: o.textSize ? sizes[o.textSize] : DEFAULT_SETTINGS.fontSize,
  });
}

/**
 * Why saving the options failed, in words. storage.sync answers a burst of
 * writes with "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.",
 * which says nothing to a reader.
 */
export function settingsWriteMessage(raw: string): string {
  if (/MAX_WRITE_OPERATIONS_PER_MINUTE/i.test(raw))
    return 'Your change was not saved: the browser allows only so many changes to synced options a minute. Wait a minute, then try again.';
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/i.test(raw))
    return 'Your change was not saved: the browser allows only so many changes to synced options an hour. Try again later.';
  if (/QUOTA_BYTES|quota/i.test(raw)) return 'Your change was not saved: the browser’s storage for synced options is full.';
  return `Your change was not saved (${raw}).`;
}
