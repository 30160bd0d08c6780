/**
 * A small reading list for the exports' golden files: an ordinary article, a hostile one
 * (markup, links, formulas and template syntax in every field), a Japanese one with a title
 * too long for a file name, an untitled one under a reserved Windows name, and a
 * right-to-left one. Fixed times, so the files never change by themselves.
 */
import type { SavedArticle } from '../../utils/core/library/types';

const base = (i: number): SavedArticle => ({
  url: `https://news.example.org/world/${i}`,
  title: `Story ${i}`,
  byline: null,
  siteName: null,
  published: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  html: '<p>Body.</p>',
  text: 'Body.',
  wordCount: 1,
  readingMinutes: 1,
  savedAt: Date.UTC(2025, 0, 2, 3, 4, 5, 600) + i * 1000,
  updatedAt: Date.UTC(2025, 0, 2, 3, 4, 5, 600) + i * 1000,
  read: false,
  tags: [],
  summary: [],
  facts: [],
});

const ordinaryText =
  'Talks resumed in Geneva on 6 January 2022.\n\nAbout 2,500 troops were sent, officials said.\n\nDozens were killed in the clashes.';

export const EXPORT_SAMPLES: SavedArticle[] = [
  {
    ...base(1),
    title: 'Talks resume in Geneva',
    byline: 'Jane Doe',
    siteName: 'Example News',
    published: '2022-01-06T10:30:00.000Z',
    excerpt: 'Talks resumed in Geneva.',
    html: '<h2>Talks</h2><p>Talks resumed in Geneva on <em>6 January 2022</em>.</p><p>About 2,500 troops were sent, officials <a href="https://example.org/said">said</a>.</p><ul><li>one</li><li>two</li></ul><p>Dozens were killed in the clashes.</p><img src="https://img.example.org/1.jpg" alt="A map">',
    text: ordinaryText,
    wordCount: 20,
    tags: ['europe', 'talks'],
    summary: ['Talks resumed in Geneva on 6 January 2022.', 'About 2,500 troops were sent, officials said.'],
    facts: [
      { type: 'date', value: '2022-01-06', quote: '6 January 2022', start: 27, end: 41 },
      { type: 'troops', count: { value: 2500, qualifier: 'about' }, quote: 'About 2,500 troops were sent', start: 44, end: 72 },
      { type: 'casualties', kind: 'killed', count: { magnitude: 'dozens' }, quote: 'Dozens were killed', start: 91, end: 109 },
    ],
  },
  {
    ...base(2),
    title: '=HYPERLINK("https://evil.example") <img src=x onerror=alert(1)> [[Vault note]] <% tp.file.title %>',
    byline: '**Bold** <b>author</b>',
    siteName: '#site %%comment%%',
    excerpt: "'=1+1, key:: value",
    url: 'https://news.example.org/a%20b?q=1&r=%3Cx%3E',
    html:
      '<pre>```\n~~~\n</pre><p>Inline <code>a ``b`` c</code> and <code>= this.file.name</code>.</p>' +
      '<table><caption>Troops by side</caption><tr><th colspan="2">Side</th><th>Troops</th></tr><tr><td>North</td><td>East</td><td>4,000</td></tr></table>' +
      '<p>50%% off, key:: value, $x$, ==mark==, #tag, &lt;script&gt;</p><p><a href="javascript:alert(1)">bad link</a></p>',
    text: '```\n~~~\n\nInline a ``b`` c and = this.file.name.\n\nNorth | East | 4,000\n\n50%% off, key:: value, $x$, ==mark==, #tag, <script>\n\nbad link',
    read: true,
    tags: ['+formula', 'c#', '1984', 'a.b', 'news/europe', 'средняя азия'],
    summary: ['<script>alert(1)</script> [[link]]'],
  },
  {
    ...base(3),
    title:
      'カザフスタンで原子力発電所の建設をめぐる国民投票が行われ、賛成が多数を占めたと選挙管理委員会が発表した。政府は二〇三五年までの稼働を目指しているが、周辺国や環境団体からは安全性への懸念も出ている',
    lang: 'ja',
    siteName: '例のニュース',
    html: '<p>国民投票が行われた。</p>',
    text: '国民投票が行われた。',
    tags: ['東京', 'エネルギー'],
  },
  { ...base(4), title: '', url: 'https://www.bbc.com/news/untitled', excerpt: 'An untitled page' },
  { ...base(5), title: 'CON', tags: ['windows'] },
  {
    ...base(6),
    title: 'محادثات \u200fالسلام\u202e تستأنف',
    lang: 'ar',
    dir: 'rtl',
    html: '<p dir="rtl">استؤنفت المحادثات.</p>',
    text: 'استؤنفت المحادثات.',
    read: true,
  },
];
