import type { Fact } from '@/utils/core/facts/types';
import { describeFact, factsToMarkdown, groupFacts } from '@/utils/core/facts/format';
import type { Settings } from '@/utils/core/settings/settings';
import { t, uiLocale } from '@/utils/platform/i18n';
import { CopyButton } from './CopyButton';
import { markKey, type StoryContext } from '@/utils/core/stories/context';
import { FactMark, StoryNote } from './StoryNote';
import type { PanelState } from './hooks/usePanels';
import { isPrintToggle } from './hooks/usePrintPanels';

interface Props {
  facts: Fact[];
  settings: Settings;
  title: string;
  /** The article's language: the facts' dates and numbers are written in it. */
  lang: string | null;
  panel: PanelState;
  onActivate: (fact: Fact) => void;
  /** The story of the reading list the article belongs to: its facts are marked against it. */
  story?: StoryContext | null;
  onOpenStory?: (id: string) => void;
}

function FactItem({
  fact,
  lang,
  onActivate,
  story,
}: {
  fact: Fact;
  lang: string | null;
  onActivate: (f: Fact) => void;
  story?: StoryContext | null;
}) {
  return (
    <li>
      <button
        type="button"
        class="fact"
        title={`“${fact.quote}”`}
        data-testid="fact"
        lang={lang ?? undefined}
        onClick={() => onActivate(fact)}
      >
        {describeFact(fact, lang)}
      </button>{' '}
      <FactMark mark={story?.marks[markKey(fact)]} />
    </li>
  );
}

const KIND_LABELS = {
  killed: 'factKilled',
  injured: 'factInjured',
  arrested: 'factArrested',
  missing: 'factMissing',
  displaced: 'factDisplaced',
} as const;

const headings = () => ({
  keyFacts: t('keyFacts'),
  dates: t('factDates'),
  casualties: t('factCasualties'),
  troops: t('factTroops'),
  none: t('noFacts'),
});

/**
 * The key-facts panel: dates as a timeline (oldest first), casualties by kind,
 * troop numbers. Each fact is a button that scrolls to and highlights its
 * sentence; `f` comes back here (useViewShortcuts).
 */
export function FactsPanel({ facts, settings, title, lang, panel, onActivate, story, onOpenStory }: Props) {
  const shown = facts.filter((f) => settings.factTypes[f.type]);
  const groups = groupFacts(shown);
  const casualtyKinds = (Object.keys(KIND_LABELS) as Array<keyof typeof KIND_LABELS>).filter((k) => groups.casualties[k]?.length);
  return (
    <section aria-label={t('keyFacts')} class="panel facts-panel" data-testid="facts" lang={uiLocale()}>
      <details open={panel.open} onToggle={(e) => !isPrintToggle(e.currentTarget) && panel.onToggle(e.currentTarget.open)}>
        <summary aria-keyshortcuts={settings.viewShortcuts ? 'F' : undefined}>
          <h2>{t('keyFacts')}</h2>
          {shown.length > 0 && <span class="panel-count muted">{shown.length}</span>}
        </summary>
        {story && onOpenStory && <StoryNote story={story} onOpen={onOpenStory} />}
        {shown.length === 0 ? (
          <p class="muted" data-testid="facts-empty">
            {t('noFacts')}
          </p>
        ) : (
          <>
            {groups.dates.length > 0 && (
              <div class="fact-group">
                <h3>{t('factDates')}</h3>
                <ol class="timeline">
                  {groups.dates.map((f) => (
                    <FactItem key={`${f.start}-d`} fact={f} lang={lang} onActivate={onActivate} story={story} />
                  ))}
                </ol>
              </div>
            )}
            {casualtyKinds.map((k) => (
              <div class="fact-group" key={k}>
                <h3>{t(KIND_LABELS[k])}</h3>
                <ul>
                  {groups.casualties[k].map((f) => (
                    <FactItem key={`${f.start}-${k}`} fact={f} lang={lang} onActivate={onActivate} story={story} />
                  ))}
                </ul>
              </div>
            ))}
            {groups.troops.length > 0 && (
              <div class="fact-group">
                <h3>{t('factTroops')}</h3>
                <ul>
                  {groups.troops.map((f) => (
                    <FactItem key={`${f.start}-t`} fact={f} lang={lang} onActivate={onActivate} story={story} />
                  ))}
                </ul>
              </div>
            )}
            <CopyButton label={t('copyFacts')} text={() => factsToMarkdown(shown, title, lang, headings())} />
            {settings.viewShortcuts && <p class="muted small key-hint">{t('factsKeyHint')}</p>}
          </>
        )}
      </details>
    </section>
  );
}
