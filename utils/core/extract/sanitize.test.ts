import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/dom';
import { sanitizeArticleHtml, sanitizeToBody } from './sanitize';

const { window } = parseHtml('<!doctype html><body></body>');
const clean = (html: string) => sanitizeArticleHtml(html, window);

describe('sanitizeArticleHtml', () => {
  it('removes scripts, event handlers, javascript:/vbscript:/data: links, frames, form controls and styles', () => {
    const out = clean(
      `<p onclick="steal()">Text<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><a href="vbscript:msgbox">y</a><a href="data:text/html,<b>">z</a>` +
        `<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="y"><form action="/f"><input name="q"><button>Send now</button></form>` +
        `<style>p{color:red}</style><p style="color:red">Styled</p><base href="https://evil.example/"><link rel="stylesheet" href="x.css"><meta http-equiv="refresh" content="0">` +
        `<svg><circle r="1"/></svg><math><mi>x</mi></math>`,
    );
    expect(out).not.toMatch(
      /script|onclick|javascript:|vbscript:|data:|iframe|object|embed|form|input|button|Send now|<style|style=|<base|<link|<meta|svg|math/i,
    );
    expect(out).toBe('<p>Text</p><a>x</a><a>y</a><a>z</a><p>Styled</p>');
  });

  it('unwraps a <form> and an element with is= instead of dropping what they hold', () => {
    expect(clean('<form action="/post"><p>First post</p><input name="q"><button>Reply</button><p>Second post</p></form>')).toBe(
      '<p>First post</p><p>Second post</p>',
    );
    expect(clean('<div><section is="x-y"><p>Hello</p></section></div>')).toBe('<div><section><p>Hello</p></section></div>');
    const { document } = parseHtml('<body><div><section is="x-y"><p>Hello</p></section><form><p>Kept</p></form></div></body>');
    expect(sanitizeToBody(document.body.firstElementChild!, window).innerHTML).toBe(
      '<div><section><p>Hello</p></section><p>Kept</p></div>',
    );
  });

  it('keeps images, figures, tables, lists and links; links open in a new tab safely', () => {
    const out = clean(
      `<figure><img src="https://cdn.example/a.jpg" alt="A" width="10"><figcaption>Cap</figcaption></figure><table><tr><th>Year</th><td>2021</td></tr></table><ul><li>One</li></ul><a href="https://example.com/a">link</a>`,
    );
    expect(out).toContain('<img src="https://cdn.example/a.jpg" alt="A" width="10">');
    expect(out).toContain('<figcaption>Cap</figcaption>');
    expect(out).toMatch(/<table>.*<th>Year<\/th>.*<\/table>/s);
    expect(out).toContain('<li>One</li>');
    expect(out).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">link</a>');
  });

  it('strips id, name and class (DOM clobbering) and drops images left with no web address', () => {
    const out = clean(
      `<p id="x" class="y"><a name="cookie" href="https://e.com">a</a></p><img src="data:image/svg+xml,<svg onload=alert(1)>"><img src="javascript:alert(1)">`,
    );
    expect(out).not.toMatch(/id=|name=|class=|<img/);
  });
});
