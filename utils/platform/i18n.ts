/**
 * The interface in the reader's language: the browser picks the messages of
 * its UI language from _locales (English when Sift has none for it). Every
 * key is checked by the type of the English file (utils/core/i18n/messages.ts).
 */
import { browser } from 'wxt/browser';
import { PLURAL_FORMS, type Message, type MessageKey, type PluralBase } from '../core/i18n/messages';

/** The language of the messages shown (their own "locale" entry), for `lang` attributes and number formats. */
export function uiLocale(): string {
  return browser.i18n.getMessage('locale') || 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(n: number): string {
  const loc = uiLocale();
  let f = numberFormats.get(loc);
  if (!f) numberFormats.set(loc, (f = new Intl.NumberFormat(loc)));
  return f.format(n);
}

const asText = (subs: ReadonlyArray<string | number>) => subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s));

/** The message `key` in the interface's language, with $1, $2… filled from `subs`. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return browser.i18n.getMessage(key, asText(subs)) || key;
}

/** A message with a count: the plural form the language uses for `n`, with `n` as $1. */
export function tn(base: PluralBase, n: number, ...subs: Array<string | number>): string {
  const form = new Intl.PluralRules(uiLocale()).select(n);
  const key = (PLURAL_FORMS.includes(form as (typeof PLURAL_FORMS)[number]) ? `${base}_${form}` : `${base}_other`) as MessageKey;
  return t(key, n, ...subs);
}

/** A Message from pure code, in words. */
export function say(m: Message): string {
  return t(m.key, ...(m.subs ?? []));
}

/** The language's text direction. */
export function uiDir(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
