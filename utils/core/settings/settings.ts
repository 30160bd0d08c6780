/**
 * Reader options: the shape, defaults and limits. Pure data and functions, so
 * they can be unit-tested and shared by the options page, popup and reader tab.
 * The storage item itself (with its version and migrations) is in ./storage.ts.
 */
import { message, type Message } from '../i18n/messages';
export type Theme = 'system' | 'light' | 'dark' | 'sepia' | 'grey' | 'contrast';
/** `atkinson` and `opendyslexic` are fonts Sift carries, loaded only when chosen. */
export type Font = 'serif' | 'sans' | 'atkinson' | 'opendyslexic';
export type TextAlign = 'start' | 'justify';
/** The reader's own colours, over any theme; `on` is false until they choose them. */
export interface CustomColors {
  on: boolean;
  /** #rrggbb */
  text: string;
  background: string;
  link: string;
}
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
  /** Extra space between letters and between words, in em (Firefox's character and word spacing). */
  letterSpacing: number;
  wordSpacing: number;
  textAlign: TextAlign;
  colors: CustomColors;
  /** Whether the summary starts open in the reader tab and over the page. */
  summaryOpen: boolean;
  /** The popup's panels: kept apart from the wide views', so the popup's first screen shows the article. */
  popupSummaryOpen: boolean;
  popupFactsOpen: boolean;
  /** Printing the reader tab includes the summary and key facts. */
  printPanels: boolean;
  /** Read aloud: speech rate (1 is the voice's normal speed) and the chosen voice per language (primary subtag → voiceURI). */
  aloudRate: number;
  aloudVoices: Record<string, string>;
  /** Single-key shortcuts in the view (N read aloud, comma/full stop sentence, F key facts); off for speech-input users. */
  viewShortcuts: boolean;
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
  letterSpacing: 0,
  wordSpacing: 0,
  textAlign: 'start',
  colors: { on: false, text: '#1b1b1f', background: '#ffffff', link: '#0b57d0' },
  summaryOpen: true,
  popupSummaryOpen: false,
  popupFactsOpen: false,
  printPanels: false,
  aloudRate: 1,
  aloudVoices: {},
  viewShortcuts: true,
};

export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineWidth: { min: 40, max: 100, step: 2 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  letterSpacing: { min: 0, max: 0.2, step: 0.01 },
  wordSpacing: { min: 0, max: 0.5, step: 0.05 },
  aloudRate: { min: 0.5, max: 2, step: 0.1 },
} as const;

/** At most this many remembered voices (one per language), so the item stays far below storage.sync's 8 KB. */
export const MAX_VOICES = 24;

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia', 'grey', 'contrast'];
export const FONTS: readonly Font[] = ['serif', 'sans', 'atkinson', 'opendyslexic'];

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
    letterSpacing: Math.round(clamp(r.letterSpacing, LIMITS.letterSpacing, d.letterSpacing) * 100) / 100,
    wordSpacing: Math.round(clamp(r.wordSpacing, LIMITS.wordSpacing, d.wordSpacing) * 100) / 100,
    textAlign: r.textAlign === 'justify' ? 'justify' : 'start',
    colors: normalizeColors(r.colors),
    summaryOpen: bool(r.summaryOpen, d.summaryOpen),
    popupSummaryOpen: bool(r.popupSummaryOpen, d.popupSummaryOpen),
    popupFactsOpen: bool(r.popupFactsOpen, d.popupFactsOpen),
    printPanels: bool(r.printPanels, d.printPanels),
    aloudRate: Math.round(clamp(r.aloudRate, LIMITS.aloudRate, d.aloudRate) * 10) / 10,
    aloudVoices: normalizeVoices(r.aloudVoices),
    viewShortcuts: bool(r.viewShortcuts, d.viewShortcuts),
  };
}

const HEX = /^#[0-9a-f]{6}$/;

/** "#RGB" and "#RRGGBB" in any case become "#rrggbb"; anything else is not a colour. */
export function normalizeHex(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  let h = v.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(h)) h = `#${h[1]}${h[1]}${h[2]}${h[2]}${h[3]}${h[3]}`;
  return HEX.test(h) ? h : null;
}

function normalizeColors(raw: unknown): CustomColors {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS.colors;
  return {
    on: typeof c.on === 'boolean' ? c.on : d.on,
    text: normalizeHex(c.text) ?? d.text,
    background: normalizeHex(c.background) ?? d.background,
    link: normalizeHex(c.link) ?? d.link,
  };
}

function normalizeVoices(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [lang, uri] of Object.entries(raw as Record<string, unknown>)) {
    if (Object.keys(out).length >= MAX_VOICES) break;
    if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length > 0 && uri.length <= 200) out[lang] = uri;
  }
  return out;
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
export function settingsWriteMessage(raw: string): Message {
  if (/MAX_WRITE_OPERATIONS_PER_MINUTE/i.test(raw)) return message('settingsWriteMinute');
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/i.test(raw)) return message('settingsWriteHour');
  if (/QUOTA_BYTES|quota/i.test(raw)) return message('settingsWriteFull');
  return message('settingsWriteOther', raw);
}
