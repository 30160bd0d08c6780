/** File names for the Markdown zip: safe to unzip on Windows, macOS and Linux, and to link to in an Obsidian vault. */

/** ext4, APFS and NTFS allow 255 bytes (or UTF-16 units) per name; UTF-8 bytes is the strictest of them. */
export const MAX_NAME_BYTES = 255;

// C0 and C1 controls, bidi marks and embeddings (they reorder a name on screen), line separators, BOM, zero-width space.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
// Windows and Obsidian: path separators, wildcards, quotes, and the characters of links (# ^ [ ] |).
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;
// Device names Windows reserves, with any extension ("CON.md", "nul.txt.md"), superscript digits included.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/i;

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

let segmenter: Intl.Segmenter | null = null;

/** The longest start of `s` that fits in `max` UTF-8 bytes, cut between graphemes (never inside a character or an emoji). */
export function fitBytes(s: string, max: number): string {
  if (bytes(s) <= max) return s;
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(s)) {
    const n = bytes(segment);
    if (used + n > max) break;
    out += segment;
    used += n;
  }
  return out;
}

/** Windows drops trailing dots and spaces, and a leading dot hides a file: neither may end up at an edge. */
function trimEdges(s: string): string {
  return s.replace(/^[.\s]+|[.\s]+$/g, '');
}

/**
 * A base name (no extension) from a title: NFC, without control characters, bidi
 * marks or the characters Windows and Obsidian forbid, without dots or spaces at
 * its edges, never a name Windows reserves. Its length is settled by UniqueNames,
 * which knows the extension and any " (2)".
 */
export function safeFileName(title: string, fallback = 'Untitled'): string {
  let s = trimEdges(title.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' '));
  if (!s) s = fallback;
  return s.replace(RESERVED, '$1_');
}

/** Hands out names that differ case-insensitively ("A.md", "A (2).md", ...), each at most MAX_NAME_BYTES. */
export class UniqueNames {
  private used = new Set<string>();
  take(base: string, ext: string, fallback = 'Untitled'): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      let stem = trimEdges(fitBytes(base, MAX_NAME_BYTES - bytes(suffix + ext)));
      if (!stem) stem = fallback;
      stem = stem.replace(RESERVED, '$1_');
      const name = `${stem}${suffix}${ext}`;
      const key = name.normalize('NFC').toLowerCase();
      if (!this.used.has(key)) {
        this.used.add(key);
        return name;
      }
    }
  }
}
