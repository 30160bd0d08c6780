/** Word tokens with offsets: the common ground of the number, casualty and troop readers. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  low: string;
  start: number;
  end: number;
}

// Words (with inner apostrophes: "O'Brien"), clitics as tokens of their own ("he" "'s", "was" "n't"), numbers
// with thousands separators/decimals, or one other non-space char.
const TOKEN =
  /[A-Za-z\u00C0-\u024F]+?(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|[A-Za-z\u00C0-\u024F]+(?:['’](?!(?:s|re|ve|ll|d|m)\b)[A-Za-z]+)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]/g;

export function tokensOf(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ text: m[0], low: m[0].toLowerCase().replace(/’/g, "'"), start: m.index + offset, end: m.index + offset + m[0].length });
  }
  return out;
}
