import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../scripts/lib/dom';
import { extractArticle } from '../extract';
import { extractDraft } from '../extract/draft';
import { finishDraft } from '../extract/finish';
import { blockFingerprint } from '../extract/fingerprint';
import { withoutRemovedBlocks } from './saved-body';
import { buildSavedArticle } from './saved-article';

const SEED = readFileSync(join(__dirname, '../../../tests/fixtures/euobserver-kazakhstan.html'), 'utf8');
const PAGE = 'http://127.0.0.1:8080/euobserver-kazakhstan.html';
const REMOVED = blockFingerprint(
  "The CSTO's general secretary, Stanislav Zas, said on Thursday that the peacekeeping force would number around 2,500 personnel.",
);

/** The Save button's way: the click's draft, finished in the view, then the saved article. */
function byButton(removed: string[], summaryLength: 3 | 5 | 7) {
  const { document, window } = parseHtml(SEED, PAGE);
  const r = extractDraft(document, { url: PAGE });
  if (!r.ok) throw new Error(r.failure.kind);
  const article = finishDraft({ ...r.meta, unsafeHtml: r.content.outerHTML }, window)!;
  return buildSavedArticle(withoutRemovedBlocks(article, removed, window)!, { pageUrl: PAGE, summaryLength, now: 1 });
}

/** The shortcut's and the context menu's way: finished in the page (forced), then the saved article in the background. */
function byBackground(removed: string[], summaryLength: 3 | 5 | 7) {
  const { document, window } = parseHtml(SEED, PAGE);
  const r = extractArticle(document, { url: PAGE, window, force: true });
  if (!r.ok) throw new Error(r.failure.kind);
  return buildSavedArticle(withoutRemovedBlocks(r.article, removed, window)!, { pageUrl: PAGE, summaryLength, now: 1 });
}

describe('one saved article for every way of saving', () => {
  it('the view and the page build the same article, without the removed block, with facts pointing into its text', () => {
    const stanislav = byButton([], 5)
      .text.split('\n\n')
      .find((p) => p.includes('Stanislav Zas'));
    expect(stanislav).toBeDefined();
    const fp = blockFingerprint(stanislav!);
    const a = byButton([fp], 5);
    const b = byBackground([fp], 5);
    expect(b).toEqual(a);
    expect(a.html).not.toContain('Stanislav Zas');
    expect(a.text).not.toContain('Stanislav Zas');
    expect(a.summary).toHaveLength(5);
    expect(a.facts.length).toBeGreaterThan(0);
    for (const f of a.facts) expect(a.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it("the summary has the reader's length", () => {
    expect(byBackground([], 3).summary).toHaveLength(3);
    expect(byBackground([], 7).summary).toHaveLength(7);
  });

  it("keeps the page's own address when its canonical names another site", () => {
    // The seed page names https://euobserver.com/world/153959 as its canonical.
    expect(byButton([], 3).url).toBe(PAGE);
    const { document, window } = parseHtml(SEED.replace('https://euobserver.com/world/153959', 'http://127.0.0.1:8080/world/153959'), PAGE);
    const r = extractArticle(document, { url: PAGE, window, force: true });
    if (!r.ok) throw new Error(r.failure.kind);
    expect(buildSavedArticle(r.article, { pageUrl: PAGE, summaryLength: 3 }).url).toBe('http://127.0.0.1:8080/world/153959');
  });

  it('a block that matches nothing changes nothing; removing every block leaves nothing to save', () => {
    const { window } = parseHtml('<p>x</p>');
    const a = byBackground([REMOVED], 3);
    expect(a.text).toBe(byBackground([], 3).text);
    const only = { ...a, html: '<p>Only paragraph here.</p>', text: 'Only paragraph here.' };
    expect(withoutRemovedBlocks(only, [blockFingerprint('Only paragraph here.')], window)).toBeNull();
  });
});
