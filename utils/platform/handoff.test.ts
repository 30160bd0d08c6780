import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../core/article/types';
import { forgetTab, HANDOFF_MAX_AGE_MS, handOff, keepForTab, keptFor, takeHandoff } from './handoff';

const article: Article = {
  url: 'https://news.example/a',
  title: 'Talks resume',
  byline: null,
  siteName: 'Example',
  published: '2022-01-06',
  lang: 'en',
  dir: null,
  excerpt: null,
  html: '<p>Talks resumed on Monday.</p>',
  text: 'Talks resumed on Monday.',
  wordCount: 4,
  readingMinutes: 1,
};

describe('handing the popup article to the reader tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the reader tab of that tab the same article, once', async () => {
    expect(await handOff(7, article, 'sel', 1_000)).toBe(true);
    expect(await takeHandoff(8, 1_500)).toBeNull();
    expect(await takeHandoff(7, 1_500)).toMatchObject({ article, selection: 'sel', at: 1_000 });
    // A reload of the reader tab extracts afresh.
    expect(await takeHandoff(7, 1_600)).toBeNull();
  });

  it('ignores a stale handoff, and clears it', async () => {
    await handOff(7, article, '', 1_000);
    expect(await takeHandoff(7, 1_000 + HANDOFF_MAX_AGE_MS + 1)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores what another version of Sift (or anything else) left under the key, and clears it', async () => {
    await fakeBrowser.storage.session.set({ 'handoff:7': { article: { ...article, text: 42 }, selection: '', at: 1_000 } });
    expect(await takeHandoff(7, 1_100)).toBeNull();
    await fakeBrowser.storage.session.set({ 'handoff:7': { v: 99, article, selection: '', at: 1_000 } });
    expect(await takeHandoff(7, 1_100)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe("a reader tab's kept article", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is there for every reload of that tab, whatever its age, and goes when the tab closes', async () => {
    expect(await keepForTab(42, article, 'sel', 1_000)).toBe(true);
    expect(await keptFor(42)).toMatchObject({ article, selection: 'sel' });
    expect(await keptFor(42)).toMatchObject({ article });
    expect(await keptFor(43)).toBeNull();
    await handOff(42, article, '', 1_000);
    await forgetTab(42);
    expect(await keptFor(42)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores what another version left under the key', async () => {
    await fakeBrowser.storage.session.set({ 'kept:42': { v: 99, article, selection: '', at: 1 } });
    expect(await keptFor(42)).toBeNull();
  });
});
