/** Small display helpers for article metadata, shared by every view. */

/** "6 January 2022" from an ISO date, keeping the calendar day the publisher wrote. */
export function formatPublished(iso: string | null | undefined, locale = 'en-GB'): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The date part of an ISO timestamp, for <time datetime>. */
export function isoDay(iso: string | null | undefined): string | null {
  const m = iso ? /^\d{4}-\d{2}-\d{2}/.exec(iso) : null;
  return m ? m[0] : null;
}

export function formatReadingTime(minutes: number): string {
  return minutes <= 1 ? '1 min read' : `${minutes} min read`;
}

/** A page's text direction as the `dir` attribute takes it. */
export function textDir(dir: string | null | undefined): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}
