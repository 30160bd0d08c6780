/**
 * WCAG 2 contrast between two sRGB colours, for the reader's own colours: the
 * view warns when text or links fall below AA (4.5:1 for body text).
 */
export const AA_TEXT = 4.5;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of "#rrggbb" (0 black, 1 white). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The contrast ratio of two "#rrggbb" colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The pairs of the reader's colours that read below AA: text on background, links on background. */
export function lowContrast(c: { text: string; background: string; link: string }): Array<{ pair: 'text' | 'link'; ratio: number }> {
  const out: Array<{ pair: 'text' | 'link'; ratio: number }> = [];
  const text = contrastRatio(c.text, c.background);
  const link = contrastRatio(c.link, c.background);
  if (text < AA_TEXT) out.push({ pair: 'text', ratio: text });
  if (link < AA_TEXT) out.push({ pair: 'link', ratio: link });
  return out;
}
