import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/dom';
import { blockFingerprint } from './fingerprint';
import { countWords, htmlBlocksText, readingMinutes } from './text';

const blocks = (html: string) => htmlBlocksText(parseHtml(`<body>${html}</body>`).document.body);

describe('htmlBlocksText', () => {
  it('makes one block per paragraph, heading, list item and table row, leaves captions out, collapses whitespace', () => {
    const t = blocks(
      `<h2>Sub  head</h2><p>One\n  <b>two</b></p><ul><li>a</li><li>b</li></ul><figure><img src="x"><figcaption>Cap</figcaption></figure><table><tr><td>1</td><td>2</td></tr></table><blockquote>Quote</blockquote>`,
    );
    expect(t).toBe('Sub head\n\nOne two\n\na\n\nb\n\n1 | 2\n\nQuote');
  });
  it('is the same for the serialised and re-parsed HTML (the view recomputes it)', () => {
    const html = '<p>A <a href="https://x">link</a>.</p><div>Loose <span>text</span><p>inner</p></div>';
    const doc = parseHtml(`<body>${html}</body>`).document;
    expect(blocks(doc.body.innerHTML)).toBe(blocks(html));
  });
});

describe('words, reading time, fingerprints', () => {
  it('counts words and gives at least one minute', () => {
    expect(countWords('It’s 3 p.m. in São Paulo')).toBeGreaterThanOrEqual(6);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
  it('fingerprints ignore case, whitespace, punctuation and counters but not the words', () => {
    expect(blockFingerprint('Join us  today!')).toBe(blockFingerprint('join us today 2'));
    expect(blockFingerprint('Join us today')).not.toBe(blockFingerprint('Join them today'));
  });
});
