import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { clearHighlights, highlightQuote, occurrenceBefore } from './highlight';

function view(html: string): Element {
  return new JSDOM(`<main>${html}</main>`).window.document.querySelector('main')!;
}

describe('highlightQuote', () => {
  it('marks a sentence that runs across a link and odd whitespace', () => {
    const root = view('<p>Russia has\n   sent <a href="#">some 2,500</a> personnel to the region.</p>');
    const mark = highlightQuote(root, 'Russia has sent some 2,500 personnel');
    expect(mark).not.toBeNull();
    const marked = Array.from(root.querySelectorAll('mark'))
      .map((m) => m.textContent)
      .join('');
    expect(marked.replace(/\s+/g, ' ')).toBe('Russia has sent some 2,500 personnel');
    expect(root.textContent!.replace(/\s+/g, ' ')).toBe('Russia has sent some 2,500 personnel to the region.');
  });

  it('picks the second of two identical passages when asked', () => {
    const root = view('<p>Ten were killed.</p><p>Later: Ten were killed.</p>');
    highlightQuote(root, 'Ten were killed', 1);
    const mark = root.querySelector('mark')!;
    expect(mark.closest('p')!.textContent).toContain('Later');
  });

  it('clears an earlier highlight before marking a new one', () => {
    const root = view('<p>Alpha beta.</p><p>Gamma delta.</p>');
    highlightQuote(root, 'Alpha beta');
    highlightQuote(root, 'Gamma delta');
    expect(root.querySelectorAll('mark')).toHaveLength(1);
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe('<p>Alpha beta.</p><p>Gamma delta.</p>');
  });

  it('returns null for text that is not in the view', () => {
    expect(highlightQuote(view('<p>Nothing here.</p>'), 'missing words')).toBeNull();
  });
});

describe('occurrenceBefore', () => {
  it('counts earlier copies of the quote', () => {
    const text = 'Ten were killed.\n\nLater: Ten were killed.';
    expect(occurrenceBefore(text, 'Ten were killed', 0)).toBe(0);
    expect(occurrenceBefore(text, 'Ten were killed', text.lastIndexOf('Ten'))).toBe(1);
  });
});
