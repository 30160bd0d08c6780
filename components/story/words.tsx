/**
 * The story page's words that are not plain messages: days in the
 * interface's language, and messages with an element in them (a link, a
 * button) whose place only the language knows.
 */
import type { ComponentChildren } from 'preact';
import { dateFormat } from '@/utils/core/article/format';
import type { MessageKey } from '@/utils/core/i18n/messages';
import type { SeriesKey } from '@/utils/core/stories/figures';
import { uiLocale } from '@/utils/platform/i18n';

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "2 Mar" on a chart's axis; "2 mars", "3月2日" in other languages. */
export const shortDay = (day: string) => dateFormat(uiLocale(), { day: 'numeric', month: 'short' }).format(asDate(day));

/** "2 March 2024", in the interface's language. */
export const longDay = (day: string) => dateFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(asDate(day));

/** "2–6 March 2024": the story's first and last day as the language writes a range. */
export function dayRange(from: string, to: string): string {
  const f = dateFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
  return from === to ? f.format(asDate(from)) : f.formatRange(asDate(from), asDate(to));
}

/** The facts panel's names of the figures, used on screen (the Markdown export keeps its English SERIES_LABEL). */
export const SERIES_MESSAGE: Record<SeriesKey, MessageKey> = {
  killed: 'factKilled',
  injured: 'factInjured',
  arrested: 'factArrested',
  missing: 'factMissing',
  displaced: 'factDisplaced',
  troops: 'factTroops',
};

/** Stands for the i-th element in a message's text: passed as a $n, then cut out by withParts. */
export const slot = (i: number) => `\u0001${i}\u0002`;

/** A message's text with its slots replaced by the elements (slot(0) by parts[0]…). */
export function withParts(text: string, parts: ComponentChildren[]): ComponentChildren[] {
  return text.split(/\u0001(\d)\u0002/).map((piece, i) => (i % 2 ? parts[Number(piece)] : piece));
}
