/**
 * The promises around the cleaning: the gate reads what extraction found, the
 * safety net never shows less than Readability found, and the bodies the
 * cleaning used to empty (noscript-only pages, whitespace in code, paywall
 * teasers) come out whole.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/dom';
import { LONG, articlePage, extract, page, textOf } from '../../../tests/support/extract';
import { extractArticle } from './index';

const URL = 'https://news.example.com/world/story-1';

/** Extraction as a click runs it: the gate on, a fresh copy for the second look. */
function click(html: string) {
  const { document, window } = parseHtml(html, URL);
  return extractArticle(document, { url: URL, window, freshCopy: () => parseHtml(html, URL).document });
}

describe('the gate: an article is what has running text', () => {
  it('an article of short one-sentence paragraphs is an article', () => {
    const short = Array.from(
      { length: 10 },
      (_, i) => `<div><p>Paragraph ${i + 1}: the council voted on Tuesday to close the bridge.</p></div>`,
    ).join('');
    const r = click(page(`<div id="main">${short}</div>`));
    expect(r.ok).toBe(true);
  });

  it('a page of teasers and links is not, and forcing it shows what there is', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/s/${i}"><h3>Story ${i}</h3></a><p>Short teaser ${i}.</p></li>`,
    ).join('');
    const html = page(`<main><h1>Front page</h1><ul>${teasers}</ul></main>`);
    const r = click(html);
    expect(!r.ok && r.failure.kind).toBe('not-article');
    expect(extract(html).ok).toBe(true);
  });

  it('a page whose body is made of lists (steps, a timeline) is an article', () => {
    const list = (n: number, from: number) =>
      `<ul>${Array.from({ length: n }, (_, i) => `<li>${1980 + from + i} – the ferry adds another crossing</li>`).join('')}</ul>`;
    const r = click(page(`<article><h1>The ferry</h1>${list(6, 0)}<p>${LONG(1)}</p>${list(6, 10)}</article>`));
    expect(r.ok).toBe(true);
  });
});

describe('the safety net: never less than Readability found', () => {
  it('when the cleaning would take most of the running text, Readability’s body is kept', () => {
    // A review of newsletter tools: every paragraph names a newsletter and links most of its words.
    const tools = ['Buttondown', 'Ghost', 'Substack', 'Beehiiv', 'Mailerlite', 'Kit'];
    const body = tools
      .map(
        (t) =>
          `<p><a href="https://${t.toLowerCase()}.example">${t}, a newsletter tool,</a> is what our editors tried for six weeks this spring.</p>`,
      )
      .join('');
    const r = extract(articlePage(body));
    if (!r.ok) throw new Error(r.failure.kind);
    for (const t of tools) expect(r.article.text).toContain(`${t}, a newsletter tool, is what our editors tried`);
  });

  it('a call to action that is plainly one still goes on that path', () => {
    const tools = ['Buttondown', 'Ghost', 'Substack', 'Beehiiv'];
    const body =
      tools
        .map(
          (t) =>
            `<p><a href="https://${t.toLowerCase()}.example">${t}, a newsletter tool,</a> is what our editors tried for six weeks this spring.</p>`,
        )
        .join('') + '<p>Subscribe to our newsletter today</p>';
    const text = textOf(articlePage(body));
    expect(text).toContain('Ghost, a newsletter tool, is what');
    expect(text).not.toContain('Subscribe to our newsletter today');
  });
});

describe('bodies the cleaning used to empty', () => {
  it('reads a body that is only in <noscript>, and leaves a pixel’s <noscript> alone', () => {
    const posts = [1, 2, 3].map((i) => `<div class="post"><p>${LONG(i, 'the forum')}</p></div>`).join('');
    const r = click(
      page(`<div id="app">Loading…</div><noscript><div class="topic">${posts}</div></noscript><noscript><img src="/p.gif"></noscript>`),
    );
    if (!r.ok) throw new Error(r.failure.kind);
    expect(r.article.text.split('\n\n')).toHaveLength(3);
  });

  it('does not read a <noscript> when the page has its own body', () => {
    const r = click(
      articlePage(
        `<p>${LONG(1)}</p><p>${LONG(2)}</p><noscript><p>Please turn on JavaScript to see the comments below this story.</p></noscript>`,
      ),
    );
    expect(r.ok && r.article.text).not.toContain('JavaScript');
  });

  it('keeps the spaces that whitespace-only inline elements hold (highlighted code)', () => {
    const code =
      '<pre><code><span>from</span><span> </span><span>typing</span><span> </span><span>import</span><span> </span><span>List</span></code></pre>';
    expect(textOf(articlePage(`<p>${LONG(1)}</p>${code}<p>${LONG(2)}</p>`))).toContain('from typing import List');
  });
});

describe('a paywall teaser', () => {
  const ld = (free: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Test story","isAccessibleForFree":${free}}</script>`;

  it('is marked as the site’s preview when the page says it is not free and the body is short', () => {
    const r = extract(articlePage(`<p>${LONG(1)}</p><p>${LONG(2)}</p>`, ld('"False"')));
    expect(r.ok && r.article.preview).toBe(true);
  });

  it('is not when the whole text is there, or when the page says nothing', () => {
    const long = Array.from({ length: 12 }, (_, i) => `<p>${LONG(i)}</p>`).join('');
    const full = extract(articlePage(long, ld('false')));
    expect(full.ok && full.article.preview).toBeUndefined();
    const free = extract(articlePage(`<p>${LONG(1)}</p><p>${LONG(2)}</p>`, ld('true')));
    expect(free.ok && free.article.preview).toBeUndefined();
  });

  it('is marked by a locked content tier, or a paywall element, too', () => {
    const tier = extract(articlePage(`<p>${LONG(1)}</p>`, '<meta property="article:content_tier" content="locked">'));
    expect(tier.ok && tier.article.preview).toBe(true);
    const box = extract(articlePage(`<p>${LONG(1)}</p><div class="paywall-prompt"><p>Subscribe to read on.</p></div>`));
    expect(box.ok && box.article.preview).toBe(true);
  });
});
