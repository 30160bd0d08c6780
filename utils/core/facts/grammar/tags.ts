/**
 * A small part-of-speech layer for English news sentences: closed-class words
 * from lists, open-class words from their form (suffixes, capitals) and the
 * casualty lexicon. Enough to cut a sentence into noun phrases and verb groups
 * (chunks.ts); it never has to be right about words that play no part there.
 */
import type { Token } from '../tokens';
import type { CasualtyWord } from '../lexicon';

export type Tag =
  | 'P' // punctuation
  | 'NUM' // a token of a number ("2,500", "twenty", "dozens")
  | 'DET'
  | 'PRON'
  | 'WH' // who, whom, which, that (as relative)
  | 'BE'
  | 'HAVE'
  | 'DO'
  | 'MOD'
  | 'NEG'
  | 'TO'
  | 'ADP'
  | 'CC'
  | 'SC' // subordinating conjunction: when, while, because, if...
  | 'ADV'
  | 'VERB'
  | 'ADJ'
  | 'NOUN'
  | 'PROPN'
  | 'POS'; // the possessive "'s"

/** Verb form, for verbs only: past (-ed, irregular past or participle), -ing, or present/base. */
export type VerbForm = 'past' | 'ing' | 'base';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const CLOSED: [Tag, Set<string>][] = [
  ['DET', set('a an the this these those another each every no any all both either neither such its their his our my your whose')],
  [
    'PRON',
    set(
      'he she it they we i you him them us me himself herself itself themselves ourselves someone somebody anyone anybody ' +
        'everyone everybody nobody none nothing something everything there',
    ),
  ],
  ['WH', set('who whom which')],
  // Verbs that link a subject to its state as "be" does: "remain missing", "stayed in custody".
  ['BE', set("be am is are was were been being 're 'm remain remains remained stay stays stayed")],
  ['HAVE', set("have has had having 've")],
  ['DO', set('do does did')],
  ['MOD', set("will would shall should can could may might must 'll 'd ought cannot")],
  ['NEG', set("not n't never")],
  ['TO', set('to')],
  [
    'ADP',
    set(
      'of in on at by for with from into onto upon near after before during since until till over under between among against ' +
        'across along around about through throughout following including amid amidst despite outside inside via toward towards ' +
        'per without within beyond behind beside besides above below off out up down like unlike than versus due',
    ),
  ],
  ['CC', set('and or but nor plus')],
  ['SC', set('when while because although though if unless whereas once where whether so as')],
  [
    'ADV',
    set(
      'also reportedly allegedly later earlier then still now already just only even initially subsequently eventually apparently ' +
        'yet again further nearly almost soon here there too very more most less least instead ago since together back away ' +
        'meanwhile however elsewhere overnight',
    ),
  ],
];
const CLOSED_MAP = new Map<string, Tag>();
for (const [tag, words] of CLOSED) for (const w of words) if (!CLOSED_MAP.has(w)) CLOSED_MAP.set(w, tag);
// "that" is a determiner before a noun, a relative or a complementiser elsewhere: chunks.ts decides.
CLOSED_MAP.set('that', 'WH');
CLOSED_MAP.set('her', 'DET');

// Irregular past tenses and participles.
const IRREGULAR_PAST = set(
  'said told came went gone sent left took taken made got gotten gave given began begun fled held met saw seen found brought ' +
    'lost won wrote written spoke spoken ate fell fallen kept ran paid led chose chosen rose risen struck caught became knew ' +
    'known thought felt stood sat shot hit put set cut hurt slain slew fought bought built spent drove driven threw thrown blew ' +
    'blown drew drawn broke broken stole stolen beat beaten bore born borne woke hid hidden meant heard lay laid sought taught ' +
    'understood withdrew withdrawn overran overrun shown sank sunk swore sworn tore torn froze frozen forgot forgotten',
);
// Words that look like verbs by their ending but are not ("-ed": bed, red; "-ing": morning, king).
const NOT_VERB = set(
  'bed red hundred speed seed feed need indeed united related based shed sled sped bred fled wed hatred kindred naked wicked ' +
    'sacred beloved rugged ragged crooked aged ' +
    'morning evening king ring thing nothing something anything everything spring string wing sing sibling during building ' +
    'ceiling wedding meeting painting ending beginning warning funding clothing housing offering setting bring sterling ' +
    'shilling darling viking ming beijing nanjing peking inkling lightning',
);
// Words ending in -ly that are not adverbs.
const LY_NOT_ADV = set(
  'family italy july reply supply rally ally fly apply rely imply comply multiply assembly belly jelly bully holy ugly elderly ' +
    'friendly lonely lovely costly deadly early daily weekly monthly yearly likely unlikely only silly hilly jolly folly ' +
    'sally kelly billy emily lily molly tally',
);
// Common verbs that carry no ending of their own, present and base forms ("says", "attack").
const VERBS = set(
  'say says tell tells report reports claim claims confirm confirms add adds state states announce announces attack attacks ' +
    'open opens fire fires carry carries launch launches storm storms ambush ambushes raid raids target targets clash clashes ' +
    'fight fights hold holds take takes make makes send sends leave leaves give gives come comes go goes get gets see sees find ' +
    'finds bring brings keep keeps meet meets lead leads begin begins show shows seem seems remain remains become becomes ' +
    'deploy deploys station stations withdraw withdraws mobilise mobilises mobilize mobilizes mass masses arrive arrives ' +
    'expect expects plan plans want wants need needs try tries hope hopes believe believes think thinks know knows include ' +
    'includes continue continues rise rises climb climbs reach reaches stand stands grow grows increase increases',
);

export interface Tagged {
  tag: Tag;
  /** For verbs: which form. */
  form?: VerbForm;
  /** A possessive noun ("Iraq's") or a contracted pronoun + be ("he's"). */
  poss?: boolean;
  /** The casualty word this token is, if any. */
  cas?: CasualtyWord;
  /** A noun for people or troops: a plural one ends its noun phrase ("300,000 reservists | last month"). */
  people?: 'plural' | 'singular';
}

/** A rough tag for the token after this one, from its form alone. */
function nextTagGuess(t: Token | undefined): string {
  if (!t) return '';
  if (/^\d/.test(t.text)) return 'NUM';
  const c = CLOSED_MAP.get(t.low);
  if (c) return c;
  return /^[A-Z]/.test(t.text) ? 'PROPN' : 'NOUN';
}

function verbForm(low: string): VerbForm | null {
  if (IRREGULAR_PAST.has(low)) return 'past';
  if (NOT_VERB.has(low)) return null;
  if (low.length > 3 && low.endsWith('ed')) return 'past';
  if (low.length > 4 && low.endsWith('ing')) return 'ing';
  if (VERBS.has(low)) return 'base';
  return null;
}

// One shared object per bare tag: most tokens carry nothing else, and a sentence makes many.
const PLAIN = new Map<Tag, Tagged>();
function plain(tag: Tag): Tagged {
  let t = PLAIN.get(tag);
  if (!t) PLAIN.set(tag, (t = Object.freeze({ tag })));
  return t;
}

/** What the tagger asks of a lexicon: words known to be verbs, and words known to be nouns. */
export interface TagLexicon {
  isVerb(low: string): boolean;
  isNoun(low: string): boolean;
  people(low: string): 'plural' | 'singular' | undefined;
  casualty(low: string): CasualtyWord | undefined;
}

/** Tag each token of a sentence; `numberAt` marks the tokens that belong to a number. */
export function tagTokens(tokens: Token[], numberAt: ReadonlySet<number>, lex: TagLexicon): Tagged[] {
  const out: Tagged[] = [];
  const letters = tokens.filter((t) => /^[A-Za-z]/.test(t.text));
  const allCaps = letters.length > 3 && letters.every((t) => t.text === t.text.toUpperCase());
  // A headline in title case: capitals say nothing about names there.
  const long = letters.filter((t) => t.text.length > 3);
  const titleCase = long.length >= 3 && long.every((t) => /^[A-Z]/.test(t.text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const low = t.low;
    if (numberAt.has(i)) {
      out.push(plain('NUM'));
      continue;
    }
    if (!/^[a-z\u00C0-\u024F']/i.test(low)) {
      out.push(plain(/^\d/.test(low) ? 'NUM' : 'P'));
      continue;
    }
    // Clitics are tokens of their own (tokens.ts): "he" "'s", "was" "n't", "Iraq" "'s".
    if (low === "'s") {
      const prev = out[i - 1];
      if (prev?.tag === 'PRON' || prev?.tag === 'WH') out.push({ tag: tokens[i + 1]?.low === 'been' ? 'HAVE' : 'BE' });
      else {
        if (prev) out[i - 1] = { ...prev, poss: true };
        out.push(plain('POS'));
      }
      continue;
    }
    if (low === 'ca' || low === 'wo') {
      if (tokens[i + 1]?.low === "n't") {
        out.push(plain('MOD'));
        continue;
      }
    }
    const capitalIn = /^[A-Z][a-z]/.test(t.text) && i > 0 && !/^["“‘'(\[—–-]$/.test(tokens[i - 1]!.text) && !titleCase && !allCaps;
    // An acronym in capitals ("IS", "US", "AU") is a name, not the word it spells.
    if (/^[A-Z]{2,}$/.test(t.text) && !allCaps) {
      out.push(plain('PROPN'));
      continue;
    }
    // "so far" is an adverb, not "so" the conjunction: "have so far been displaced".
    if ((low === 'so' && tokens[i + 1]?.low === 'far') || (low === 'far' && tokens[i - 1]?.low === 'so')) {
      out.push(plain('ADV'));
      continue;
    }
    const closed = CLOSED_MAP.get(low);
    // "May" inside a sentence is the month, not the modal.
    if (closed === 'MOD' && low === 'may' && t.text === 'May' && i > 0) {
      out.push(plain('PROPN'));
      continue;
    }
    if (closed) {
      out.push(plain(closed));
      continue;
    }
    const capital = /^[A-Z]/.test(t.text);
    const first = i === 0 || /^["“‘'(\[—–-]$/.test(tokens[i - 1]!.text);
    // A capitalised word inside the sentence is a name, whatever its ending ("Reed", "Darling"),
    // unless it is one of the lexicon's words written with a capital ("Police", "Troops").
    if (capital && !first && !lex.isNoun(low) && !lex.isVerb(low) && !lex.casualty(low)) {
      out.push(plain('PROPN'));
      continue;
    }
    // "Patricia Hurt", "the Dead Sea": a casualty word with a capital inside a sentence is a name.
    if (capitalIn && lex.casualty(low)) {
      out.push(plain('PROPN'));
      continue;
    }
    let cas = lex.casualty(low);
    if (cas?.noun) {
      // "the killing of", "their arrest", "died of wounds": a noun after an article or a preposition
      const prev = out[i - 1];
      if ((prev && (prev.tag === 'DET' || prev.tag === 'ADP' || prev.tag === 'POS')) || tokens[i + 1]?.low === 'of')
        cas = { kind: cas.kind, role: 'noun' };
    }
    if (cas) {
      const tag: Tag = cas.role === 'adjective' ? 'ADJ' : cas.role === 'noun' ? 'NOUN' : 'VERB';
      out.push(tag === 'VERB' ? { tag, form: verbForm(low) ?? 'base', cas } : { tag, cas });
      continue;
    }
    if (lex.isVerb(low)) {
      out.push({ tag: 'VERB', form: verbForm(low) ?? 'base' });
      continue;
    }
    if (lex.isNoun(low)) {
      const people = lex.people(low);
      out.push(people ? { tag: 'NOUN', people } : { tag: 'NOUN' });
      continue;
    }
    const form = verbForm(low);
    // After an article a base form is a noun: "the station", "a report".
    if (form === 'base' && (out[i - 1]?.tag === 'DET' || out[i - 1]?.tag === 'POS')) {
      out.push(plain('NOUN'));
      continue;
    }
    if (form) {
      out.push({ tag: 'VERB', form });
      continue;
    }
    if (low.length > 4 && low.endsWith('ly') && !LY_NOT_ADV.has(low)) {
      out.push(plain('ADV'));
      continue;
    }
    // After a modal or "to", a word no list knows is a verb: "will double", "to purchase the line".
    let p = out.length - 1;
    while (p >= 0 && (out[p]!.tag === 'ADV' || out[p]!.tag === 'NEG')) p--;
    const prevTag = out[p]?.tag;
    if (!capital && (prevTag === 'MOD' || (prevTag === 'TO' && /^(?:DET|PROPN|NUM|PRON|NOUN)$/.test(nextTagGuess(tokens[i + 1]))))) {
      out.push({ tag: 'VERB', form: 'base' });
      continue;
    }
    // At the start of a sentence a capital says nothing: a word no list knows is taken as a name.
    out.push(plain(capital ? 'PROPN' : 'NOUN'));
  }
  return out;
}
