import { describeFact } from '@/utils/core/facts/format';
import { sourceOf, type Conflict } from '@/utils/core/stories/figures';
import { t, uiLocale } from '@/utils/platform/i18n';
import { savedArticleHref } from './links';
import { longDay, SERIES_MESSAGE } from './words';

/** The same figure given differently by different sources on the same day, side by side. */
export function Conflicts({ conflicts }: { conflicts: Conflict[] }) {
  if (!conflicts.length) return null;
  return (
    <section aria-labelledby="conflicts" class="story-section" data-testid="conflicts">
      <h2 id="conflicts">{t('storyConflicts')}</h2>
      {conflicts.map((c, i) => (
        <div class="conflict" key={i} data-testid="conflict">
          <h3>{t('storyConflictDay', t(SERIES_MESSAGE[c.series]), longDay(c.day))}</h3>
          <ul class="side-by-side">
            {c.points.map((p, j) => (
              <li key={j}>
                <strong>{describeFact(p.fact, uiLocale())}</strong> {t('storyAccordingTo', sourceOf(p.article))}:{' '}
                <a href={savedArticleHref(p.article.url, { quote: p.fact.quote, start: p.fact.start })}>“{p.fact.quote}”</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
