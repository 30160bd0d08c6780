import { describeFact } from '@/utils/core/facts/format';
import { sourceOf, type WhatIsNew as New } from '@/utils/core/stories/figures';
import { t, uiLocale } from '@/utils/platform/i18n';
import { savedArticleHref } from './links';

/** What the newest article adds to the ones before it: its new figures and sentences. */
export function WhatIsNew({ news }: { news: New }) {
  const { article, facts, sentences } = news;
  return (
    <section aria-labelledby="new" class="story-section" data-testid="what-is-new">
      <h2 id="new">{t('storyNew')}</h2>
      <p class="muted">
        <a href={savedArticleHref(article.url)}>{article.title}</a> ({sourceOf(article)})
      </p>
      {facts.length === 0 && sentences.length === 0 && <p>{t('storyNothingNew')}</p>}
      {facts.length > 0 && (
        <ul class="new-facts">
          {facts.map((f, i) => (
            <li key={i}>
              <a href={savedArticleHref(article.url, { quote: f.quote, start: f.start })}>{describeFact(f, uiLocale())}</a>
            </li>
          ))}
        </ul>
      )}
      {sentences.length > 0 && (
        <ul class="new-sentences">
          {sentences.slice(0, 6).map((s, i) => (
            <li key={i}>
              <a href={savedArticleHref(article.url, { quote: s.text, start: s.start })}>{s.text}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
