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

describe('readMetadata: titles lose the site tail, and only it', () => {
  const title = (t: string, head = '', body = '<p>x</p>', url = 'https://www.site.example/a') =>
    readMetadata(
      parseHtml(`<!doctype html><html lang="en"><head><title>${t}</title>${head}</head><body>${body}</body></html>`, url).document,
      url,
    ).title;

  it('strips the site name by og:site_name, by the host name, and without spaces around the separator', () => {
    expect(title('Ferry timetable stays - Entermedia', '<meta property="og:site_name" content="Entermedia">')).toBe(
      'Ferry timetable stays',
    );
    expect(title('Ferry timetable stays | Site', '', '<p>x</p>', 'https://news.site.example/a')).toBe('Ferry timetable stays');
    expect(title('北桥市议会决定关闭老港口大桥_新闻中心_北桥日报', '<meta property="og:site_name" content="北桥日报">')).toBe(
      '北桥市议会决定关闭老港口大桥_新闻中心',
    );
  });

  it("keeps to the page's own headline when the title is the headline plus a tail", () => {
    expect(title('Мост закрыли на ремонт: новости, фото 2018', '', '<h1>Мост закрыли на ремонт</h1>')).toBe('Мост закрыли на ремонт');
    expect(title('北桥市议会决定关闭老港口大桥_新闻中心_北桥日报', '', '<h1>北桥市议会决定关闭老港口大桥</h1>')).toBe(
      '北桥市议会决定关闭老港口大桥',
    );
  });

  it('never cuts a colon or dash that belongs to the headline', () => {
    expect(title('Brexit: what happens to the ferry timetable', '<meta property="og:site_name" content="Entermedia">')).toBe(
      'Brexit: what happens to the ferry timetable',
    );
    expect(title('Brexit: what happens next', '', '<h1>Brexit</h1>')).toBe('Brexit: what happens next');
    expect(title('Left - right: the new map of the council')).toBe('Left - right: the new map of the council');
  });
});

describe('readMetadata: content that is not free', () => {
  const ld = (o: object) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'H', ...o })}</script>`;
  it('reads isAccessibleForFree written as a boolean or a string, on the article or a part of it', () => {
    expect(meta(ld({ isAccessibleForFree: false })).notFree).toBe(true);
    expect(meta(ld({ isAccessibleForFree: 'False' })).notFree).toBe(true);
    expect(meta(ld({ hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'false' } })).notFree).toBe(true);
    expect(meta(ld({ isAccessibleForFree: true })).notFree).toBe(false);
    expect(meta('').notFree).toBe(false);
  });
  it('reads a locked content tier and the stated word count', () => {
    expect(meta('<meta property="article:content_tier" content="locked">').notFree).toBe(true);
    expect(meta('<meta property="article:content_tier" content="free">').notFree).toBe(false);
    expect(meta(ld({ wordCount: 1200 })).statedWords).toBe(1200);
  });
});
