import { cleanLine, isLibraryTime, TIME_MAX } from '../normalize';
import type { SavedArticle } from '../types';
import type { StoryChoices } from '../../stories/types';
import { webAddress } from '../validate';
import type { Message } from '../../i18n/messages';

/** A file that cannot be imported; the message says what is wrong, for the user. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export type ImportFormat = 'sift' | 'pocket-csv' | 'instapaper-csv' | 'raindrop-csv' | 'omnivore' | 'bookmarks';

/**
 * What was skipped or repaired (not a web address, a date out of range), with
 * its line or entry number, for the page to put in words; `file` names the
 * file of a .zip it comes from. Numbers that point into the file go as text,
 * so they read as the file's editor shows them ("Line 10001").
 */
export type ImportNote = Message & { file?: string };

export interface ParsedImport {
  format: ImportFormat;
  articles: SavedArticle[];
  warnings: ImportNote[];
  /** A Sift backup's story choices, checked, about its own articles. */
  stories?: StoryChoices;
}

/** A link from another service: only what it knew. Body, summary and facts stay empty; an untitled link stays untitled. */
export function linkArticle(
  url: string,
  title: string,
  savedAt: number,
  read: boolean,
  tags: string[],
  excerpt: string | null = null,
): SavedArticle {
  const ex = excerpt === null ? '' : cleanLine(excerpt);
  return {
    url,
    title: cleanLine(title),
    byline: null,
    siteName: null,
    published: null,
    lang: null,
    dir: null,
    excerpt: ex || null,
    html: '',
    text: '',
    wordCount: 0,
    readingMinutes: 0,
    savedAt,
    updatedAt: savedAt,
    read,
    tags,
    summary: [],
    facts: [],
  };
}

/** The URL, normalised, when it is a web address; null otherwise. */
export function webUrl(raw: string): string | null {
  return webAddress(raw);
}

/** Unix time in seconds, milliseconds or microseconds (all three occur in exports) to ms. */
export function timeToMs(n: number): number {
  if (n > 1e14) return Math.floor(n / 1000);
  if (n > 1e11) return n;
  return n * 1000;
}

export const LAST_YEAR = new Date(TIME_MAX).getUTCFullYear() - 1;

/** A Unix time written as digits, in ms, when it is one between 1970 and LAST_YEAR; null otherwise. */
export function unixTime(raw: string): number | null {
  const s = raw.trim();
  if (!/^\d{1,20}$/.test(s)) return null;
  const ms = timeToMs(Number(s));
  return isLibraryTime(ms) ? ms : null;
}

/** What a warning or error shows of a value from the file: one line, not too long. */
export function shown(raw: string): string {
  const s = cleanLine(raw);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
