import { formatDateValue } from '@/utils/core/facts/format';
import { sourceOf, type TimelineEntry } from '@/utils/core/stories/figures';
import { t, uiLocale } from '@/utils/platform/i18n';
import { savedArticleHref } from './links';

/** The event's dates, as the articles name them, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (!entries.length) return null;
  return (
    <section aria-labelledby="dates" class="story-section" data-testid="timeline">
      <h2 id="dates">{t('factDates')}</h2>
      <ol class="timeline">
        {entries.map((e) => (
          <li key={e.value}>
            <strong>{formatDateValue(e.value, uiLocale())}</strong>:{' '}
            {e.mentions.map((m, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <a href={savedArticleHref(m.article.url, { quote: m.fact.quote, start: m.fact.start })}>{sourceOf(m.article)}</a>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
