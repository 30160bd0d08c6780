/** Word tokens with offsets: the common ground of the number, casualty and troop readers. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  low: string;
  start: number;
  end: number;
}

// Words (with inner apostrophes: "O'Brien"), numbers with thousands separators/decimals, or one other non-space char.
const TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]/g;
// Clitics become tokens of their own: "he" "'s", "was" "n't", "Iraq" "'s".
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

function push(out: Token[], text: string, start: number): void {
  const low = text.toLowerCase();
  out.push({ text, low: low.includes('’') ? low.replace(/’/g, "'") : low, start, end: start + text.length });
}

export function tokensOf(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const w = m[0];
    const start = m.index + offset;
    const c =
      w.length > 2 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 3) === 39 || w.includes('’')) ? CLITIC.exec(w) : null;
    if (c && c.index > 0) {
      push(out, w.slice(0, c.index), start);
      push(out, c[0], start + c.index);
    } else push(out, w, start);
  }
  return out;
}
