import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { htmlToMarkdown } from './html-to-markdown';
import { liteParser } from './lite-html';
import type { HtmlParser } from './types';

// The same converter must give the same Markdown from a real DOM (jsdom) and from lite-html.
const parsers: [string, HtmlParser][] = [
  ['jsdom', new new JSDOM('').window.DOMParser()],
  ['lite-html', liteParser],
];

describe.each(parsers)('htmlToMarkdown (%s)', (_name, parser) => {
  const md = (html: string) => htmlToMarkdown(parser.parseFromString(html, 'text/html').body);

  it('keeps headings, paragraphs, emphasis, links and images', () => {
    expect(
      md(
        '<h2>Talks  resume</h2><p>The <strong>envoy</strong> said <em>nothing</em>, see <a href="https://ex.org/a b">the report</a>.</p><img src="https://ex.org/p.jpg" alt="A photo">',
      ),
    ).toBe(
      '## Talks resume\n\nThe **envoy** said *nothing*, see [the report](https://ex.org/a%20b).\n\n![A photo](https://ex.org/p.jpg)\n',
    );
  });

  it('keeps nested lists and quotes', () => {
    expect(
      md(
        '<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul><ol start="3"><li>three</li></ol><blockquote><p>First.</p><p>Second.</p></blockquote>',
      ),
    ).toBe('- one\n\n  - inner\n- two\n\n3. three\n\n> First.\n>\n> Second.\n');
  });

  it('escapes text that Markdown or Obsidian would read as syntax, and drops unsafe links', () => {
    expect(md('<p>#1 *star* [[wiki]] 1. x</p><p>- not a list</p><p><a href="javascript:alert(1)">click</a></p>')).toBe(
      '\\#1 \\*star\\* \\[\\[wiki\\]\\] 1. x\n\n\\- not a list\n\nclick\n',
    );
  });

  it('keeps code blocks verbatim and tables as pipe tables', () => {
    expect(
      md('<pre><code>a *b*\n  c</code></pre><table><tr><th>Side</th><th>Troops</th></tr><tr><td>North</td><td>4,000</td></tr></table>'),
    ).toBe('```\na *b*\n  c\n```\n\n| Side | Troops |\n| --- | --- |\n| North | 4,000 |\n');
  });

  it('copes with unclosed paragraphs and list items, entities and comments', () => {
    expect(md('<p>One &amp; <!-- note -->two<p>Three&nbsp;4<ul><li>a<li>b</ul>')).toBe('One & two\n\nThree 4\n\n- a\n- b\n');
  });
});

describe('deeply nested HTML before the browser parses it', () => {
  it('nestingDepth counts open elements, not void ones or closed ones', async () => {
    const { nestingDepth } = await import('./lite-html');
    expect(nestingDepth('<p>a<br><img src="x"><b>b</b></p><div><div><span>c</span></div></div>')).toBe(3);
    expect(nestingDepth('<div>'.repeat(1000))).toBe(1000);
  });
  it('flattenDeepHtml keeps ordinary HTML byte for byte, and rebuilds 100,000 nested <div>s 256 deep, text kept', async () => {
    const { flattenDeepHtml, nestingDepth } = await import('./lite-html');
    const ordinary = '<h2>T</h2><p class="x">A &amp; <a href="https://e.org/?a=1&amp;b=2">b</a></p><ul><li>1</li></ul>';
    expect(flattenDeepHtml(ordinary)).toBe(ordinary);
    const deep = '<div>'.repeat(100_000) + '<p>Deep &lt;text&gt;</p>' + '</div>'.repeat(100_000);
    const flat = flattenDeepHtml(deep);
    expect(nestingDepth(flat)).toBeLessThanOrEqual(257);
    expect(flat).toContain('Deep &lt;text&gt;');
    // Rebuilt once: importing it again leaves it as it is.
    expect(flattenDeepHtml(flat)).toBe(flat);
  });
});
