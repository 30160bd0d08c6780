/** Stories: the articles of the reading list that tell one event, with its figures over time. */
import type { Fact } from '../facts/types';

/** What a story is made from: the saved articles' own fields. */
export interface StoryArticle {
  url: string;
  title: string;
  siteName: string | null;
  /** ISO date or timestamp from the page, or null. */
  published: string | null;
  /** When it was saved (ms): the date of an article that has no published date. */
  savedAt: number;
  text: string;
  facts: Fact[];
}

/** The reader's own choices, kept and never overridden by the grouping. */
export interface StoryChoices {
  /** Story names the reader gave, by story id. */
  names: Record<string, string>;
  /** Articles the reader placed: into a story (its id), or out of every story (null). */
  placed: Record<string, string | null>;
}

export const NO_CHOICES: StoryChoices = { names: {}, placed: {} };

export interface Story {
  /** Stable: made from the article that started the story, so the reader's choices keep pointing at it. */
  id: string;
  name: string;
  /** Oldest first. */
  articles: StoryArticle[];
}
