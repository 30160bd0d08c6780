// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../core/article/types';
import { blockFingerprint } from '../core/extract/fingerprint';
import { saveFromView } from './save';

const paras = [
  'Talks resumed in Geneva on 6 January 2022, officials said.',
  'About 2,500 troops were sent to the border on Monday.',
  'Subscribe to our newsletter for more stories like this one.',
  'Dozens were killed in the clashes that followed.',
  'The envoy said the talks would go on next week.',
  'Both sides agreed to meet again in February.',
];
const article: Article = {
  url: 'https://news.example/geneva-talks',
  title: 'Talks resume in Geneva',
  byline: null,
  siteName: 'Example',
  published: '2022-01-06',
  lang: 'en',
  dir: null,
  excerpt: null,
  html: paras.map((p) => `<p>${p}</p>`).join(''),
  text: paras.join('\n\n'),
  wordCount: 60,
  readingMinutes: 1,
};

beforeEach(() => fakeBrowser.reset());

describe('saving from a view', () => {
  it('leaves out the removed blocks, and reads facts and a summary of the chosen length from what is left', async () => {
    const r = await saveFromView(article, [blockFingerprint(paras[2]!)], { summaryLength: 5, tags: ['Geneva'] });
    if (!r.ok) throw new Error(r.message);
    expect(r.saved.html).not.toContain('Subscribe');
    expect(r.saved.text).not.toContain('Subscribe');
    expect(r.saved.summary).toHaveLength(5);
    expect(r.saved.tags).toEqual(['geneva']);
    for (const f of r.saved.facts) expect(r.saved.text.slice(f.start, f.end)).toBe(f.quote);
  });
});
