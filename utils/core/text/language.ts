/**
 * The language of a text the page did not label: its script first (kana is
 * Japanese, Ukrainian letters tell Ukrainian from Russian), then which list of
 * function words its words fall in most. Returns a primary subtag, or null when
 * the text is too short or too mixed to say.
 */
import { stopWords } from './words';

const LATIN = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl'];
const SAMPLE = 1200;
// Each function word with a bit per language whose list holds it: one look-up per word.
let MASKS: Map<string, number> | null = null;
function masks(): Map<string, number> {
  if (!MASKS) {
    MASKS = new Map();
    LATIN.forEach((lang, bit) => {
      for (const w of stopWords(lang)) MASKS!.set(w, (MASKS!.get(w) ?? 0) | (1 << bit));
    });
  }
  return MASKS;
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  let kana = 0;
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  if (kana > 20 && kana + han > latin) return 'ja';
  if (han > 40 && han > latin) return 'zh';
  if (cyrillic > latin && cyrillic > 40) {
    // Letters only Ukrainian writes (і, ї, є, ґ) against letters only Russian writes (ы, э, ъ, ё).
    const uk = (sample.match(/[іїєґІЇЄҐ]/g) ?? []).length;
    const ru = (sample.match(/[ыэъёЫЭЪЁ]/g) ?? []).length;
    if (uk > ru) return 'uk';
    return 'ru';
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return null;
  const counts = LATIN.map(() => 0);
  const m = masks();
  for (const w of words) {
    const bits = m.get(w);
    if (bits) for (let b = 0; b < LATIN.length; b++) if (bits & (1 << b)) counts[b]!++;
  }
  let best = '';
  let bestHits = 0;
  let second = 0;
  counts.forEach((hits, b) => {
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = LATIN[b]!;
    } else if (hits > second) second = hits;
  });
  // Function words make up a third or more of running text; ask for a clear lead over the next language.
  if (bestHits < Math.max(3, words.length * 0.12) || bestHits < second * 1.3) return null;
  return best;
}
