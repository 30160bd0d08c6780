/**
 * The reading list's stories: a section that leads to each story page, and
 * the story of each article for its row. Grouping reads every article, so it
 * runs once the list's first screen is up and the page is idle, and again
 * when the list or the reader's story choices change.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Library } from '@/utils/core/library/db';
import { articleDay } from '@/utils/core/stories/signals';
import { errorMessage } from '@/utils/core/errors';
import { storiesOf, storyChoicesItem } from '@/utils/platform/stories';
import { t, tn, uiLocale } from '@/utils/platform/i18n';
import { storyHref } from '../story/links';
import './stories-section.css';

/** What the list shows of a story. */
export interface StoryLink {
  id: string;
  name: string;
  count: number;
  /** The newest article's day, YYYY-MM-DD. */
  latest: string;
}

export type ListStories = { stories: StoryLink[]; byUrl: Map<string, StoryLink> } | { failed: string };

/** The stories of the list, found after its first screen (null until then). */
export function useListStories(library: Promise<Library>, firstScreenUp: boolean, tick: number): ListStories | null {
  const [stories, setStories] = useState<ListStories | null>(null);
  const [changed, setChanged] = useState(0);
  // A story page or a view changed the reader's choices: group again.
  useEffect(() => storyChoicesItem.watch(() => setChanged((n) => n + 1)), []);
  useEffect(() => {
    if (!firstScreenUp) return;
    let live = true;
    const load = () =>
      void library
        .then((lib) => storiesOf(lib))
        .then(
          (all) => {
            if (!live) return;
            const byUrl = new Map<string, StoryLink>();
            const links = all.map((s) => {
              const link = { id: s.id, name: s.name, count: s.articles.length, latest: articleDay(s.articles.at(-1)!) };
              for (const a of s.articles) byUrl.set(a.url, link);
              return link;
            });
            setStories({ stories: links, byUrl });
          },
          (e) => live && setStories({ failed: errorMessage(e) }),
        );
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 1000 });
      return () => ((live = false), cancelIdleCallback(id));
    }
    const timer = setTimeout(load, 300);
    return () => ((live = false), clearTimeout(timer));
  }, [library, firstScreenUp, tick, changed]);
  return stories;
}

/** A day (YYYY-MM-DD) in the reader's language; the day itself where no formatter can show it. */
export function shownDay(day: string): string {
  try {
    return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
  } catch {
    return day;
  }
}

/** The stories, newest first, each a link to its page; nothing while there are none. */
export function StoriesSection({ stories }: { stories: ListStories | null }) {
  if (!stories) return null;
  if ('failed' in stories)
    return (
      <p class="muted" data-testid="stories-failed">
        {t('storiesFailed', stories.failed)}
      </p>
    );
  if (!stories.stories.length) return null;
  return (
    <section class="list-stories" aria-labelledby="list-stories-heading" data-testid="list-stories">
      <h2 id="list-stories-heading">{t('storiesHeading')}</h2>
      <ul>
        {stories.stories.map((s) => (
          <li key={s.id} data-testid="list-story">
            <a href={storyHref(s.id)}>{s.name}</a> <span class="muted">{tn('storiesSummary', s.count, shownDay(s.latest))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The link from an article's row to its story. */
export function RowStoryLink({ story }: { story: StoryLink | undefined }) {
  return story ? (
    <a class="item-story" href={storyHref(story.id)} data-testid="row-story">
      {t('storiesOfArticle', story.name)}
    </a>
  ) : null;
}
