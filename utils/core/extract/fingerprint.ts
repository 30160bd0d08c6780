/**
 * A stable id for a block of article text, so "remove this block" can be
 * remembered per site and applied on the next visit even if whitespace,
 * case, punctuation or a counter inside it changed.
 */
import { collapseWhitespace } from '../text/whitespace';

/** Normalised text of a block: letters only, lower case, single spaces, digits dropped (counters and dates change). */
export function normalizeBlockText(text: string): string {
  return collapseWhitespace(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\s]+/gu, ' '),
  );
}

/** FNV-1a 32-bit hash of the normalised text plus its length: short, stable, fast (not cryptographic). */
export function blockFingerprint(text: string): string {
  const norm = normalizeBlockText(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) {
    h ^= norm.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `b${(h >>> 0).toString(36)}-${norm.length.toString(36)}`;
}
