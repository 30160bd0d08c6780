import { describe, expect, it } from 'vitest';
import { extractFacts } from './index';
import type { Fact } from './types';

const facts = (text: string) => extractFacts(text, { published: '2022-01-06' });
const counts = (text: string) =>
  facts(text)
    .filter((f) => f.type !== 'date')
    .map((f) => [f.type, f.kind ?? null, f.count?.value ?? f.count?.magnitude, f.count?.qualifier ?? null]);

describe('casualties', () => {
  it('each kind, from the verb after the counted people', () => {
    expect(counts('Dozens of people, including citizens and police officers, have been killed.')).toEqual([
      ['casualties', 'killed', 'dozens', null],
    ]);
    expect(counts('Police said at least 130 protesters were wounded.')).toEqual([['casualties', 'injured', 130, 'at least']]);
    expect(counts('The unrest continued, with thousands arrested in the capital.')).toEqual([
      ['casualties', 'arrested', 'thousands', null],
    ]);
    expect(counts('Twelve climbers are still missing.')).toEqual([['casualties', 'missing', 12, null]]);
    expect(counts('Tens of thousands of residents were displaced by the floods.')).toEqual([
      ['casualties', 'displaced', 'tens of thousands', null],
    ]);
  });

  it('from the word before the number', () => {
    expect(counts('The attack killed 24 soldiers.')).toEqual([['casualties', 'killed', 24, null]]);
    expect(counts('Police arrested six people.')).toEqual([['casualties', 'arrested', 6, null]]);
    expect(counts('The quake injured nearly 650 people.')).toEqual([['casualties', 'injured', 650, 'about']]);
    expect(counts('It followed the deaths of at least three children.')).toEqual([['casualties', 'killed', 3, 'at least']]);
  });

  it('a certain single person counts as one', () => {
    expect(counts('A man has been stabbed to death in the street.')).toEqual([['casualties', 'killed', 1, null]]);
    expect(counts("He's in custody, police said.")).toEqual([['casualties', 'arrested', 1, null]]);
    // an age is no count, but the person it names is one
    expect(counts('The 81-year-old was injured.')).toEqual([['casualties', 'injured', 1, null]]);
  });

  it('one fact per kind and count, breakdowns kept', () => {
    expect(counts('At least seven people were killed. Four soldiers were killed, and 7 people were killed.')).toEqual([
      ['casualties', 'killed', 7, 'at least'],
      ['casualties', 'killed', 4, null],
    ]);
  });
});

describe('no fact', () => {
  it.each([
    'The virus could kill thousands of people.',
    'Officials say the storm may leave hundreds homeless.',
    'No one was killed in the blast.',
    'He served 30 years in the army.',
    'They celebrated a 6-0 win.',
    'Russia has sent a massive number of Russian troops.',
    'The war lasted three decades.',
    'About 60 percent of the population were displaced.',
    'Police sent 200 teams of police to the area.',
    'Some 3,248 cases were reported, including in the capital.',
    'Washington is considering withdrawing thousands of its troops.',
    'They make up a fraction of about 25 million Russian reservists.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('troops', () => {
  it('count, qualifier and actor', () => {
    const t = facts('Russia has sent some 2,500 personnel to Kazakhstan.').filter((f) => f.type === 'troops');
    expect(t).toHaveLength(1);
    expect(t[0]!.count).toEqual({ value: 2500, qualifier: 'about' });
    expect(t[0]!.actor).toBe('Russia');
  });

  it('the actor from an adjective in the noun phrase', () => {
    const t = facts('Some 4,500 French troops are based in the region, with hundreds of troops from elsewhere.').filter(
      (f) => f.type === 'troops',
    );
    expect(t.map((f) => [f.count?.value ?? f.count?.magnitude, f.actor])).toEqual([
      [4500, 'France'],
      ['hundreds', 'France'],
    ]);
  });

  it('a strength named without the noun again', () => {
    const t = facts('The plan cuts US forces stationed there from the current 28,500.').filter((f) => f.type === 'troops');
    expect(t.map((f) => f.count?.value)).toEqual([28500]);
  });

  it('soldiers killed are casualties, not troops', () => {
    expect(counts('The attack killed 24 soldiers.')).toEqual([['casualties', 'killed', 24, null]]);
  });
});

describe('offsets', () => {
  it('every quote is text.slice(start, end)', () => {
    const text =
      'On Thursday (6 January), Russia has sent some 2,500 personnel.\n\nDozens of people have been killed, with thousands arrested.';
    const all: Fact[] = facts(text);
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const f of all) expect(text.slice(f.start, f.end)).toBe(f.quote);
    const starts = all.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
