import { describe, expect, it } from 'vitest';
import type { Fact } from '../facts/types';
import { summarize } from './index';

const para = (...s: string[]) => s.join(' ');

// A small news story: lead, background, quote, clutter, detail.
const story = [
  para(
    'Flooding in the river valley forced 3,000 residents from their homes on Sunday, the regional government said.',
    'Rescue teams used boats to reach villages cut off by the water overnight.',
  ),
  'Click here to sign up for our daily newsletter.',
  para(
    'The river rose two metres above its normal level after four days of heavy rain across the valley.',
    '"We have never seen the water this high," said one farmer.',
  ),
  'Photo: Reuters',
  para(
    'Officials said 12 people were injured and two were missing after the flooding.',
    'Schools in the valley will stay closed until Wednesday.',
    'Forecasters expect more rain later in the week, raising fears of further flooding in the valley.',
  ),
  'Read more: How rivers are changing',
  para(
    'The regional government has opened shelters in three towns for residents who left their homes.',
    'Volunteers handed out food and blankets at the shelters.',
  ),
].join('\n\n');

const texts = (t: string, o?: Parameters<typeof summarize>[1]) => summarize(t, o).map((s) => s.text);

describe('summarize', () => {
  it('returns 3, 5 or 7 sentences of the text with offsets into it, in article order', () => {
    for (const n of [3, 5, 7] as const) {
      const s = summarize(story, { sentences: n });
      expect(s).toHaveLength(n);
      for (const x of s) expect(story.slice(x.start, x.end)).toBe(x.text);
      for (let i = 1; i < s.length; i++) expect(s[i]!.start).toBeGreaterThan(s[i - 1]!.start);
    }
  });

  it('defaults to three sentences and starts with the lead', () => {
    const s = texts(story);
    expect(s).toHaveLength(3);
    expect(s[0]).toMatch(/^Flooding in the river valley/);
  });

  it('never picks clutter, credits or bare quotes', () => {
    const s = texts(story, { sentences: 7 }).join('\n');
    expect(s).not.toMatch(/Click here|newsletter|Photo: Reuters|Read more/);
    expect(texts(story, { sentences: 5 }).join('\n')).not.toMatch(/never seen the water/);
  });

  it('prefers sentences that hold key facts', () => {
    const start = story.indexOf('12 people were injured');
    const fact: Fact = {
      type: 'casualties',
      kind: 'injured',
      quote: '12 people were injured',
      count: { value: 12 },
      start,
      end: start + 22,
    };
    const withFacts = texts(story, { sentences: 3, facts: [fact] });
    expect(withFacts.some((s) => s.includes('12 people were injured'))).toBe(true);
  });

  it("leans towards sentences that share the title's words", () => {
    const plain = texts(story);
    expect(plain.some((s) => s.startsWith('The regional government has opened shelters'))).toBe(false);
    const titled = texts(story, { title: 'Shelters opened in three towns' });
    expect(titled.some((s) => s.startsWith('The regional government has opened shelters'))).toBe(true);
  });

  it('skips a headline left at the top of the text and a pronoun sentence cut off from its antecedent', () => {
    const t = [
      'Flood forces thousands from homes',
      story,
      'He added that the army would help with the clean-up in the coming days and weeks across the valley.',
    ].join('\n\n');
    const s = texts(t, { sentences: 7 });
    expect(s[0]).toMatch(/^Flooding in the river valley/);
    expect(s.join('\n')).not.toMatch(/^He added/m);
  });

  it('drops a near duplicate of a sentence already picked', () => {
    const dup = story.replace(
      'Rescue teams used boats',
      'Flooding in the river valley forced 3,000 residents from their homes on Sunday, officials in the region said. Rescue teams used boats',
    );
    const s = texts(dup);
    expect(s.filter((x) => x.startsWith('Flooding in the river valley forced'))).toHaveLength(1);
  });

  it('returns what there is for very short articles, and nothing for empty text', () => {
    expect(texts('Storm hits coast. Two hurt.', { sentences: 5 })).toEqual(['Storm hits coast.', 'Two hurt.']);
    expect(summarize('')).toEqual([]);
    expect(summarize('   \n\n  ')).toEqual([]);
  });

  it('handles lists: the items are not picked over full sentences', () => {
    const t = [
      'The city council approved a new transport plan on Monday after months of debate over traffic in the centre.',
      'The plan includes:',
      '• more buses\n• fewer cars\n• wider pavements',
      'The mayor said the changes would be in place by the end of next year and would cost 40 million euros.',
      'Opponents said the plan would hurt shops in the centre and vowed to challenge it in court.',
    ].join('\n\n');
    const s = texts(t);
    expect(s).toEqual([
      'The city council approved a new transport plan on Monday after months of debate over traffic in the centre.',
      'The mayor said the changes would be in place by the end of next year and would cost 40 million euros.',
      'Opponents said the plan would hurt shops in the centre and vowed to challenge it in court.',
    ]);
  });

  it('summarises an article made only of quotes rather than returning nothing', () => {
    const t = [
      '"We will rebuild the bridge this year," the minister said.',
      '"It is a promise to every family here," she added.',
      '"Work starts in May."',
    ].join('\n\n');
    expect(texts(t, { sentences: 3 })).toHaveLength(3);
  });

  it('works on non-English text', () => {
    const de = [
      'Bei schweren Unwettern in Süddeutschland sind am Wochenende mindestens drei Menschen ums Leben gekommen.',
      'Hier klicken',
      'Nach Angaben der Polizei wurden zudem mehr als 40 Menschen verletzt, viele davon schwer.',
      'Die Feuerwehr war in der Nacht zum Sonntag mehr als 2000 Mal im Einsatz, wie ein Sprecher mitteilte.',
      'Der Deutsche Wetterdienst warnt auch für Montag vor weiteren Unwettern mit Starkregen und Hagel.',
      'Am Nachmittag besuchte der Ministerpräsident die betroffenen Gemeinden und versprach schnelle Hilfe.',
    ].join('\n\n');
    const s = summarize(de, { lang: 'de' });
    expect(s).toHaveLength(3);
    expect(s[0]!.text).toMatch(/^Bei schweren Unwettern/);
    for (const x of s) expect(de.slice(x.start, x.end)).toBe(x.text);
    const zh = '北京今天发生地震，造成三人受伤。地震发生在凌晨两点。当局表示，没有建筑物倒塌。专家说余震可能持续数天。';
    const z = summarize(zh, { lang: 'zh', sentences: 3 });
    expect(z).toHaveLength(3);
    expect(z[0]!.text).toBe('北京今天发生地震，造成三人受伤。');
  });
});
