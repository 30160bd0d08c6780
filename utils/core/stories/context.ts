/**
 * Where an article being read stands among the stories of the reading list:
 * the story it belongs to (saved or not yet), how many earlier articles that
 * story has, and which of its facts are new to the story or disagree with an
 * earlier figure.
 */
import { factKey } from '../facts/keys';
import type { Fact } from '../facts/types';
import { markFacts } from './figures';
import { groupStories } from './group';
import { articleDay } from './signals';
import type { StoryArticle, StoryChoices } from './types';

export interface StoryContext {
  storyId: string;
  storyName: string;
  /** Articles of the story reported before this one (or on its day, by other sources). */
  earlier: number;
  /** By fact key (type|key): new to the story, or disagreeing with another source's figure of the same day. */
  marks: Record<string, 'new' | 'conflict'>;
}

export const markKey = (f: Pick<Fact, 'type' | 'kind' | 'value' | 'count'>) => `${f.type}|${factKey(f)}`;

export function storyContext(article: StoryArticle, saved: StoryArticle[], choices: StoryChoices): StoryContext | null {
  const others = saved.filter((a) => a.url !== article.url);
  const story = groupStories([...others, article], choices).find((s) => s.articles.some((a) => a.url === article.url));
  if (!story) return null;
  const day = articleDay(article);
  const earlier = story.articles.filter((a) => a.url !== article.url && articleDay(a) <= day).length;
  if (earlier === 0) return null;
  const marks: Record<string, 'new' | 'conflict'> = {};
  for (const [f, m] of markFacts(
    story,
    story.articles.find((a) => a.url === article.url)!,
  ))
    marks[markKey(f)] = m;
  return { storyId: story.id, storyName: story.name, earlier, marks };
}
