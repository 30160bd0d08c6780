/**
 * Language-neutral measures of text for the cleaning rules and the gate:
 * "has text" by Unicode letter and digit classes, sentence ends of every
 * script (Unicode's Sentence_Terminal), and word counts that hold for scripts
 * written without spaces (Chinese, Japanese, Thai...), where Intl.Segmenter
 * finds the words.
 */

/** A letter or a digit of any script. */
export const HAS_TEXT = /[\p{L}\p{N}]/u;

export function hasText(text: string): boolean {
  return HAS_TEXT.test(text);
}

/** Letters of the scripts written without spaces between words. */
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether the text holds letters of a script written without spaces. */
export function hasNoSpaceScript(text: string): boolean {
  return NO_SPACE.test(text);
}

/**
 * Ends like a sentence in any script: a sentence terminal (. ! ? … 。 ！ ？ । ؟ ...)
 * or a colon or semicolon, then closing quotes or brackets; or a terminal followed
 * by a short tail (a footnote mark, a time).
 */
export const SENTENCE_END = /[\p{Sentence_Terminal}…:;：；][\p{Pe}\p{Pf}"'»]*$|[\p{Sentence_Terminal}…]\s*\S{0,3}$/u;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Runs of one script without spaces are segmented in pieces of this size: V8's segmenter slows down on long strings. */
const SEGMENT_CHUNK = 400;

/**
 * Words in `text`: space-separated tokens that hold a letter or digit; in
 * scripts written without spaces, the words Intl.Segmenter finds (about one
 * per two characters where it is missing). Counting stops at `cap`.
 */
export function wordCount(text: string, cap = Infinity): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    if (!NO_SPACE.test(token)) {
      if (HAS_TEXT.test(token)) n++;
    } else {
      n += noSpaceWords(token, cap - n);
    }
    if (n >= cap) return cap;
  }
  return n;
}

function noSpaceWords(token: string, cap: number): number {
  const seg = wordSegmenter();
  if (!seg) return Math.max(1, Math.round(Array.from(token).length / 2));
  let n = 0;
  for (let i = 0; i < token.length && n < cap; i += SEGMENT_CHUNK) {
    for (const s of seg.segment(token.slice(i, i + SEGMENT_CHUNK))) {
      if (s.isWordLike) n++;
      if (n >= cap) break;
    }
  }
  return n;
}

const WIDE_TEST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * The length of `text` in Latin letters' worth: a Chinese, Japanese or
 * Korean character carries about what three Latin letters do, so a rule that
 * calls 100 characters short calls 34 of these short too.
 */
export function textSize(text: string): number {
  if (!WIDE_TEST.test(text)) return text.length;
  return text.length + 2 * (text.match(WIDE)?.length ?? 0);
}
