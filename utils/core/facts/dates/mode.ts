/**
 * News or narrative? News tells of days around its own date and says so with
 * words that point at the writer's now ("on Tuesday", "yesterday", "last
 * year"); a narrative (a history, a biography) names the years it tells of
 * and seldom its own now. In a narrative a date without a year takes the year
 * of the events being told (the last one stated before it, as HeidelTime's
 * narrative mode does); in news it takes the publication date's.
 */

export type DateMode = 'news' | 'narrative';

// Words for the writer's now, and the attributions news is written in ("said", "according to").
const NEWS =
  /\b(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|month|year)|last (?:week|month|year|night)|next (?:week|month|year)|ago|said|says|told|according to)\b/gi;

/**
 * `years` are the years the text states, in order; `refYear` the publication year (null when unknown).
 * Narrative: the stated years lie mostly two or more years before the publication (or there is no
 * publication date), there are several, and words of news (the writer's now, "said") are a third
 * of them or fewer.
 */
export function dateMode(text: string, years: number[], refYear: number | null, english: boolean): DateMode {
  if (years.length < 3) return 'news';
  const far = refYear === null ? years.length : years.filter((y) => y <= refYear - 2).length;
  if (far < 3 || far < years.length * 0.7) return 'news';
  // The deictic words are English; elsewhere the years alone decide, more strictly.
  if (!english) return far >= 8 && refYear !== null && far >= years.length * 0.9 ? 'narrative' : 'news';
  const news = (text.match(NEWS) ?? []).length;
  return news * 3 <= far ? 'narrative' : 'news';
}
