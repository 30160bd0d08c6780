import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { currentStoryIndex, keepOnlyStory } from './current-article';

const para = (s: string) => `<p>${s} ${'This sentence pads the story so it reads like a real article. '.repeat(8)}</p>`;
const story = (title: string) => `<article><h1>${title}</h1>${para(title + ' opens.')}${para(title + ' goes on.')}</article>`;

function page(title: string, ...titles: string[]) {
  return new JSDOM(`<!doctype html><title>${title} | The Valley Post</title><body><div>${titles.map(story).join('')}</div></body>`).window
    .document;
}

describe('the story being read on an infinite-scroll page', () => {
  it('is the one whose headline the page title names', () => {
    const doc = page('Flood waters recede in the valley', 'Council approves the new bridge', 'Flood waters recede in the valley');
    expect(currentStoryIndex(doc)).toBe(1);
    const clone = doc.cloneNode(true) as Document;
    keepOnlyStory(clone, 1);
    expect(clone.body.textContent).toContain('Flood waters recede in the valley goes on.');
    expect(clone.body.textContent).not.toContain('Council approves the new bridge opens.');
  });

  it('leaves a page with one story alone', () => {
    const doc = page('Council approves the new bridge', 'Council approves the new bridge');
    expect(currentStoryIndex(doc)).toBe(-1);
  });

  it('does not guess when the title names no story and there is no layout', () => {
    const doc = page('The Valley Post', 'Council approves the new bridge', 'Flood waters recede in the valley');
    expect(currentStoryIndex(doc)).toBe(-1);
  });
});
