/**
 * Random reading-list articles for property tests, from a seeded generator (the
 * same seed gives the same articles, so a failure can be replayed): any Unicode
 * in every text field (scripts, emoji, combining marks, right-to-left text,
 * control characters, bidi marks, lone surrogates, the syntax characters of
 * Markdown, HTML, CSV and YAML), any tag, any time Sift keeps, and facts that
 * point into the text.
 */
import type { Fact } from '../../utils/core/facts/types';
import type { SavedArticle } from '../../utils/core/library/types';
import { TIME_MAX, TIME_MIN, wellFormed } from '../../utils/core/library/normalize';

/** mulberry32: small, fast, good enough to pick test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNTAX = [...'<>&"\'=+-@\t\r\n,|#[]%:$`*_~{}()!\\/;. '];
// [first code point, last] of the scripts and kinds of characters a page may hold.
const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1
  [0x100, 0x17f], // Latin Extended-A
  [0x391, 0x3c9], // Greek
  [0x410, 0x44f], // Cyrillic
  [0x5d0, 0x5ea], // Hebrew
  [0x621, 0x64a], // Arabic
  [0x900, 0x97f], // Devanagari
  [0x3041, 0x30ff], // Hiragana, Katakana
  [0x4e00, 0x9fff], // CJK
  [0xac00, 0xd7a3], // Hangul
  [0x1f300, 0x1f64f], // emoji
  [0x300, 0x36f], // combining marks
  [0x0, 0x1f], // C0 controls
  [0x7f, 0x9f], // DEL, C1 controls
  [0x200b, 0x200f], // zero-width, bidi marks
  [0x202a, 0x202e], // bidi embeddings
  [0x2066, 0x2069], // bidi isolates
];

export class Gen {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  char(): string {
    const r = this.next();
    if (r < 0.25) return this.pick(SYNTAX);
    if (r < 0.27) return this.pick(['\ud800', '\udfff', '\u200d', '\ufeff', '\u2028']);
    const [lo, hi] = this.pick(RANGES);
    return String.fromCodePoint(this.int(lo, hi));
  }
  text(max: number): string {
    let s = '';
    const n = this.int(0, max);
    for (let i = 0; i < n; i++) s += this.chance(0.15) ? ' ' : this.char();
    return s;
  }
  /** Words of one script, for text a sentence splitter can read. */
  words(n: number): string {
    const [lo, hi] = this.pick(RANGES.slice(0, 11));
    return Array.from({ length: n }, () =>
      Array.from({ length: this.int(1, 8) }, () => String.fromCodePoint(this.int(lo, hi))).join(''),
    ).join(' ');
  }
  time(): number {
    return this.int(TIME_MIN, TIME_MAX - 1);
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TAGS = ['p', 'h2', 'blockquote', 'pre', 'ul', 'table', 'code', 'em', 'a', 'img'];

function html(g: Gen): string {
  const parts: string[] = [];
  const n = g.int(0, 6);
  for (let i = 0; i < n; i++) {
    const t = escapeHtml(g.text(40));
    switch (g.pick(TAGS)) {
      case 'ul':
        parts.push(`<ul><li>${t}</li><li>${escapeHtml(g.text(10))}</li></ul>`);
        break;
      case 'table':
        parts.push(`<table><caption>${t}</caption><tr><th colspan="${g.int(1, 3)}">${escapeHtml(g.text(8))}</th></tr></table>`);
        break;
      case 'code':
      case 'em':
        parts.push(`<p>x <code>${t}</code> <em>${escapeHtml(g.text(8))}</em></p>`);
        break;
      case 'a':
        parts.push(`<p><a href="${g.pick(['https://a.example/x', 'javascript:alert(1)', 'mailto:a@b.example'])}">${t}</a></p>`);
        break;
      case 'img':
        parts.push(`<p><img src="https://img.example/${g.int(1, 9)}.png" alt="${escapeHtml(g.text(10)).replace(/"/g, '&quot;')}"></p>`);
        break;
      default: {
        const tag = g.pick(['p', 'h2', 'blockquote', 'pre']);
        parts.push(`<${tag}>${t}</${tag}>`);
      }
    }
  }
  return parts.join('');
}

function facts(g: Gen, text: string): Fact[] {
  const out: Fact[] = [];
  for (let i = 0; i < g.int(0, 3) && text.length > 2; i++) {
    const start = g.int(0, text.length - 2);
    const end = g.int(start + 1, Math.min(text.length, start + 30));
    const quote = text.slice(start, end);
    const type = g.pick(['date', 'casualties', 'troops'] as const);
    if (type === 'date') out.push({ type, value: `${g.int(1900, 2099)}-0${g.int(1, 9)}`, quote, start, end });
    else if (type === 'casualties')
      out.push({
        type,
        kind: g.pick(['killed', 'injured', 'arrested', 'missing', 'displaced'] as const),
        count: { value: g.int(0, 1e6) },
        quote,
        start,
        end,
      });
    else
      out.push({
        type,
        count: { magnitude: g.pick(['dozens', 'hundreds', 'thousands'] as const), qualifier: 'about' },
        actor: g.words(1),
        quote,
        start,
        end,
      });
  }
  return out;
}

/** One random article; `i` makes its address unique. */
export function randomArticle(g: Gen, i: number): SavedArticle {
  const savedAt = g.time();
  const text = Array.from({ length: g.int(0, 4) }, () => g.words(g.int(1, 12)) + g.pick(['.', '!', '?', '。'])).join('\n\n');
  const path = encodeURIComponent(wellFormed(g.text(20))).slice(0, 60);
  const host = g.pick(['news.example', 'www.example.org', 'xn--bcher-kva.example', 'a.b.example.co.uk']);
  const month = String(g.int(1, 12)).padStart(2, '0');
  const day = String(g.int(1, 28)).padStart(2, '0');
  return {
    url: new URL(`https://${host}/${i}/${path}?q=${encodeURIComponent(wellFormed(g.text(6)))}`).href,
    title: g.chance(0.1) ? '' : g.text(60),
    byline: g.chance(0.5) ? g.text(30) : null,
    siteName: g.chance(0.5) ? g.text(20) : null,
    published: g.chance(0.5)
      ? g.chance(0.5)
        ? `${g.int(1000, 2099)}-${month}-${day}`
        : `${g.int(1970, 2099)}-${month}-${day}T10:20:30.000Z`
      : null,
    lang: g.pick([null, 'en', 'fr-CA', 'ja', 'ar']),
    dir: g.pick([null, 'ltr', 'rtl']),
    excerpt: g.chance(0.5) ? g.text(80) : null,
    html: html(g),
    text,
    wordCount: g.int(0, 5000),
    readingMinutes: g.int(0, 30),
    savedAt,
    updatedAt: g.chance(0.5) ? savedAt : g.int(savedAt, TIME_MAX - 1),
    read: g.chance(0.5),
    tags: Array.from({ length: g.int(0, 5) }, () => g.text(15)),
    summary: Array.from({ length: g.int(0, 3) }, () => g.text(50)),
    facts: facts(g, text),
  };
}
