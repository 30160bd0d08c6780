import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ru from '@/public/_locales/ru/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { fillMessage, message } from '../core/i18n/messages';
import { say, t, tn, uiLocale } from './i18n';

const i18n = fakeBrowser.i18n as unknown as { getMessage: (k: string, s?: string[]) => string };
const english = i18n.getMessage;
/** The browser in another language: its messages, as the browser fills them. */
function speak(catalog: Record<string, { message: string }>) {
  i18n.getMessage = (k, s) => (catalog[k] ? fillMessage(catalog[k].message, s ?? []) : '');
}
afterEach(() => {
  i18n.getMessage = english;
});

describe('the interface’s words', () => {
  it('fills a message, with numbers in the interface’s language', () => {
    expect(t('pageOf', 2, 12)).toBe('Page 2 of 12');
    expect(t('failTooLargeDetail', 123456)).toMatch(/^It has 123,456 elements;/);
    speak(fr);
    expect(uiLocale()).toBe('fr');
    expect(t('failTooLargeDetail', 123456)).toMatch(/^Elle compte 123\u202f456 éléments/);
  });

  it('picks the plural form each language uses', () => {
    expect(tn('bringBack', 1)).toBe('Bring back 1 removed block');
    expect(tn('bringBack', 3)).toBe('Bring back 3 removed blocks');
    speak(ru);
    expect([1, 2, 5, 21, 22, 25, 111].map((n) => tn('bringBack', n))).toEqual([
      'Вернуть 1 убранный блок',
      'Вернуть 2 убранных блока',
      'Вернуть 5 убранных блоков',
      'Вернуть 21 убранный блок',
      'Вернуть 22 убранных блока',
      'Вернуть 25 убранных блоков',
      'Вернуть 111 убранных блоков',
    ]);
  });

  it('puts a message from pure code in words', () => {
    expect(say(message('failNotSavedDetail', 'https://example.org/a'))).toBe('Nothing is saved for https://example.org/a.');
  });
});
