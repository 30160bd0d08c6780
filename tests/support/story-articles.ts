/**
 * Invented news articles for the story tests: a dated title and lead from an
 * outlet, and one event (a wildfire near an invented town over three days)
 * that grouping must find.
 */
import type { SavedArticle } from '../../utils/core/library/types';
import { sampleArticles } from './sample-articles';

/** An article of one's own: a dated title and lead, from an outlet. */
export function told(slug: string, day: string, title: string, lead: string, site: string): SavedArticle {
  const at = Date.parse(`${day}T09:00:00Z`);
  return {
    ...sampleArticles(1)[0]!,
    url: `https://${site.toLowerCase().replace(/\W/g, '')}.example/${slug}`,
    title,
    text: lead,
    html: `<p>${lead}</p>`,
    excerpt: null,
    siteName: site,
    published: `${day}T09:00:00Z`,
    savedAt: at,
    updatedAt: at,
    summary: [],
    facts: [],
  };
}

/** Three days of one wildfire, from three outlets. */
export const WILDFIRE: SavedArticle[] = [
  told(
    'a1',
    '2026-02-10',
    'Wildfire near Korvel forces the evacuation of Santa Irma',
    'The Korvel Fire Service said the wildfire reached the hills above Santa Irma on Tuesday.',
    'Ridge Post',
  ),
  told(
    'a2',
    '2026-02-11',
    'Korvel wildfire: Santa Irma evacuees wait for news',
    'Evacuees from Santa Irma spent the night in Korvel as the Korvel Fire Service fought the wildfire.',
    'Valley Daily',
  ),
  told(
    'a3',
    '2026-02-12',
    'Santa Irma returns home as the Korvel wildfire dies down',
    'The Korvel Fire Service let the people of Santa Irma go home on Thursday.',
    'Coast Wire',
  ),
];

/** Shares a place name and the week with the wildfire, tells another event: it must not join. */
export const KORVEL_LIBRARY = told(
  'x1',
  '2026-02-11',
  'Korvel opens its new library',
  'The new library in Korvel opened its doors to readers on Wednesday.',
  'Town Notes',
);
