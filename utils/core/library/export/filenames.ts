const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name that is safe on Windows, macOS, Linux and in an Obsidian vault (no
 * `\ / : * ? " < > | # ^ [ ]`, no control characters, no leading dot, at most 100 characters).
 */
export function safeFileName(title: string, fallback = 'Untitled'): string {
  let s = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (s.length > 100) s = s.slice(0, 100).replace(/[\s.]+$/, '');
  // Do not cut a surrogate pair in half.
  if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  if (!s) s = fallback;
  if (RESERVED.test(s)) s += '_';
  return s;
}

/** Hands out names that differ case-insensitively: "A.md", "A (2).md", ... */
export class UniqueNames {
  private used = new Set<string>();
  take(base: string, ext: string): string {
    let name = `${base}${ext}`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base} (${n})${ext}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}
