import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillMessage, PLURAL_FORMS } from './messages';

const DIR = resolve(import.meta.dirname, '../../../public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string) => JSON.parse(readFileSync(resolve(DIR, lang, 'messages.json'), 'utf8')) as Messages;
const LANGS = readdirSync(DIR).sort();
const en = load('en');
const subs = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();

describe('the interface’s languages', () => {
  it('has at least English, French, German, Spanish, Russian, Ukrainian and Japanese', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'ru', 'uk', 'ja']));
  });

  it.each(LANGS)('%s: every message English has, no other, none empty, each with the same $1…$9', (lang) => {
    const m = load(lang);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(m)) {
      expect(message.trim(), `${lang} ${key}`).not.toBe('');
      expect(subs(message), `${lang} ${key}`).toEqual(subs(en[key]!.message));
      // A "$" of its own must be written "$$": the browser reads "$word" as a named placeholder.
      expect(message.replace(/\$\$|\$[1-9]/g, ''), `${lang} ${key}`).not.toMatch(/\$/);
    }
  });

  it.each(LANGS)('%s: short, as English is (no message more than twice as long, a little slack for short ones)', (lang) => {
    const m = load(lang);
    const long = Object.keys(m).filter((k) => m[k]!.message.length > 2 * en[k]!.message.length + 12);
    expect(long).toEqual([]);
  });

  it.each(LANGS)('%s: names itself in its "locale" message', (lang) => {
    expect(load(lang).locale!.message).toBe(lang);
  });

  it('gives every counted message all the plural forms Intl may ask for', () => {
    const bases = Object.keys(en)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThan(0);
    for (const b of bases) for (const f of PLURAL_FORMS) expect(en[`${b}_${f}`], `${b}_${f}`).toBeDefined();
    // Every form the languages use, for counts a list can reach, has its own entry.
    for (const lang of LANGS)
      for (let n = 0; n < 2000; n++) {
        const form = new Intl.PluralRules(lang).select(n);
        expect(PLURAL_FORMS as readonly string[], `${lang} ${n}`).toContain(form);
      }
  });

  it('fills $1…$9 and keeps $$ as a dollar sign, as the browser does', () => {
    expect(fillMessage('Page $1 of $2', ['3', '9'])).toBe('Page 3 of 9');
    expect(fillMessage('$$5 for $1', ['you'])).toBe('$5 for you');
    expect(fillMessage('$1 and $3', ['a'])).toBe('a and ');
  });
});
