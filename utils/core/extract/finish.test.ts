import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/dom';
import { extractDraft } from './draft';
import { finishDraft } from './finish';
import { extractArticle } from './';
import { articlePage, LONG } from '../../../tests/support/extract';

const SEED = resolve(import.meta.dirname, '../../../tests/fixtures');
const URL = 'https://euobserver.com/world/ar0a3f0e9b';

/** The click's path: the draft crosses to the view as HTML, and the view finishes it. */
function viaDraft(html: string, url: string) {
  const { document, window } = parseHtml(html, url);
  const d = extractDraft(document, { url, force: true });
  if (!d.ok) throw new Error(d.failure.kind);
  const view = parseHtml('<!doctype html><title>view</title>', 'chrome-extension://sift/popup.html');
  window.close();
  return finishDraft({ ...d.meta, unsafeHtml: d.content.outerHTML }, view.window as unknown as Window & typeof globalThis);
}

describe('the click path: draft in the page, finished in the view', () => {
  for (const file of ['euobserver-kazakhstan.html', 'euobserver-kazakhstan.plain.html']) {
    it(`gives the same article as extraction in one go (${file})`, () => {
      const html = readFileSync(resolve(SEED, file), 'utf8');
      const { document, window } = parseHtml(html, URL);
      const whole = extractArticle(document, { url: URL, window, force: true });
      if (!whole.ok) throw new Error(whole.failure.kind);
      expect(viaDraft(html, URL)).toEqual(whole.article);
    });
  }

  it('sanitises what the page sent: a script, a handler or a javascript: link in the draft never reaches the view', () => {
    const view = parseHtml('<!doctype html><title>view</title>', 'chrome-extension://sift/popup.html').window as unknown as Window &
      typeof globalThis;
    const a = finishDraft(
      {
        url: 'https://evil.example/a',
        title: 'A story',
        byline: null,
        siteName: null,
        published: null,
        lang: 'en',
        dir: null,
        excerpt: null,
        unsafeHtml: `<div><p onclick="steal()">${LONG(1)}</p><script>steal()</script><p><a href="javascript:steal()">More</a> text.</p><img src="x" onerror="steal()"><form><button>Sign up now</button></form></div>`,
      },
      view,
    );
    expect(a).not.toBeNull();
    expect(a!.html).not.toMatch(/steal|onclick|onerror|<script|javascript:|<form|Sign up/);
    expect(a!.text).toContain('Paragraph 1');
    expect(a!.text).not.toContain('Sign up now');
    expect(a!.wordCount).toBeGreaterThan(20);
  });

  it('gives nothing when sanitising leaves no text', () => {
    const view = parseHtml('<!doctype html><title>v</title>').window as unknown as Window & typeof globalThis;
    const meta = { url: '', title: 't', byline: null, siteName: null, published: null, lang: null, dir: null, excerpt: null };
    expect(
      finishDraft({ ...meta, unsafeHtml: '<div><script>x()</script><iframe src="https://e.example"></iframe></div>' }, view),
    ).toBeNull();
  });

  it('a page whose article the cleaning empties is "empty" in the page already', () => {
    const { document } = parseHtml(articlePage(''), 'https://news.example.com/a');
    const d = extractDraft(document, { force: true });
    expect(d).toMatchObject({ ok: false, failure: { kind: 'empty' } });
  });
});
