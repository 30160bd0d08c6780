import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/dom';
import { readMetadata } from './metadata';

const meta = (head: string, body = '<p>x</p>', htmlAttrs = 'lang="en"') =>
  readMetadata(
    parseHtml(
      `<!doctype html><html ${htmlAttrs}><head><title>Headline here - Site</title>${head}</head><body>${body}</body></html>`,
      'https://www.site.example/a',
    ).document,
    'https://www.site.example/a',
  );

describe('readMetadata: publication date', () => {
  it('reads JSON-LD datePublished, also inside @graph', () => {
    expect(
      meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2022-01-06T17:46:00+01:00"}</script>`)
        .published,
    ).toBe('2022-01-06T17:46:00+01:00');
    expect(
      meta(
        `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":"Article","headline":"H","datePublished":"2021-03-04"}]}</script>`,
      ).published,
    ).toBe('2021-03-04');
  });
  it('reads article:published_time, itemprop, DC.date, parsely-pub-date and date metas', () => {
    expect(meta('<meta property="article:published_time" content="2020-05-01T10:00:00Z">').published).toBe('2020-05-01T10:00:00Z');
    expect(meta('<meta itemprop="datePublished" content="2019-11-19">').published).toBe('2019-11-19');
    expect(meta('<meta name="DC.date" content="2018-02-03">').published).toBe('2018-02-03');
    expect(meta('<meta name="parsely-pub-date" content="2017-07-08T09:10:11Z">').published).toBe('2017-07-08T09:10:11Z');
    expect(meta('<meta name="date" content="2016-01-02 08:30:00">').published).toBe('2016-01-02T08:30:00');
  });
  it('reads <time datetime> inside the article, never a today widget in the header', () => {
    const body =
      '<header><span class="today">Thursday 20th Jan 2022</span><time datetime="2022-01-20">Today</time></header><article><h1>H</h1><time datetime="2022-01-06T09:00:00Z">6 Jan</time><p>Text</p></article>';
    expect(meta('', body).published).toBe('2022-01-06T09:00:00Z');
    expect(meta('', '<header><span>Thursday 20th Jan 2022</span></header><p>Text</p>').published).toBeNull();
  });
});

describe('readMetadata: other fields', () => {
  it('title, site name, byline, lang and dir', () => {
    const m = meta(
      `<meta property="og:site_name" content="The Site"><script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}</script>`,
      '<p>x</p>',
      'lang="ar" dir="rtl"',
    );
    expect(m.title).toBe('The headline');
    expect(m.siteName).toBe('The Site');
    expect(m.byline).toBe('Ann Lee, Bo Chen');
    expect(m.lang).toBe('ar');
    expect(m.dir).toBe('rtl');
  });
  it('falls back on the host name for the site and strips the site from the title', () => {
    const m = meta('<meta property="og:title" content="Headline here | site.example">');
    expect(m.siteName).toBe('site.example');
    expect(m.title).toBe('Headline here');
  });
});
