/**
 * One figure of a story over time (a casualty kind, or troops), drawn as SVG
 * of its own: a line through the reported values, one point per article. Each
 * point is a link to the article at its sentence, reachable with Tab, and
 * says what it is to a screen reader; hovering or focusing it shows the quote.
 * The same data is in the table below the charts.
 */
import { useState } from 'preact/hooks';
import { describeFact } from '@/utils/core/facts/format';
import { sourceOf, type Point } from '@/utils/core/stories/figures';
import { t, uiLocale } from '@/utils/platform/i18n';
import { savedArticleHref } from './links';
import { shortDay as dayLabel } from './words';

interface Props {
  /** The series' key, for element ids (the label is in the reader's language). */
  series: string;
  label: string;
  points: Point[];
  /** Points that disagree with another source's figure of the same day. */
  disputed: Set<Point>;
  /** Every day of the story, in order (the x axis is shared by all charts). */
  days: string[];
}

const W = 640;
const H = 180;
const M = { top: 14, right: 16, bottom: 28, left: 56 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

export function FigureChart({ series, label, points, disputed, days }: Props) {
  const [shown, setShown] = useState<Point | null>(null);
  const numbered = points.filter((p) => p.value !== null);
  if (!numbered.length) return null;
  const max = niceMax(Math.max(...numbered.map((p) => p.value!)));
  const x = (day: string) =>
    M.left + (days.length > 1 ? (days.indexOf(day) / (days.length - 1)) * (W - M.left - M.right) : (W - M.left - M.right) / 2);
  const y = (v: number) => H - M.bottom - (v / max) * (H - M.top - M.bottom);
  // The line follows the highest figure of each day; disputed lower ones stand beside it.
  const perDay = days
    .map((d) => numbered.filter((p) => p.day === d))
    .filter((ps) => ps.length)
    .map((ps) => ps.reduce((a, b) => (b.value! > a.value! ? b : a)));
  const id = `chart-${series}`;
  return (
    <figure class="figure-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={t('storyChartLabel', label)} class="chart">
        <line class="axis" x1={M.left} y1={H - M.bottom} x2={W - M.right} y2={H - M.bottom} />
        <line class="axis" x1={M.left} y1={M.top} x2={M.left} y2={H - M.bottom} />
        <text class="tick" x={M.left - 6} y={y(max) + 4} text-anchor="end">
          {max.toLocaleString(uiLocale())}
        </text>
        <text class="tick" x={M.left - 6} y={H - M.bottom + 4} text-anchor="end">
          0
        </text>
        {days.map((d) => (
          <text key={d} class="tick" x={x(d)} y={H - 8} text-anchor="middle">
            {dayLabel(d)}
          </text>
        ))}
        <polyline class="series" points={perDay.map((p) => `${x(p.day)},${y(p.value!)}`).join(' ')} />
        {numbered.map((p, i) => {
          const what = [
            describeFact(p.fact, uiLocale()),
            sourceOf(p.article),
            dayLabel(p.day),
            ...(disputed.has(p) ? [t('storyDisputed')] : []),
          ].join(', ');
          return (
            <a
              key={i}
              href={savedArticleHref(p.article.url, { quote: p.fact.quote, start: p.fact.start })}
              aria-label={`${what}: “${p.fact.quote}”`}
              onFocus={() => setShown(p)}
              onMouseEnter={() => setShown(p)}
              onBlur={() => setShown(null)}
              onMouseLeave={() => setShown(null)}
              class={`point${disputed.has(p) ? ' disputed' : ''}`}
              data-testid="chart-point"
            >
              <title>{what}</title>
              {disputed.has(p) ? (
                <rect x={x(p.day) - 6} y={y(p.value!) - 6} width={12} height={12} />
              ) : (
                <circle cx={x(p.day)} cy={y(p.value!)} r={6} />
              )}
            </a>
          );
        })}
      </svg>
      <p class="chart-quote muted" aria-live="polite" data-testid="chart-quote">
        {shown
          ? `${describeFact(shown.fact, uiLocale())} (${sourceOf(shown.article)}, ${dayLabel(shown.day)}): “${shown.fact.quote}”`
          : ' '}
      </p>
    </figure>
  );
}
