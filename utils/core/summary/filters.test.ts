import { describe, expect, it } from 'vitest';
import { endsLikeSentence, isClutter, quotedShare, startsMidSentence } from './filters';

describe('isClutter', () => {
  it('catches calls to action, credits, embeds and timestamps', () => {
    for (const s of [
      'Click here to sign up for our newsletter.',
      'Read more: How rivers are changing',
      'Sign up for breaking news alerts.',
      'Photo: Reuters',
      'President Trump speaks in the Oval Office. (AP Photo/Evan Vucci)',
      '— The Nigerian Senate (@NGRSenate) October 9, 2018',
      'See tweets :',
      'Story continues below gallery',
      '10 p.m.',
      'Advertisement',
    ]) {
      expect(isClutter(s), s).toBe(true);
    }
  });

  it('keeps news sentences that merely mention such words', () => {
    for (const s of [
      'Millions of people subscribe to the streaming service, the company said.',
      'The court ruled on a copyright dispute between two publishers on Monday.',
      'Police said 12 people were injured when the stand collapsed.',
    ]) {
      expect(isClutter(s), s).toBe(false);
    }
  });
});

describe('sentence shape', () => {
  it('tells sentences from headings and fragments', () => {
    expect(endsLikeSentence('The senate adjourned.')).toBe(true);
    expect(endsLikeSentence('"We will stay."')).toBe(true);
    expect(endsLikeSentence('Troops withdraw from the north')).toBe(false);
    expect(startsMidSentence('and then the rain came.')).toBe(true);
    expect(startsMidSentence('Then the rain came.')).toBe(false);
  });
});

describe('quotedShare', () => {
  it('is high for a bare quote, low for reported speech, and counts a quote left open', () => {
    expect(quotedShare('“We will not accept attempts to assert unlawful claims.”')).toBe(1);
    expect(quotedShare('The minister said the bridge would be rebuilt this year.')).toBe(0);
    const mixed = quotedShare('Esper said the U.S. “firmly opposes” intimidation in the region.');
    expect(mixed).toBeGreaterThan(0);
    expect(mixed).toBeLessThan(0.3);
    expect(quotedShare('“I boarded a flight on May 15 and reached Mexico.')).toBe(1);
    expect(quotedShare('From there, I tried to enter California,” he said.')).toBeGreaterThan(0.7);
  });
});
