/**
 * Unit tests run with WXT's fake browser, which has no i18n: give it the
 * English messages, filled as the browser fills them, so components render
 * the words a reader with an English browser sees.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import { fillMessage } from '@/utils/core/i18n/messages';

const messages = en as Record<string, { message: string }>;
const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
i18n.getMessage = (key: string, subs?: string | string[]) =>
  messages[key] ? fillMessage(messages[key].message, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';
i18n.getUILanguage = () => 'en';
