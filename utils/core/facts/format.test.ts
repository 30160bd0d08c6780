import { describe, expect, it } from 'vitest';
import { describeFact, factsToMarkdown, groupFacts } from './format';
import type { Fact } from './types';

const f = (x: Partial<Fact> & Pick<Fact, 'type'>): Fact => ({ quote: 'q', start: 0, end: 1, ...x });

describe('format', () => {
  it('describes each type in words', () => {
    expect(describeFact(f({ type: 'date', value: '2022-01-06' }))).toBe('6 January 2022');
    expect(describeFact(f({ type: 'date', value: '2019-10' }))).toBe('October 2019');
    expect(describeFact(f({ type: 'casualties', kind: 'killed', count: { magnitude: 'dozens' } }))).toBe('dozens killed');
    expect(
      describeFact(
        f({ type: 'troops', count: { value: 2500, qualifier: 'about' }, actor: 'Russia', quote: 'Russia has sent some 2,500 personnel' }),
      ),
    ).toBe('about 2,500 personnel sent, Russia');
  });

  it('writes dates and numbers in the article’s language, and keeps English for a tag Intl does not know', () => {
    expect(describeFact(f({ type: 'date', value: '2022-01-06' }), 'ru')).toBe('6 января 2022 г.');
    expect(describeFact(f({ type: 'date', value: '2019-10' }), 'de-AT')).toBe('Oktober 2019');
    expect(describeFact(f({ type: 'date', value: '2022-01-06' }), 'ja')).toBe('2022年1月6日');
    expect(describeFact(f({ type: 'date', value: '2014' }), 'ru')).toBe('2014');
    expect(describeFact(f({ type: 'date', value: '2022-01-06' }), 'not a tag!')).toBe('6 January 2022');
    expect(describeFact(f({ type: 'casualties', kind: 'killed', count: { value: 12500 } }), 'de')).toBe('12.500 killed');
  });

  it('groups facts, dates oldest first', () => {
    const g = groupFacts([
      f({ type: 'date', value: '2022-01-06', start: 1 }),
      f({ type: 'casualties', kind: 'arrested', count: { magnitude: 'thousands' }, start: 2 }),
      f({ type: 'date', value: '1991', start: 3 }),
    ]);
    expect(g.dates.map((d) => d.value)).toEqual(['1991', '2022-01-06']);
    expect(g.casualties.arrested).toHaveLength(1);
    expect(g.casualties.killed).toEqual([]);
  });

  it('markdown lists each section with quotes', () => {
    const md = factsToMarkdown(
      [f({ type: 'casualties', kind: 'injured', count: { magnitude: 'hundreds' }, quote: 'hundreds more injured' })],
      'Kazakhstan',
    );
    expect(md).toContain('Kazakhstan');
    expect(md).toContain('- hundreds injured — “hundreds more injured”');
    expect(factsToMarkdown([])).toContain('No dates, casualties or troop numbers found.');
    const fr = factsToMarkdown([f({ type: 'date', value: '2022-01-06', quote: 'le 6 janvier' })], 'Titre', 'fr', {
      keyFacts: 'Faits clés',
      dates: 'Dates',
      casualties: 'Victimes',
      troops: 'Troupes',
      none: 'Aucun fait.',
    });
    expect(fr).toBe('## Faits clés: Titre\n\n### Dates\n- 6 janvier 2022 — “le 6 janvier”\n');
  });

  it('"Copy facts" escapes the title and quotes: a page cannot put live markup in the copied Markdown', () => {
    const md = factsToMarkdown(
      [f({ type: 'casualties', kind: 'killed', count: { magnitude: 'dozens' }, quote: 'dozens <img src=x onerror=alert(1)> killed' })],
      '<img src=x onerror=alert(1)> [[note]] #tag',
    );
    expect(md).toContain('## Key facts: &lt;img src\\=x onerror\\=alert(1)&gt; \\[\\[note\\]\\] \\#tag\n');
    expect(md).toContain('“dozens &lt;img src\\=x onerror\\=alert(1)&gt; killed”');
    expect(md).not.toMatch(/<img|\[\[/);
  });
});
