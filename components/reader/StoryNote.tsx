import type { StoryContext } from '@/utils/core/stories/context';

/** "3 earlier articles in <story>": the facts panel's line when the article belongs to a story of the reading list. */
export function StoryNote({ story, onOpen }: { story: StoryContext; onOpen(id: string): void }) {
  const n = story.earlier;
  return (
    <p class="story-note" data-testid="story-note">
      {n} earlier article{n > 1 ? 's' : ''} in{' '}
      <button type="button" class="link" onClick={() => onOpen(story.storyId)} data-testid="open-story">
        <em>{story.storyName}</em>
      </button>
      . Facts marked <span class="fact-mark new">new</span> are not in them; <span class="fact-mark conflict">differs</span> means another
      source gave another figure that day.
    </p>
  );
}

/** The mark beside a fact: new to the story, or disagreeing with another source. */
export function FactMark({ mark }: { mark: 'new' | 'conflict' | undefined }) {
  if (!mark) return null;
  return (
    <span class={`fact-mark ${mark}`} data-testid={`fact-${mark}`}>
      {mark === 'new' ? 'new' : 'differs'}
    </span>
  );
}
