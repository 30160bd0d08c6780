import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInput } from '../../../scripts/lib/pipeline';
import type { Fact } from '../facts/types';
import { mergeStories, moveInto, moveOut, renameStory, splitStory } from './choices';
import { conflicts, markFacts, series, timeline, whatIsNew } from './figures';
import { groupStories } from './group';
import { storyToMarkdown } from './markdown';
import { NO_CHOICES, type Story, type StoryArticle } from './types';

const DIR = resolve(import.meta.dirname, '../../../tests/fixtures/stories');

/** The invented flood story and its distractors (tests/fixtures/stories), read by the same pipeline the extension runs. */
function fixtures(): StoryArticle[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f, i) => {
      const r = readInput({ file: resolve(DIR, f) });
      if ('error' in r) throw new Error(`${f}: ${r.error}`);
      return {
        url: `https://news.example/${f.replace('.html', '')}`,
        title: r.title ?? '',
        siteName: r.siteName,
        published: r.published,
        savedAt: i,
        text: r.text,
        facts: r.facts,
      };
    });
}

const STORY = ['herald-0302', 'today-0303', 'valley-0304', 'wire-0305', 'herald-0305', 'today-0306', 'valley-0307', 'wire-0307'];
const slug = (a: StoryArticle) => a.url.split('/').pop()!;

/** A small article of one's own: a title, a lead and facts. */
function art(url: string, day: string, title: string, lead: string, facts: Fact[] = [], site = 'Example News'): StoryArticle {
  return { url: `https://x.example/${url}`, title, siteName: site, published: `${day}T10:00:00Z`, savedAt: 0, text: lead, facts };
}
const killed = (n: number, quote = `${n} people were killed`): Fact => ({
  type: 'casualties',
  kind: 'killed',
  count: { value: n },
  quote,
  start: 0,
  end: quote.length,
});

describe('grouping the reading list into stories', () => {
  const articles = fixtures();
  const stories = groupStories(articles);

  it('puts the eight articles on the Port Amsel floods, from four outlets over six days, into one story, oldest first', () => {
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles.map(slug)).toEqual(STORY);
    expect(new Set(stories[0]!.articles.map((a) => a.siteName)).size).toBe(4);
    expect(stories[0]!.name).toMatch(/Port Amsel|Kessel River/);
  });

  it('keeps out what only shares a place, a date, a country or a person with it', () => {
    const inStory = new Set(stories.flatMap((s) => s.articles.map(slug)));
    for (const other of ['other-festival-0304', 'other-lindmark-0305', 'other-budget-0303', 'other-school-0306'])
      expect(inStory.has(other), other).toBe(false);
  });

  it('does not join two articles that share one name and the same day', () => {
    const a = art(
      'a',
      '2026-04-01',
      'Strike closes the port of Valmora',
      'Dock workers in Valmora stopped work on Monday. The Valmora Port Authority said ships would wait.',
    );
    const b = art(
      'b',
      '2026-04-01',
      'Valmora opens its spring book fair',
      'The book fair in Valmora opened on Monday with three hundred publishers from the region.',
    );
    expect(groupStories([a, b])).toEqual([]);
  });

  it('does not join two articles on the same kind of event in different places, on the same day', () => {
    const a = art(
      'a',
      '2026-04-01',
      'Earthquake shakes Oster Hill',
      'An earthquake shook Oster Hill in Marland on Monday, killing four people.',
      [killed(4)],
    );
    const b = art('b', '2026-04-01', 'Earthquake shakes Dunvale', 'An earthquake shook Dunvale in Pelria on Monday, killing four people.', [
      killed(4),
    ]);
    expect(groupStories([a, b])).toEqual([]);
  });

  it('does not join the same names a month apart', () => {
    const lead = 'Protesters gathered in Rennick Square as President Hal Corran spoke in Bellport.';
    expect(
      groupStories([art('a', '2026-01-02', 'Protest in Bellport', lead), art('b', '2026-02-20', 'Protest in Bellport', lead)]),
    ).toEqual([]);
  });

  it('gives a story the same id however the list is ordered', () => {
    expect(groupStories([...articles].reverse())[0]!.id).toBe(stories[0]!.id);
  });
});

describe("the reader's choices", () => {
  const articles = fixtures();
  const [story] = groupStories(articles) as [Story];

  it('an article moved out stays out when the list is grouped again, and the story keeps its id', () => {
    const choices = moveOut(NO_CHOICES, story, story.articles[3]!.url);
    const again = groupStories(articles, choices);
    expect(again).toHaveLength(1);
    expect(again[0]!.id).toBe(story.id);
    expect(again[0]!.articles.map(slug)).not.toContain(slug(story.articles[3]!));
  });

  it('the first article moved out does not change the story: its id and name stay', () => {
    const named = renameStory(NO_CHOICES, story, '  Floods in   Port Amsel ');
    const choices = moveOut(named, story, story.articles[0]!.url);
    const again = groupStories(articles, choices);
    expect(again[0]!.id).toBe(story.id);
    expect(again[0]!.name).toBe('Floods in Port Amsel');
    expect(again[0]!.articles).toHaveLength(7);
  });

  it('an article put into a story stays there, and a split makes a story the grouping does not undo', () => {
    const festival = articles.find((a) => slug(a) === 'other-festival-0304')!;
    const withFestival = groupStories(articles, moveInto(NO_CHOICES, story, festival.url));
    expect(withFestival[0]!.articles.map(slug)).toContain('other-festival-0304');
    const split = splitStory(NO_CHOICES, story, [story.articles[6]!.url, story.articles[7]!.url], 'Rebuilding');
    const parts = groupStories(articles, split);
    expect(parts.map((s) => s.articles.length).sort()).toEqual([2, 6]);
    expect(parts.find((s) => s.articles.length === 2)!.name).toBe('Rebuilding');
  });

  it('two stories merged stay one, under the first one\u2019s name', () => {
    const split = splitStory(NO_CHOICES, story, [story.articles[6]!.url, story.articles[7]!.url], 'Rebuilding');
    const [a, b] = groupStories(articles, split) as [Story, Story];
    const merged = groupStories(articles, mergeStories(renameStory(split, b, 'Floods'), b, a));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.articles).toHaveLength(8);
    expect(merged[0]!.name).toBe('Floods');
  });

  it('a new article joins a story of the reader\u2019s when it tells the same event', () => {
    const choices = moveOut(NO_CHOICES, story, story.articles[1]!.url);
    const later = art(
      'later',
      '2026-03-08',
      'Port Amsel floods: Kessel River walls to be rebuilt',
      'Governor Ilse Marrow said the Kessel River walls in Port Amsel would be rebuilt by the autumn.',
    );
    const again = groupStories([...articles, later], choices);
    expect(again[0]!.id).toBe(story.id);
    expect(again[0]!.articles.map((a) => a.url)).toContain(later.url);
  });
});

describe("a story's figures", () => {
  const story: Story = {
    id: 's1',
    name: 'Floods',
    articles: [
      art(
        '1',
        '2026-03-02',
        'Floods',
        'At least 12 people were killed.',
        [killed(12), { type: 'date', value: '2026-03-02', quote: 'Monday', start: 0, end: 6 }],
        'Herald',
      ),
      art('2', '2026-03-05', 'Toll 164', 'The death toll reached 164.', [killed(164, 'The death toll reached 164')], 'Wire'),
      art('3', '2026-03-05', 'Toll 225', 'Local officials said 225 had been killed.', [killed(225, '225 had been killed')], 'Herald'),
      art(
        '4',
        '2026-03-07',
        'Rebuilding',
        'The floods killed 240 people. Police arrested six people for looting shops in the lower town overnight.',
        [killed(240), { type: 'casualties', kind: 'arrested', count: { value: 6 }, quote: 'arrested six people', start: 0, end: 19 }],
        'Valley',
      ),
    ],
  };

  it('follows the death toll over time, each point with its article and quote', () => {
    const killedSeries = series(story).get('killed')!;
    expect(killedSeries.map((p) => [p.day, p.value])).toEqual([
      ['2026-03-02', 12],
      ['2026-03-05', 164],
      ['2026-03-05', 225],
      ['2026-03-07', 240],
    ]);
    expect(killedSeries[1]!.fact.quote).toBe('The death toll reached 164');
    expect(timeline(story).map((t) => t.value)).toEqual(['2026-03-02']);
  });

  it('flags the same figure given differently by two sources on the same day, with both sources', () => {
    const [c, ...more] = conflicts(story);
    expect(more).toEqual([]);
    expect(c!.day).toBe('2026-03-05');
    expect(c!.points.map((p) => [p.article.siteName, p.value])).toEqual([
      ['Herald', 225],
      ['Wire', 164],
    ]);
  });

  it('does not flag a figure that rises from one day to the next, nor one source that repeats itself', () => {
    const rising: Story = { ...story, articles: [story.articles[0]!, story.articles[3]!] };
    expect(conflicts(rising)).toEqual([]);
    const same: Story = { ...story, articles: [story.articles[1]!, { ...story.articles[1]!, url: 'https://x.example/2b' }] };
    expect(conflicts(same)).toEqual([]);
  });

  it('says what the newest article adds: its new figures and the sentences no earlier article had', () => {
    const n = whatIsNew(story);
    expect(n.facts.map((f) => `${f.kind} ${f.count?.value}`)).toEqual(['killed 240', 'arrested 6']);
    expect(n.sentences.map((s) => s.text)).toEqual([
      'The floods killed 240 people.',
      'Police arrested six people for looting shops in the lower town overnight.',
    ]);
    const marks = markFacts(story, story.articles[2]!);
    expect([...marks.values()]).toEqual(['conflict']);
  });

  it('exports as Markdown with its sources and figures, every page field escaped', () => {
    const hostile: Story = {
      ...story,
      name: 'Floods [[Secret]] <img src=x onerror=alert(1)> | `code`',
      articles: story.articles.map((a, i) => (i === 0 ? { ...a, title: '<script>x</script> [[vault]]', url: 'javascript:alert(1)' } : a)),
    };
    const md = storyToMarkdown(hostile);
    expect(md).toContain('| 2026-03-05 | Killed | 164 killed | Wire | The death toll reached 164 |');
    expect(md).toContain('2026-03-05, Killed: Herald says 225 killed; Wire says 164 killed');
    expect(md).not.toMatch(/<img|<script|\[\[|\]\(javascript/i);
    expect(md).not.toContain('`code`');
  });
});
