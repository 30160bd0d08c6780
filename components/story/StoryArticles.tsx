import { useState } from 'preact/hooks';
import { articleDay } from '@/utils/core/stories/signals';
import { sourceOf } from '@/utils/core/stories/figures';
import type { Story } from '@/utils/core/stories/types';
import { t } from '@/utils/platform/i18n';
import { savedArticleHref, storyHref } from './links';
import { longDay } from './words';

interface Props {
  story: Story;
  others: Story[];
  onMoveOut(url: string): void;
  onSplit(urls: string[], name: string): void;
  onMerge(other: Story): void;
}

/** The story's articles, with the reader's ways to change the story: move one out, split some off, merge another in. */
export function StoryArticles({ story, others, onMoveOut, onSplit, onMerge }: Props) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [splitName, setSplitName] = useState('');
  const [mergeId, setMergeId] = useState('');
  const toggle = (url: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(url);
    else next.delete(url);
    setPicked(next);
  };
  return (
    <section aria-labelledby="articles" class="story-section">
      <h2 id="articles">{t('storyArticles')}</h2>
      <ol class="story-articles" data-testid="story-articles">
        {story.articles.map((a) => (
          <li key={a.url} data-testid="story-article">
            <label class="pick">
              <input
                type="checkbox"
                checked={picked.has(a.url)}
                onChange={(e) => toggle(a.url, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span class="visually-hidden">{t('storyChoose', a.title || a.url)}</span>
            </label>{' '}
            <span class="muted">
              {longDay(articleDay(a))}, {sourceOf(a)}:
            </span>{' '}
            <a href={savedArticleHref(a.url)}>{a.title || a.url}</a>{' '}
            <button type="button" onClick={() => onMoveOut(a.url)} data-testid="move-out">
              {t('storyMoveOut')}
              <span class="visually-hidden"> “{a.title || a.url}”</span>
            </button>
          </li>
        ))}
      </ol>
      <div class="story-actions">
        <label>
          {t('storySplitName')} <input value={splitName} onInput={(e) => setSplitName((e.currentTarget as HTMLInputElement).value)} />
        </label>{' '}
        <button
          type="button"
          disabled={picked.size === 0 || picked.size === story.articles.length}
          onClick={() => onSplit([...picked], splitName)}
        >
          {t('storySplit')}
        </button>
      </div>
      {others.length > 0 && (
        <div class="story-actions">
          <label>
            {t('storyMergeLabel')}{' '}
            <select value={mergeId} onChange={(e) => setMergeId((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('storyChooseStory')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.articles.length})
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            type="button"
            disabled={!mergeId}
            onClick={() => {
              const other = others.find((o) => o.id === mergeId);
              if (other) onMerge(other);
            }}
          >
            {t('storyMerge')}
          </button>{' '}
          {others.slice(0, 5).map((o) => (
            <a key={o.id} class="muted small" href={storyHref(o.id)}>
              {o.name}{' '}
            </a>
          ))}
        </div>
      )}
    </section>
  );
}
