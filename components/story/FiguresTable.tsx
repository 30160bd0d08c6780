import { describeFact } from '@/utils/core/facts/format';
import { sourceOf, type Point, type SeriesKey } from '@/utils/core/stories/figures';
import { t, uiLocale } from '@/utils/platform/i18n';
import { savedArticleHref } from './links';
import { longDay, SERIES_MESSAGE } from './words';

/** Every figure of the story as a table: the charts' data, for reading row by row. */
export function FiguresTable({ series, disputed }: { series: Map<SeriesKey, Point[]>; disputed: Set<Point> }) {
  const rows = [...series].flatMap(([key, points]) => points.map((p) => ({ key, p })));
  if (!rows.length) return null;
  return (
    <table class="figures-table" data-testid="figures-table">
      <caption>{t('storyTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('storyColReported')}</th>
          <th scope="col">{t('storyColFigure')}</th>
          <th scope="col">{t('storyColWhat')}</th>
          <th scope="col">{t('storyColSource')}</th>
          <th scope="col">{t('storyColSentence')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, p }, i) => (
          <tr key={i} class={disputed.has(p) ? 'disputed' : undefined}>
            <td>{longDay(p.day)}</td>
            <td>{t(SERIES_MESSAGE[key])}</td>
            <td>
              {describeFact(p.fact, uiLocale())}
              {disputed.has(p) && <span class="badge"> {t('storyDisputed')}</span>}
            </td>
            <td>{sourceOf(p.article)}</td>
            <td>
              <a href={savedArticleHref(p.article.url, { quote: p.fact.quote, start: p.fact.start })}>“{p.fact.quote}”</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
