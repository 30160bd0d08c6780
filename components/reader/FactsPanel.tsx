import type { Fact } from '@/utils/core/facts/types';
import { describeFact, factsToMarkdown, groupFacts } from '@/utils/core/facts/format';
import type { Settings } from '@/utils/core/settings/settings';
import { CopyButton } from './CopyButton';
import { markKey, type StoryContext } from '@/utils/core/stories/context';
import { FactMark, StoryNote } from './StoryNote';

interface Props {
  facts: Fact[];
  settings: Settings;
  title: string;
  onActivate: (fact: Fact) => void;
  /** The story of the reading list the article belongs to: its facts are marked against it. */
  story?: StoryContext | null;
  onOpenStory?: (id: string) => void;
}

function FactItem({ fact, onActivate, story }: { fact: Fact; onActivate: (f: Fact) => void; story?: StoryContext | null }) {
  return (
    <li>
      <button type="button" class="fact" title={`“${fact.quote}”`} data-testid="fact" onClick={() => onActivate(fact)}>
        {describeFact(fact)}
      </button>{' '}
      <FactMark mark={story?.marks[markKey(fact)]} />
    </li>
  );
}

const KIND_LABELS = {
  killed: 'Killed',
  injured: 'Injured',
  arrested: 'Arrested',
  missing: 'Missing',
  displaced: 'Displaced',
} as const;

/**
 * The key-facts panel: dates as a timeline (oldest first), casualties by kind,
 * troop numbers. Each fact is a button that scrolls to and highlights its sentence.
 */
export function FactsPanel({ facts, settings, title, onActivate, story, onOpenStory }: Props) {
  const shown = facts.filter((f) => settings.factTypes[f.type]);
  const groups = groupFacts(shown);
  const casualtyKinds = (Object.keys(KIND_LABELS) as Array<keyof typeof KIND_LABELS>).filter((k) => groups.casualties[k]?.length);
  return (
    <section aria-label="Key facts" class="panel facts-panel" data-testid="facts">
      <details open={settings.factsOpen}>
        <summary>
          <h2>Key facts</h2>
        </summary>
        {story && onOpenStory && <StoryNote story={story} onOpen={onOpenStory} />}
        {shown.length === 0 ? (
          <p class="muted" data-testid="facts-empty">
            No dates, casualties or troop numbers found
          </p>
        ) : (
          <>
            {groups.dates.length > 0 && (
              <div class="fact-group">
                <h3>Dates</h3>
                <ol class="timeline">
                  {groups.dates.map((f) => (
                    <FactItem key={`${f.start}-d`} fact={f} onActivate={onActivate} story={story} />
                  ))}
                </ol>
              </div>
            )}
            {casualtyKinds.map((k) => (
              <div class="fact-group" key={k}>
                <h3>{KIND_LABELS[k]}</h3>
                <ul>
                  {groups.casualties[k].map((f) => (
                    <FactItem key={`${f.start}-${k}`} fact={f} onActivate={onActivate} story={story} />
                  ))}
                </ul>
              </div>
            ))}
            {groups.troops.length > 0 && (
              <div class="fact-group">
                <h3>Troops</h3>
                <ul>
                  {groups.troops.map((f) => (
                    <FactItem key={`${f.start}-t`} fact={f} onActivate={onActivate} story={story} />
                  ))}
                </ul>
              </div>
            )}
            <CopyButton label="Copy facts" text={() => factsToMarkdown(shown, title)} />
          </>
        )}
      </details>
    </section>
  );
}
