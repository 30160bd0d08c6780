import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the input', () => {
    const t = '  The council met on Monday. It voted to close the road!  Was that wise? ';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['The council met on Monday.', 'It voted to close the road!', 'Was that wise?']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('never crosses a paragraph break, even without a full stop', () => {
    const t = 'Troops withdraw from the north\n\nThe army said 200 soldiers left.\n \nMore to follow';
    expect(texts(t)).toEqual(['Troops withdraw from the north', 'The army said 200 soldiers left.', 'More to follow']);
  });

  it('keeps titles, initials and dotted acronyms inside the sentence', () => {
    const t = 'Mr. Smith met Dr. Jones and George W. Bush in the U.S. Capitol. Rt. Hon. B. U. Nzeribe was absent.';
    expect(texts(t)).toEqual(['Mr. Smith met Dr. Jones and George W. Bush in the U.S. Capitol.', 'Rt. Hon. B. U. Nzeribe was absent.']);
  });

  it('keeps datelines and initials that look like other abbreviations together', () => {
    expect(texts('HAYWARD, Calif. (AP) — A man was stabbed. Jonathan P. Blair, 29, was held.')).toEqual([
      'HAYWARD, Calif. (AP) — A man was stabbed.',
      'Jonathan P. Blair, 29, was held.',
    ]);
  });

  it('ends a sentence at an acronym when a new sentence clearly starts', () => {
    expect(texts('He flew back to the U.S. The trip was short.')).toEqual(['He flew back to the U.S.', 'The trip was short.']);
    expect(texts('It begins at 10 p.m. Officials expect crowds.')).toEqual(['It begins at 10 p.m. Officials expect crowds.']);
    expect(texts('It begins at 10 p.m. They expect crowds.')).toEqual(['It begins at 10 p.m.', 'They expect crowds.']);
  });

  it('splits after street and company abbreviations only when a new sentence starts', () => {
    expect(texts('The fire began on Main St. The shop was empty. He moved to St. Louis in 2010.')).toEqual([
      'The fire began on Main St.',
      'The shop was empty.',
      'He moved to St. Louis in 2010.',
    ]);
    expect(texts('Patrick Carlineo Jr. of Addison pleaded guilty. Apple Inc. It said so.')).toEqual([
      'Patrick Carlineo Jr. of Addison pleaded guilty.',
      'Apple Inc.',
      'It said so.',
    ]);
  });

  it('handles month abbreviations, numbers and decimals', () => {
    const t = 'On Jan. 5 the rate rose 1.5 percent to No. 3 in the list. No. That was wrong. Shares fell 2.25 pct.';
    expect(texts(t)).toEqual([
      'On Jan. 5 the rate rose 1.5 percent to No. 3 in the list.',
      'No.',
      'That was wrong.',
      'Shares fell 2.25 pct.',
    ]);
  });

  it('ends sentences after closing quotes and ellipses, not before a lower-case attribution', () => {
    const t = '"We will stay," he said. "Are we safe?" she asked. He said: "It is over." Then he left… Nobody spoke.';
    expect(texts(t)).toEqual([
      '"We will stay," he said.',
      '"Are we safe?" she asked.',
      'He said: "It is over."',
      'Then he left…',
      'Nobody spoke.',
    ]);
    expect(texts('He paused... and went on. “Done.” Next.')).toEqual(['He paused... and went on.', '“Done.”', 'Next.']);
  });

  it('treats single line breaks as breaks unless the line carries on in lower case', () => {
    const t = 'Senate resolves to:\nObserve a minute of silence.\nSuspend all activities\nuntil next week.';
    expect(texts(t)).toEqual(['Senate resolves to:', 'Observe a minute of silence.', 'Suspend all activities\nuntil next week.']);
  });

  it('splits list items on their own lines', () => {
    const t = 'The plan has three parts:\n• more buses\n• fewer cars\n- wider pavements';
    expect(texts(t)).toEqual(['The plan has three parts:', '• more buses', '• fewer cars', '- wider pavements']);
  });

  it('works for other languages and scripts', () => {
    expect(texts('Der Bundestag hat z.B. am Montag abgestimmt. Die Opposition war dagegen.')).toEqual([
      'Der Bundestag hat z.B. am Montag abgestimmt.',
      'Die Opposition war dagegen.',
    ]);
    expect(texts('¿Dónde está? ¡Aquí! El gobierno lo confirmó.')).toEqual(['¿Dónde está?', '¡Aquí!', 'El gobierno lo confirmó.']);
    expect(texts('北京今天下雨。明天会晴天！你知道吗？')).toEqual(['北京今天下雨。', '明天会晴天！', '你知道吗？']);
    expect(texts('Москва заявила об этом. Киев не ответил.')).toEqual(['Москва заявила об этом.', 'Киев не ответил.']);
    expect(texts('قال الوزير ذلك. وأضاف أن الوضع مستقر.')).toEqual(['قال الوزير ذلك.', 'وأضاف أن الوضع مستقر.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \n')).toEqual([]);
  });
});

describe('ordinal dates', () => {
  it('a day written as an ordinal before a month ends no sentence', () => {
    expect(splitSentences('Der Krieg begann am 24. Februar 2022 im Osten. Am 3. März folgten Gespräche.').map((s) => s.text)).toEqual([
      'Der Krieg begann am 24. Februar 2022 im Osten.',
      'Am 3. März folgten Gespräche.',
    ]);
  });
  it('a number before a sentence that starts with another word still ends it', () => {
    expect(splitSentences('Sie gewannen mit 3 zu 24. Danach feierten alle.').map((s) => s.text)).toHaveLength(2);
  });
});
