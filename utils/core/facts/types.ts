/** Key facts (docs/facts.md says what counts as one), with offsets into the article text. */
export type FactType = 'date' | 'casualties' | 'troops';
export type CasualtyKind = 'killed' | 'injured' | 'arrested' | 'missing' | 'displaced';
export type Qualifier = 'about' | 'at least' | 'up to';
export type Magnitude =
  'several' | 'dozens' | 'scores' | 'hundreds' | 'thousands' | 'tens of thousands' | 'hundreds of thousands' | 'millions';

export interface Count {
  value?: number;
  magnitude?: Magnitude;
  qualifier?: Qualifier;
}

export interface Fact {
  type: FactType;
  /** date facts: YYYY-MM-DD, YYYY-MM or YYYY. */
  value?: string;
  /** casualties only. */
  kind?: CasualtyKind;
  /** casualties and troops. */
  count?: Count;
  /** troops: who sends or holds them, when the text says. */
  actor?: string;
  /** The shortest verbatim span of the text that carries the fact. */
  quote: string;
  /** Character offsets of `quote` in the text the facts were taken from. */
  start: number;
  end: number;
}
