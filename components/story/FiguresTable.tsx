import { describeFact } from '@/utils/core/facts/format';
import { SERIES_LABEL, sourceOf, type Point, type SeriesKey } from '@/utils/core/stories/figures';
import { savedArticleHref } from './links';

/** Every figure of the story as a table: the charts' data, for reading row by row. */
export function FiguresTable({ series, disputed }: { series: Map<SeriesKey, Point[]>; disputed: Set<Point> }) {
  const rows = [...series].flatMap(([key, points]) => points.map((p) => ({ key, p })));
  if (!rows.length) return null;
  return (
    <table class="figures-table" data-testid="figures-table">
      <caption>Every figure, by the day it was reported</caption>
      <thead>
        <tr>
          <th scope="col">Reported</th>
          <th scope="col">Figure</th>
          <th scope="col">What</th>
          <th scope="col">Source</th>
          <th scope="col">Sentence</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, p }, i) => (
          <tr key={i} class={disputed.has(p) ? 'disputed' : undefined}>
            <td>{p.day}</td>
            <td>{SERIES_LABEL[key]}</td>
            <td>
              {describeFact(p.fact)}
              {disputed.has(p) && <span class="badge"> disputed</span>}
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
