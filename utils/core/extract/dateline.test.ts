import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline';
import { summarize } from '../summary';

describe('datelines and credits at the head of a sentence', () => {
  it('finds wire datelines and outlet credits', () => {
    for (const [sentence, rest] of [
      ['WASHINGTON (AP) — The Senate voted on Tuesday to fund the bridge.', 'The Senate voted'],
      ['(CNN) The storm reached the coast on Monday night.', 'The storm reached'],
      ['PanARMENIAN.Net - The government approved the budget on Thursday.', 'The government approved'],
      ['Berlin (dpa) - Der Bundestag hat am Freitag den Haushalt beschlossen.', 'Der Bundestag'],
      ['LONDON, March 5 (Reuters) - Shares fell sharply in early trading.', 'Shares fell'],
      ['МОСКВА (ТАСС) — Правительство утвердило бюджет в четверг.', 'Правительство'],
      ['NORTHBRIDGE — The council met again on Friday to discuss repairs.', 'The council met'],
    ] as const) {
      const n = datelineLength(sentence);
      expect(sentence.slice(n).startsWith(rest), sentence).toBe(true);
    }
  });

  it('leaves ordinary sentence openings alone', () => {
    for (const s of [
      'The council (pictured) – which met on Tuesday – voted to close the bridge.',
      'Apple shares rose 3 per cent on Monday after the results.',
      'Mr Smith, 55, said he would appeal the decision next week.',
      'Le conseil municipal a voté mardi la fermeture du pont.',
      '北桥市议会周二投票决定关闭老港口大桥。',
    ])
      expect(datelineLength(s), s).toBe(0);
  });

  it('no summary sentence starts with the dateline, and its offsets still point at its text', () => {
    const text = [
      'NORTHBRIDGE (Wire Example) — The state Senate on Wednesday passed a bill that sets aside 31 million euros to repair the old harbour bridge.',
      "The bill's sponsor said the money would be released in two parts, the first before the summer and the second later.",
      'Opponents argued that the city should pay a larger share of the cost, since the bridge mostly serves local traffic.',
      'The governor is expected to sign the bill next week, his office said in a statement.',
    ].join('\n\n');
    const summary = summarize(text, { sentences: 3 });
    expect(summary[0]!.text.startsWith('The state Senate on Wednesday')).toBe(true);
    for (const s of summary) {
      expect(s.text).not.toMatch(/^NORTHBRIDGE/);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
