/**
 * The interface's words are in public/_locales/<lang>/messages.json, read by
 * the browser's i18n API (utils/platform/i18n.ts). English is the default
 * locale and the source of the key type: a key missing from it is a type
 * error. Pure code that must say something (a failure, say) returns a
 * Message, and the view puts it in words.
 */
import type en from '../../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** Keys that come in the plural forms of Intl.PluralRules: `<base>_one`, `_few`, `_many`, `_other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;

/** A sentence to be put in the reader's language: its key and the values for $1, $2… (numbers are formatted for the locale). */
export interface Message {
  key: MessageKey;
  subs?: Array<string | number>;
}

export const message = (key: MessageKey, ...subs: Array<string | number>): Message => ({ key, subs });

/** Fills $1…$9 of a message text ($$ is a dollar sign), as the browser does. */
export function fillMessage(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
