import { textDir } from '@/utils/core/article/format';
import type { Article } from '@/utils/core/article/types';
import { formatPublished, formatReadingTime, isoDay } from '@/utils/core/article/format';
import { t, uiLocale } from '@/utils/platform/i18n';

/** Title and the facts about the article itself: site, byline, date, reading time (the date and time in the article's language). */
export function ArticleHeader({ article }: { article: Article }) {
  const day = isoDay(article.published);
  const published = formatPublished(article.published, article.lang);
  return (
    <header class="article-header">
      <h1 data-testid="title" dir={textDir(article.dir)}>
        {article.title}
      </h1>
      <p class="byline muted">
        {article.siteName && <span data-testid="site">{article.siteName}</span>}
        {article.byline && <span data-testid="byline">{article.byline}</span>}
        {published && day && (
          <time data-testid="published" dateTime={day}>
            {published}
          </time>
        )}
        <span data-testid="reading-time">
          <span class="visually-hidden" lang={uiLocale()}>
            {t('readingTime')}{' '}
          </span>
          {formatReadingTime(article.readingMinutes, article.lang)}
        </span>
      </p>
    </header>
  );
}
