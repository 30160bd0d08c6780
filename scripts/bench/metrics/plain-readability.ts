/** The baseline every extraction figure is set beside: plain Readability 0.6.0, the textContent of its result. */
import { Readability } from '@mozilla/readability';

export function extractPlainReadability(doc: Document): { text: string; html: string } | null {
  const parsed = new Readability(doc).parse();
  if (!parsed) return null;
  return { text: parsed.textContent ?? '', html: parsed.content ?? '' };
}
