/**
 * The fonts Sift carries for readability (both under the SIL Open Font
 * License, from their Fontsource packages): copied into the build's fonts/
 * folder by wxt.config.ts, and added to a document only when the reader
 * chooses them (utils/platform/fonts.ts). Only the upright faces: italics and
 * OpenDyslexic's bold are synthesised by the browser, which keeps the package
 * within its size budget.
 */
import type { Font } from './settings';

export type BundledFont = Extract<Font, 'atkinson' | 'opendyslexic'>;

export interface BundledFace {
  /** The file in the build's fonts/ folder. */
  file: string;
  /** Where the build copies it from, under node_modules. */
  source: string;
  weight: number;
  unicodeRange?: string;
}

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const atkinson = (subset: 'latin' | 'latin-ext', weight: number, unicodeRange: string): BundledFace => ({
  file: `atkinson-hyperlegible-${subset}-${weight}.woff2`,
  source: `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff2`,
  weight,
  unicodeRange,
});

export const BUNDLED_FONTS: Record<BundledFont, { family: string; faces: BundledFace[] }> = {
  atkinson: {
    family: 'Sift Atkinson Hyperlegible',
    faces: [
      atkinson('latin', 400, LATIN),
      atkinson('latin', 700, LATIN),
      atkinson('latin-ext', 400, LATIN_EXT),
      atkinson('latin-ext', 700, LATIN_EXT),
    ],
  },
  opendyslexic: {
    family: 'Sift OpenDyslexic',
    faces: [
      {
        file: 'opendyslexic-latin-400.woff2',
        source: '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2',
        weight: 400,
        unicodeRange: LATIN,
      },
    ],
  },
};

export function isBundledFont(f: Font): f is BundledFont {
  return f === 'atkinson' || f === 'opendyslexic';
}
