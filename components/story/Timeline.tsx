import { formatDateValue } from '@/utils/core/facts/format';
import { sourceOf, type TimelineEntry } from '@/utils/core/stories/figures';
import { savedArticleHref } from './links';

/** The event's dates, as the articles name them, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (!entries.length) return null;
  return (
    <section aria-labelledby="dates" class="story-section" data-testid="timeline">
      <h2 id="dates">Dates</h2>
      <ol class="timeline">
        {entries.map((e) => (
          <li key={e.value}>
            <strong>{formatDateValue(e.value)}</strong>:{' '}
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
