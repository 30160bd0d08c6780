/**
 * Casualty and troop facts by failure class (docs/facts.md): each class with
 * sentences where it must fire and sentences where it must not. The sentences
 * are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from './index';
import { splitSentences } from '../text/sentences';

type Row = [string, number | string];
const rows = (text: string, lang?: string): Row[] =>
  extractFacts(text, { published: '2021-03-10', lang })
    .filter((f) => f.type !== 'date')
    .map((f): Row => [f.type === 'troops' ? 'troops' : f.kind!, f.count?.value ?? f.count?.magnitude ?? '?']);
const sorted = (r: Row[]) => [...r].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

describe('one or a few victims named without a number', () => {
  it.each<[string, Row[]]>([
    ['A shopkeeper was stabbed to death outside his store.', [['killed', 1]]],
    ['Police arrested a 34-year-old woman at the airport.', [['arrested', 1]]],
    ['Maria Lopez was arrested in Lyon on Sunday.', [['arrested', 1]]],
    ['She is being held at a prison near the capital.', [['arrested', 1]]],
    ['Another passenger was seriously injured.', [['injured', 1]]],
    ['The three sisters were killed when the roof collapsed.', [['killed', 3]]],
    ['A village elder died of his wounds two days later.', [['killed', 1]]],
    ['Gunmen shot dead a local councillor in the market.', [['killed', 1]]],
    ['Rebels killed a district commissioner and his driver.', [['killed', 2]]],
    ['Unknown attackers kill police officer in raid.', [['killed', 1]]],
    ['The driver was taken to hospital with burns.', [['injured', 1]]],
    ['Both climbers were rescued but one was hurt.', [['injured', 1]]],
    ['The suspect killed himself as officers arrived.', [['killed', 1]]],
    ['The prisoner hanged himself in his cell.', [['killed', 1]]],
    ['Border agents held 84 adult men at the crossing.', [['arrested', 84]]],
    ['The missing hiker was found alive.', [['missing', 1]]],
    ['Four nurses were treated in hospital for smoke inhalation.', [['injured', 4]]],
    ['The driver, 52, was taken into custody.', [['arrested', 1]]],
    [
      'Twelve people — including three children — died in the blaze.',
      [
        ['killed', 12],
        ['killed', 3],
      ],
    ],
    ['Some 20,000 people have so far been evacuated.', [['displaced', 20000]]],
    ['Officers took the teenager into custody.', [['arrested', 1]]],
    ['Police detained a further 19 people overnight.', [['arrested', 19]]],
    ['Seven workers remain in hospital.', [['injured', 7]]],
    ['The guard suffered a stab wound to the arm.', [['injured', 1]]],
    ['Three passengers remain in critical condition.', [['injured', 3]]],
    ["The singer's death was announced on Monday.", [['killed', 1]]],
    ['Her body was recovered from the lake.', [['killed', 1]]],
    ['He was booked into the county jail.', [['arrested', 1]]],
  ])('%s', (text, want) => {
    expect(sorted(rows(text))).toEqual(sorted(want));
  });

  it.each([
    'The bill was killed in committee.',
    'A meeting was held in the town hall.',
    'He was held hostage for three weeks.',
    'The mayor fled to the capital.',
    'A spokesman said the battery died on the way.',
    'The farmer who killed and ate a wild goat fell ill.',
    'The patient nearly died twice last year.',
    'He left because a herder supposedly killed a farmer.',
    'Wellness Marketing Is Dead Again',
    'Agents held 3 meetings with the families.',
    'The rebels held 30 hostages for a month.',
    'The death penalty was abolished in 1981.',
    'He received death threats for months.',
    'The firm suffered heavy losses.',
    'His body language gave him away.',
    'The governing body met in Geneva.',
  ])('no victim: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('death tolls', () => {
  it.each<[string, Row[]]>([
    ['The death toll from the floods rose to 212 on Monday.', [['killed', 212]]],
    ['By evening the toll had climbed to nearly 1,500.', [['killed', 1500]]],
    ['Officials recorded a ninth fatality in the outbreak.', [['killed', 9]]],
    ['Two fishermen died of their injuries in hospital.', [['killed', 2]]],
    ['Eleven prisoners were executed last year.', [['killed', 11]]],
    ['A mob lynched two men accused of theft.', [['killed', 2]]],
    ['The bodies of 14 migrants were found in the desert.', [['killed', 14]]],
    ['The storm claimed at least 30 lives.', [['killed', 30]]],
    ['The number of dead rose to 61 by Sunday.', [['killed', 61]]],
    ['Among the dead were four firefighters.', [['killed', 4]]],
    ['The injured included two journalists.', [['injured', 2]]],
    ['Five guards were shot dead at the gate.', [['killed', 5]]],
  ])('%s', (text, want) => {
    expect(sorted(rows(text))).toEqual(sorted(want));
  });

  it.each(['The toll booth was closed for 12 hours.', 'Doctors saved 40 lives during the heatwave.', 'The company cut 300 jobs.'])(
    'no toll: %s',
    (text) => {
      expect(rows(text)).toEqual([]);
    },
  );
});

describe('each number to its own verb', () => {
  it('killed and injured in one sentence', () => {
    expect(sorted(rows('Three guards were killed and 12 others injured in the ambush.'))).toEqual(
      sorted([
        ['killed', 3],
        ['injured', 12],
      ]),
    );
    expect(sorted(rows('The blast killed four workers and wounded nine.'))).toEqual(
      sorted([
        ['killed', 4],
        ['injured', 9],
      ]),
    );
  });

  it('attackers who carry out an attack are no victims', () => {
    expect(rows('Four gunmen carried out the raid on the checkpoint.')).toEqual([]);
    expect(rows('Two militants executed the operation with a truck bomb.')).toEqual([]);
  });

  it('a date is never a count', () => {
    expect(rows('Around 14 March, soldiers were killed near the border.')).toEqual([]);
    expect(rows('On 20/06 the army killed 6 fighters.')).toEqual([['killed', 6]]);
  });
});

describe('sums and breakdowns', () => {
  it('a sum of parts, with the parts', () => {
    expect(sorted(rows('Five soldiers and two civilians were killed in the attack.'))).toEqual(
      sorted([
        ['killed', 7],
        ['killed', 5],
        ['killed', 2],
      ]),
    );
  });
  it('a list of named people is counted once each', () => {
    expect(rows('A soldier, a teacher and a nurse were killed.')).toEqual([['killed', 3]]);
  });
  it('a breakdown set off by "including"', () => {
    expect(sorted(rows('At least 40 people, including nine children, died in the fire.'))).toEqual(
      sorted([
        ['killed', 40],
        ['killed', 9],
      ]),
    );
  });
  it('alternatives and ranges are not added up', () => {
    expect(sorted(rows('Either three soldiers or a single officer were killed.'))).toEqual(sorted([['killed', 3]]));
    expect(sorted(rows('The raid killed between 20 and 30 people.'))).toEqual(
      sorted([
        ['killed', 20],
        ['killed', 30],
      ]),
    );
  });
  it('"the number" of what the sentence just counted', () => {
    expect(sorted(rows('At first 8 were reported dead, but the number later rose to 12.'))).toEqual(
      sorted([
        ['killed', 8],
        ['killed', 12],
      ]),
    );
    expect(rows('The company said the number rose to 40.')).toEqual([]);
  });
});

describe('a noun said once for a list', () => {
  it('troops in several places', () => {
    expect(rows('The ministry sent 1,800 troops to the north, 900 to the east and 650 to the capital.')).toEqual([
      ['troops', 1800],
      ['troops', 900],
      ['troops', 650],
    ]);
  });
  it('victims in several places', () => {
    expect(sorted(rows('The storms killed 31 people in Texas and 12 in Oklahoma.'))).toEqual(
      sorted([
        ['killed', 43],
        ['killed', 31],
        ['killed', 12],
      ]),
    );
  });
  it('a list of other things keeps its own noun', () => {
    expect(rows('The army sent 2,000 troops and 40 tanks to the front.')).toEqual([['troops', 2000]]);
  });
});

describe('large and vague amounts', () => {
  it.each<[string, Row[]]>([
    ['A million or more people were detained in the camps.', [['arrested', 1_000_000]]],
    ['Hundreds of soldiers were deployed to the valley.', [['troops', 'hundreds']]],
    ['Tens of thousands were displaced by the fighting.', [['displaced', 'tens of thousands']]],
    ['Several people were wounded.', [['injured', 'several']]],
    ['Scores of protesters were arrested.', [['arrested', 'scores']]],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  it('a number of people is no count', () => {
    expect(rows('A number of protesters were arrested.')).toEqual([]);
    expect(rows('A massive number of troops was sent.')).toEqual([]);
  });
});

describe('unreal or negated', () => {
  it.each([
    'The group threatened to kill 20 hostages.',
    'If the dam fails, thousands could die.',
    'Nobody was hurt in the fire.',
    'No soldiers were killed.',
    'Police plan to arrest 50 more people.',
    'The clashes did not leave anyone dead.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('languages', () => {
  it('casualty words are read in English only: a German article gets no English misreading', () => {
    expect(rows('Der Patient hat die Klinik verlassen.', 'de')).toEqual([]);
    expect(rows('Bei dem Anschlag wurden 12 Menschen getötet.', 'de')).toEqual([]);
  });
});

describe('every fact keeps its sentence and its quote', () => {
  const text = [
    'On 3 May 2021, gunmen killed four soldiers and two civilians near the border, officials said.',
    'Five others were wounded. The death toll rose to nine on Tuesday.',
    '2,700 troops in the north, 1,200 in the east and 900 in the capital were put on alert.',
    'Am 24. Februar 2022 begann der Angriff. В понедельник прошли переговоры.',
    'A village elder died of his wounds two days later; the suspect, 31, was taken into custody.',
  ].join('\n\n');
  const facts = extractFacts(text, { published: '2021-05-05' });
  const sentences = splitSentences(text);

  it('finds facts of every type in it', () => {
    expect(new Set(facts.map((f) => f.type))).toEqual(new Set(['date', 'casualties', 'troops']));
  });
  it('each quote is text.slice(start, end), inside one sentence', () => {
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(sentences.some((s) => s.start <= f.start && f.end <= s.end)).toBe(true);
      expect(f.quote).toBe(f.quote.trim());
    }
  });
});
