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
 * `years` are the years the text states, in order; `refYear` the publication year (null when unknown);
 * `deictic` how many dates the text counts from its own day.
 * Narrative: the stated years lie mostly two or more years before the publication (or there is no
 * publication date), there are several, and words of news (the writer's now, "said") are a third
 * of them or fewer.
 */
export function dateMode(text: string, years: number[], refYear: number | null, english: boolean, deictic: number): DateMode {
  if (years.length < 2) return 'news';
  const far = refYear === null ? years.length : years.filter((y) => y <= refYear - 2).length;
  if (far < 2 || far < years.length * 0.7) return 'news';
  // In English the words of news are counted; in any language the dates counted from the writer's day
  // (weekdays, "yesterday", "last month") that chrono found.
  const news = english ? (text.match(NEWS) ?? []).length : deictic;
  // Two stated years make a narrative only with no word of news at all.
  return news * 3 <= far && (far >= 3 || news === 0) ? 'narrative' : 'news';
}
