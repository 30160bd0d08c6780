/** Small display helpers for article metadata, shared by every view. */

/**
 * The page's language tag as Intl takes it, or English (en-GB) when it has none or Intl does not know it.
 * A bare "en" is en-GB too: Sift writes "6 January 2022", as it always has, unless the page says en-US.
 */
export function intlLocale(lang: string | null | undefined, fallback = 'en-GB'): string {
  if (!lang) return fallback;
  try {
    const tag = Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0];
    return tag === 'en' ? 'en-GB' : (tag ?? fallback);
  } catch {
    return fallback;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached date format in the article's language, read in UTC (dates are calendar days, not instants). */
export function dateFormat(lang: string | null | undefined, parts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale(lang);
  const key = `${locale} ${JSON.stringify(parts)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' })));
  return f;
}

export function numberFormat(lang: string | null | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(lang, 'en-US'), options);
}

/** "6 January 2022" from an ISO date, keeping the calendar day the publisher wrote; in the article's language ("6 января 2022 г."). */
export function formatPublished(iso: string | null | undefined, lang?: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return null;
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The date part of an ISO timestamp, for <time datetime>. */
export function isoDay(iso: string | null | undefined): string | null {
  const m = iso ? /^\d{4}-\d{2}-\d{2}/.exec(iso) : null;
  return m ? m[0] : null;
}

/** The reading time in the article's language: "5 min", "5 мин", "5 分". */
export function formatReadingTime(minutes: number, lang?: string | null): string {
  return numberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.max(1, Math.round(minutes)));
}

/** A page's text direction as the `dir` attribute takes it. */
export function textDir(dir: string | null | undefined): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}
