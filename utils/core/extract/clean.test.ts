import { describe, expect, it } from 'vitest';
import { LONG, articlePage, page, textOf, shownOf } from '../../../tests/support/extract';

const body = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `<p>${LONG(i + from)}</p>`).join('');

describe('cleaning: what goes', () => {
  it('drops a subscription promo box in the middle of the body (unlabelled divs)', () => {
    const html = page(
      `<div class="c"><h1>Test story</h1>${body(3)}<div class="x"><h2>Read and decide</h2><p><b>Join Example today</b></p><p>Become an expert on Europe</p><p>Get instant access to all articles. 14-day free trial.</p><p><a href="/s">... or subscribe as a group</a></p></div>${body(3, 4)}</div>`,
    );
    const text = textOf(html);
    expect(text).toContain('Paragraph 1:');
    expect(text).toContain('Paragraph 6:');
    expect(text).not.toMatch(/Read and decide|Join Example|free trial|subscribe as a group|expert on Europe/);
  });

  it('drops newsletter sign-ups, listen/share bars and cookie notices in several languages', () => {
    const html = articlePage(
      `<p>Listen to article</p><p><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></p>${body(2)}<p>Melden Sie sich für unseren Newsletter an</p><p>Lire aussi : <a href="/x">Le budget en débat</a></p>${body(2, 3)}<p><a href="/n">Sign up for our daily newsletter</a></p>${body(1, 5)}`,
    );
    const text = textOf(html);
    expect(text).not.toMatch(/Listen to article|WhatsApp|Newsletter an|Lire aussi|Sign up/);
    expect(text.split('\n\n')).toHaveLength(5);
  });

  it('drops related-story teasers and link lists after the body', () => {
    const html = articlePage(
      `${body(4)}<h2><a href="/a">Another story headline</a></h2><p>Teaser text about another story that is short.</p><h2><a href="/b">A third story headline</a></h2><p>More teaser text for the third story.</p><h3>Most read</h3><ul><li><a href="/1">Story one</a></li><li><a href="/2">Story two</a></li></ul>`,
    );
    const text = textOf(html);
    expect(text).toContain('Paragraph 4:');
    expect(text).not.toMatch(/Another story|third story|Most read|Story one/);
  });

  it('drops a list of links set between paragraphs (related stories)', () => {
    const html = articlePage(
      `${body(2)}<ul><li><a href="/a">Moon rush: private lunar lander plans</a></li><li><a href="/b">Where commercial landers will land on the Moon</a></li></ul>${body(2, 3)}`,
    );
    const text = textOf(html);
    expect(text).not.toMatch(/Moon rush|commercial landers/);
    expect(text.split('\n\n')).toHaveLength(4);
  });

  it('drops standalone credits, gallery counters, ad labels and a bio at the end', () => {
    const html = articlePage(
      `<p>Advertisement</p>${body(2)}<p>Photo: Jane Doe/Reuters</p><p>Image 1 of 5</p>${body(2, 3)}<p>Jane Doe is a senior reporter for Example News covering Europe.</p>`,
    );
    const text = textOf(html);
    expect(text).not.toMatch(/Advertisement|Photo: Jane|Image 1 of 5|senior reporter/);
    expect(text.split('\n\n')).toHaveLength(4);
  });

  it('drops hidden elements and class-named chrome before Readability', () => {
    const html = articlePage(
      `${body(2)}<div style="display:none"><p>${LONG(99, 'hidden text')}</p></div><div class="newsletter-box"><p>Get the morning briefing every day in your inbox now.</p></div>${body(2, 3)}`,
    );
    const text = textOf(html);
    expect(text).not.toMatch(/hidden text|morning briefing/);
    expect(text).toContain('Paragraph 4:');
  });

  it('drops blocks the user removed before on this site (by fingerprint)', async () => {
    const { blockFingerprint } = await import('./fingerprint');
    const html = articlePage(`${body(2)}<p>This site's regular boilerplate line that the user removed once before.</p>${body(2, 3)}`);
    const fp = blockFingerprint('  THIS site’s regular boilerplate line that the user removed once before ');
    expect(textOf(html)).toContain('boilerplate');
    expect(textOf(html, { removedBlocks: [fp] })).not.toContain('boilerplate');
  });
});

describe('cleaning: credits, bylines and calls to action inside the body', () => {
  it('drops credits in and out of figures but keeps the caption', () => {
    const html = articlePage(
      `${body(2)}<figure><img src="https://cdn.example.com/a.jpg"><span>Image copyright</span><span>Getty Images</span><figcaption><span>Image caption</span> Crowds gathered outside parliament</figcaption></figure>` +
        `<p>Jane Doe | Example Agency | Getty Images</p><p>Jason Smith/ZDNet</p><p>Credit...Ann Lee/The Example Times</p>${body(2, 3)}`,
    );
    const shown = shownOf(html);
    expect(shown).toContain('Crowds gathered outside parliament');
    expect(shown).not.toMatch(/Image copyright|Getty|Image caption|ZDNet|Credit\.\.\./);
    // The caption is shown, but it is not running text for the summary and facts.
    expect(textOf(html)).not.toContain('Crowds gathered outside parliament');
  });

  it('drops bylines, contributor and reading-time lines, and newsletter pitches written as sentences', () => {
    const html = articlePage(
      `<p>By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p><p>Tempo de leitura: 1 minuto</p>${body(2)}` +
        `<p>Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.</p>${body(2, 3)}<p>Keith Bradsher contributed reporting from Hong Kong.</p>`,
    );
    const text = textOf(html);
    expect(text).not.toMatch(/Matthew Digby|Tempo de leitura|meet your inbox|contributed reporting/);
    expect(text.split('\n\n')).toHaveLength(4);
  });

  it('keeps a paragraph that starts with "By" but is not a byline', () => {
    const p = 'By Tuesday, Parliament had voted twice on the measure, and both votes failed by a narrow margin.';
    expect(textOf(articlePage(`${body(2)}<p>${p}</p>${body(2, 3)}`))).toContain(p);
  });
});

describe('cleaning: listings and embeds', () => {
  it('drops a listing of excerpts cut off with an ellipsis between share bars', () => {
    const teaser = (n: number) =>
      `<p><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></p><p>Another article number ${n} starts here and goes on about something else entirely until it is cut off …</p>`;
    const html = articlePage(`${body(3)}${teaser(1)}${teaser(2)}${teaser(3)}`);
    const text = textOf(html);
    expect(text).not.toContain('Another article');
    expect(text.split('\n\n')).toHaveLength(3);
  });

  it('keeps a paragraph that trails off with an ellipsis into the next one', () => {
    const html = articlePage(
      `${body(2)}<p>And then, just as the vote was about to begin, the lights in the chamber went out …</p><p>… and stayed out for an hour, the Speaker said afterwards in a statement to reporters.</p>${body(2, 3)}`,
    );
    expect(textOf(html)).toContain('lights in the chamber went out');
  });

  it('keeps an embedded post the article quotes even when its class says trending', () => {
    const html = articlePage(
      `${body(2)}<div class="trending-embed"><blockquote><p>The state spent nearly half a million dollars on this campaign and the whole country is now talking about it.</p></blockquote></div>${body(2, 3)}`,
    );
    expect(textOf(html)).toContain('half a million dollars');
  });

  it('keeps headings that link to products on other sites (a buying guide), drops same-site teaser headings', () => {
    const html = articlePage(
      `${body(1)}<h2><a href="https://shop.example.org/charger">Satechi 72W Car Charger</a></h2>${body(1, 2)}<h2><a href="https://shop.example.org/router">Linksys Mesh Router</a></h2>${body(1, 3)}` +
        `<h3><a href="/world/other-story">Other story on this site</a></h3><p>Its teaser.</p><h3><a href="/world/third-story">Third story on this site</a></h3><p>Another teaser.</p>`,
    );
    const text = textOf(html);
    expect(text).toContain('Satechi 72W Car Charger');
    expect(text).toContain('Linksys Mesh Router');
    expect(text).not.toMatch(/Other story|Third story|teaser/);
  });
});

describe('cleaning: what stays', () => {
  it('keeps a real paragraph that mentions subscribing', () => {
    const p =
      'The streaming company said the number of people who subscribe to its service rose by two million in the quarter, beating forecasts.';
    expect(textOf(articlePage(`${body(2)}<p>${p}</p>${body(2, 3)}`))).toContain(p);
  });

  it('keeps a list inside the article and a closing list of points', () => {
    const html = articlePage(
      `${body(2)}<ul><li>Higher fuel taxes</li><li>Fewer rail subsidies</li><li>A new border levy</li></ul>${body(2, 3)}<p>The plan has three further parts:</p><ul><li>Cheaper tickets for students</li><li>More buses at night</li></ul>`,
    );
    const text = textOf(html);
    expect(text).toContain('Fewer rail subsidies');
    expect(text).toContain('More buses at night');
  });

  it('keeps figures with their captions and images (lazy ones too), with absolute URLs', () => {
    const html = articlePage(
      `${body(1)}<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/photo.jpg" alt="Crowd"><figcaption>Protesters in the main square on Wednesday.</figcaption></figure>${body(2, 2)}`,
    );
    expect(shownOf(html)).toContain('Protesters in the main square on Wednesday.');
  });

  it('keeps a short closing paragraph and a sub-heading', () => {
    const html = articlePage(`${body(2)}<h2>What happens next</h2>${body(2, 3)}<p>The talks resume on Monday.</p>`);
    const text = textOf(html);
    expect(text).toContain('What happens next');
    expect(text.endsWith('The talks resume on Monday.')).toBe(true);
  });

  it('keeps a paragraph whose text the page also names chrome-like (a body wrapper called read-more)', () => {
    const html = page(`<div class="entry-content entry-content-read-more">${body(4)}</div><div class="share">Share this</div>`);
    expect(textOf(html).split('\n\n')).toHaveLength(4);
  });
});
