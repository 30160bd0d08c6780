/**
 * Text from a page written into Markdown, escaped for where it lands. A note is
 * opened by Markdown viewers that render inline HTML, and by Obsidian with its
 * plugins: `[[links]]`, `#tags`, `==highlights==`, `%%comments%%`, `$math$`,
 * Dataview's `key:: value` fields and `` `= query` `` inline queries, and
 * Templater's `<% command %>` tags, which it runs when a file appears in the
 * vault. Page text must come out as the same text, and as nothing else.
 */

import { wellFormed } from '../normalize';

/**
 * What gets escaped, in one pass: CommonMark and Obsidian punctuation (a backslash),
 * `<` and `>` (entities), an `&` that would start an entity, the first `%` of `%%`
 * and the second `:` of `::`.
 */
const ESCAPE = /[\\`*_[\]#|~=$^{}<>]|&(?=#?[a-z0-9]+;)|%(?=%)|(?<=:):/gi;
// Most text holds nothing to escape: one test first, since this runs on every text node.
const NEEDS = /[\\`*_[\]#|~=$^{}<>&%:]/;

function escapeOne(c: string): string {
  switch (c) {
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '&':
      return '&amp;';
    case '%':
      return '&#37;';
    default:
      return `\\${c}`;
  }
}

/**
 * Inline text: CommonMark punctuation gets a backslash; `<` and `>` become
 * entities (no raw HTML, no autolink, and no `<%` left for Templater); `&` that
 * would start an entity becomes `&amp;`; `%%` and `::` are broken up (Obsidian
 * comments, Dataview fields). A line-start that would make a list item, a quote
 * or a heading is escaped as well. Renders as exactly the text it was given.
 */
export function escapeMarkdown(s: string): string {
  let out = NEEDS.test(s) ? s.replace(ESCAPE, escapeOne) : s;
  // Only the start of a line can open a block: text reaches here with its white space collapsed.
  const c = out.charCodeAt(0);
  if (c === 45 || c === 43 || (c >= 48 && c <= 57) || c === 32) {
    const m = /^(\s*)([-+]|\d{1,9}[.)])/.exec(out);
    if (m) out = m[1] + m[2]!.replace(/([-+.)])$/, '\\$1') + out.slice(m[0].length);
  }
  return out;
}

/** A line of page text: its white space collapsed, escaped. */
export function markdownLine(s: string): string {
  return escapeMarkdown(s.replace(/\s+/g, ' ').trim());
}

const ZWNJ = '\u200c';

/**
 * Code is literal in Markdown, so it cannot be escaped: what would run is broken
 * up instead, with an invisible zero-width non-joiner. Templater's `<%`, and a
 * code span that opens like a Dataview inline query (`= …` or `$= …`).
 */
function defuseCode(code: string, inline: boolean): string {
  let out = code.includes('<%') ? code.replace(/<%/g, `<${ZWNJ}%`) : code;
  if (inline) out = out.replace(/^(\s*)(\$?=)/, `$1${ZWNJ}$2`);
  return out;
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** An inline code span whose fence is longer than any run of backticks inside it, padded where CommonMark needs it. */
export function codeSpan(text: string): string {
  const t = defuseCode(text.replace(/\s+/g, ' '), true);
  if (!t) return '';
  const fence = '`'.repeat(longestRun(t, '`') + 1);
  // CommonMark strips one space from each side when both have one; a backtick at an edge would join the fence.
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A fenced code block: a backtick fence longer than any run inside the code (at least three), so nothing in it closes it. */
export function codeBlock(code: string): string {
  const c = defuseCode(code, false);
  const fence = '`'.repeat(Math.max(3, longestRun(c, '`') + 1));
  return `${fence}\n${c}\n${fence}`;
}

/**
 * A link or image address: only http(s) and mailto, with the characters that
 * would end or break the destination (white space, parentheses, angle brackets,
 * backslashes) and a `%` that starts no escape percent-encoded.
 */
export function markdownUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!/^(https?:|mailto:)/i.test(h)) return null;
  return h.replace(/%(?![0-9a-f]{2})|[\s()<>\\`"]|(?<=:):/gi, (c) => percent(c));
}

/** One character as UTF-8 percent-escapes (encodeURIComponent leaves parentheses alone). */
function percent(c: string): string {
  return [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** A YAML double-quoted scalar (JSON's escapes are YAML's), with what could surprise a reader of the raw file escaped too. */
export function yamlString(s: string): string {
  return JSON.stringify(wellFormed(s)).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff<]|%(?=%)/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
