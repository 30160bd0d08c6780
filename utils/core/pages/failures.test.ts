import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { failureMessage, type ViewFailure } from './failures';

const FAILURES: ViewFailure[] = [
  { kind: 'not-article' },
  { kind: 'too-large', elements: 250000 },
  { kind: 'empty' },
  { kind: 'restricted', reason: 'browser-page' },
  { kind: 'restricted', reason: 'store' },
  { kind: 'restricted', reason: 'file' },
  { kind: 'restricted', reason: 'pdf' },
  { kind: 'restricted', reason: 'no-url' },
  { kind: 'inject-failed', message: 'x' },
  { kind: 'timeout', seconds: 5 },
  { kind: 'no-tab' },
  { kind: 'not-saved', url: 'https://example.org/' },
  { kind: 'storage', message: 'quota' },
] as ViewFailure[];

describe('failure messages', () => {
  it('are keys of the interface’s messages, with the values they need', () => {
    for (const f of FAILURES) {
      const { title, detail } = failureMessage(f);
      expect(en[title.key], title.key).toBeDefined();
      expect(en[detail.key], detail.key).toBeDefined();
      const wants = new Set(en[detail.key].message.match(/\$[1-9]/g) ?? []).size;
      expect(detail.subs?.length ?? 0, detail.key).toBe(wants);
    }
  });

  it('do not ask for a click just after the click: a tab Sift cannot reach then is one the browser withholds', () => {
    const f: ViewFailure = { kind: 'restricted', reason: 'no-url' };
    expect(failureMessage(f).detail.key).toBe('restrictedNoUrl');
    expect(failureMessage(f, true).detail.key).toBe('restrictedWithheld');
    expect(en.restrictedWithheld.message).not.toMatch(/Click/);
  });
});
