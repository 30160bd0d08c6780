/**
 * The story page: one event across the articles of the reading list, its
 * figures over time (charts and their table), the figures that disagree,
 * what the newest article adds, the event's dates, and the reader's ways to
 * change the story. The reader's choices are kept (utils/platform/stories.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/core/errors';
import { conflicts, series, timeline, whatIsNew } from '@/utils/core/stories/figures';
import { mergeStories, moveOut, renameStory, splitStory } from '@/utils/core/stories/choices';
import { storyToMarkdown } from '@/utils/core/stories/markdown';
import { articleDay } from '@/utils/core/stories/signals';
import type { Story, StoryChoices } from '@/utils/core/stories/types';
import type { Library } from '@/utils/core/library/db';
import { indexedStory, loadChoices, saveChoices, storiesOf, storyChoicesItem } from '@/utils/platform/stories';
import { MARK_STORY_FIRST_SCREEN } from '@/utils/platform/marks';
import { downloadFile } from '../list/download';
import { safeFileName } from '@/utils/core/library/export/filenames';
import { Conflicts } from './Conflicts';
import { FigureChart } from './FigureChart';
import { FiguresTable } from './FiguresTable';
import { StoryArticles } from './StoryArticles';
import { Timeline } from './Timeline';
import { WhatIsNew } from './WhatIsNew';
import { storyHref } from './links';
import { dayRange, SERIES_MESSAGE } from './words';
import { t, tn } from '@/utils/platform/i18n';

type State = { state: 'loading' } | { state: 'ready'; stories: Story[]; choices: StoryChoices } | { state: 'failed'; message: string };

export function StoryApp({ id, library }: { id: string; library: Promise<Library> }) {
  const [state, setState] = useState<State>({ state: 'loading' });
  const [notice, setNotice] = useState('');
  const [storyId, setStoryId] = useState(id);

  const load = async (first = false) => {
    try {
      const [lib, choices] = await Promise.all([library, loadChoices()]);
      // The first screen needs only this story: from the story index, when it holds, without grouping the whole list.
      const quick = first ? await indexedStory(lib, id, choices) : null;
      if (quick) {
        setState({ state: 'ready', stories: [quick], choices });
        // The other stories (to merge with) and a check of this one, once the first screen is painted
        // (a hidden tab may have no frames: then after a short while).
        await new Promise((r) => {
          requestAnimationFrame(() => setTimeout(r, 0));
          setTimeout(r, 200);
        });
      }
      setState({ state: 'ready', stories: await storiesOf(lib, choices), choices });
    } catch (err) {
      setState({ state: 'failed', message: errorMessage(err) });
    }
  };
  useEffect(() => {
    void load(true);
    // Another page (a view, another story page) changed the choices: show what is stored now.
    return storyChoicesItem.watch(() => void load());
  }, []);

  const story = state.state === 'ready' ? state.stories.find((s) => s.id === storyId) : undefined;
  useEffect(() => {
    if (state.state !== 'loading' && !performance.getEntriesByName(MARK_STORY_FIRST_SCREEN).length)
      performance.mark(MARK_STORY_FIRST_SCREEN);
    if (story) document.title = `${story.name} · Sift`;
  }, [state, story]);

  const derived = useMemo(() => {
    if (!story) return null;
    const s = series(story);
    const c = conflicts(story);
    const disputed = new Set(c.flatMap((x) => x.points));
    const days = [...new Set(story.articles.map(articleDay))].sort();
    return { series: s, conflicts: c, disputed, days, timeline: timeline(story), news: whatIsNew(story) };
  }, [story]);

  const change = async (next: StoryChoices, message: string, goTo?: string) => {
    try {
      await saveChoices(next);
      if (goTo) {
        setStoryId(goTo);
        history.replaceState(null, '', storyHref(goTo));
      }
      setNotice(message);
    } catch (err) {
      setNotice(t('storyNotSaved', errorMessage(err)));
    }
  };

  if (state.state === 'loading') return <p class="muted story-page">{t('storyLoading')}</p>;
  if (state.state === 'failed')
    return (
      <main class="story-page">
        <h1>{t('failStorage')}</h1>
        <p>{state.message}</p>
      </main>
    );
  if (!story || !derived)
    return (
      <main class="story-page">
        <h1>{t('storyNotFound')}</h1>
        <p>{t('storyNotFoundDetail')}</p>
        <p>
          <a href="/list.html">{t('storyBackToList')}</a>
        </p>
      </main>
    );

  const choices = state.choices;
  const others = state.stories.filter((s) => s.id !== story.id);
  const exportMarkdown = () => {
    const md = storyToMarkdown(story);
    downloadFile({ filename: `${safeFileName(story.name)}.md`, blob: new Blob([md], { type: 'text/markdown' }) });
  };

  return (
    <main class="story-page" data-testid="story-page">
      <p>
        <a href="/list.html">{t('readingList')}</a>
      </p>
      <StoryName story={story} onRename={(name) => void change(renameStory(choices, story, name), t('storyRenamed'))} />
      <p class="muted">
        {t(
          'storyOverview',
          tn('storyArticleCount', story.articles.length),
          tn('storySourceCount', new Set(story.articles.map((a) => a.siteName ?? a.url)).size),
          dayRange(derived.days[0]!, derived.days.at(-1)!),
        )}
      </p>
      <p role="status" class="notice" data-testid="story-notice">
        {notice}
      </p>
      <p>
        <button type="button" onClick={exportMarkdown}>
          {t('storyExport')}
        </button>
      </p>
      <WhatIsNew news={derived.news} />
      <Conflicts conflicts={derived.conflicts} />
      {derived.series.size > 0 && (
        <section aria-labelledby="figures" class="story-section" data-testid="figures">
          <h2 id="figures">{t('storyFigures')}</h2>
          <div class="charts">
            {[...derived.series].map(([key, points]) => (
              <FigureChart
                key={key}
                series={key}
                label={t(SERIES_MESSAGE[key])}
                points={points}
                disputed={derived.disputed}
                days={derived.days}
              />
            ))}
          </div>
          <FiguresTable series={derived.series} disputed={derived.disputed} />
        </section>
      )}
      <Timeline entries={derived.timeline} />
      <StoryArticles
        story={story}
        others={others}
        onMoveOut={(url) => void change(moveOut(choices, story, url), t('storyMoved'))}
        onSplit={(urls, name) => {
          const next = splitStory(choices, story, urls, name.trim() || t('storySplitPart', story.name));
          void change(next, t('storySplitDone'), next.placed[urls[0]!] ?? undefined);
        }}
        onMerge={(other) => void change(mergeStories(choices, story, other), t('storyMerged', other.name))}
      />
    </main>
  );
}

function StoryName({ story, onRename }: { story: Story; onRename(name: string): void }) {
  const [name, setName] = useState(story.name);
  useEffect(() => setName(story.name), [story.name]);
  return (
    <form
      class="story-name"
      onSubmit={(e) => {
        e.preventDefault();
        onRename(name);
      }}
    >
      <h1>
        <label for="story-name" class="visually-hidden">
          {t('storyName')}
        </label>
        <input
          id="story-name"
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          data-testid="story-name"
        />
      </h1>
      <button type="submit">{t('rename')}</button>
    </form>
  );
}
