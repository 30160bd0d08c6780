import type { StoryContext } from '@/utils/core/stories/context';
import { t, tn } from '@/utils/platform/i18n';
import { slot, withParts } from '../story/words';

/** "3 earlier articles in <story>": the facts panel's line when the article belongs to a story of the reading list. */
export function StoryNote({ story, onOpen }: { story: StoryContext; onOpen(id: string): void }) {
  const open = (
    <button type="button" class="link" onClick={() => onOpen(story.storyId)} data-testid="open-story">
      <em>{story.storyName}</em>
    </button>
  );
  return (
    <p class="story-note" data-testid="story-note">
      {withParts(tn('storyNoteEarlier', story.earlier, slot(0)), [open])}{' '}
      {withParts(t('storyNoteMarks', slot(0), slot(1)), [
        <span class="fact-mark new">{t('factMarkNew')}</span>,
        <span class="fact-mark conflict">{t('factMarkConflict')}</span>,
      ])}
    </p>
  );
}

/** The mark beside a fact: new to the story, or disagreeing with another source. */
export function FactMark({ mark }: { mark: 'new' | 'conflict' | undefined }) {
  if (!mark) return null;
  return (
    <span class={`fact-mark ${mark}`} data-testid={`fact-${mark}`}>
      {mark === 'new' ? t('factMarkNew') : t('factMarkConflict')}
    </span>
  );
}
