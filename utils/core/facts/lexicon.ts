/** Word lists for casualty and troop facts: which nouns are people, which words name a casualty. */
import type { CasualtyKind } from './types';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Military and security personnel, as counted in troop facts. */
export const TROOP_NOUNS = set(
  'troops soldiers personnel servicemen servicewomen forces peacekeepers marines reservists sailors airmen paratroopers ' +
    'guardsmen commandos gendarmes',
);

/** Nouns for people (casualties are people, never "cases" or "teams"). */
export const PEOPLE_NOUNS = set(
  'people persons civilians protesters protestors demonstrators children kids boys girls babies infants men women adults males ' +
    'females residents villagers migrants refugees asylum-seekers students pupils workers passengers victims members patients ' +
    'individuals citizens officers policemen police officials journalists reporters inmates detainees prisoners fighters militants ' +
    'insurgents rebels staff employees tourists pilgrims worshippers fans miners crew others teenagers youths minors family ' +
    'families relatives guards agents firefighters doctors nurses medics farmers fishermen teachers voters supporters activists ' +
    'suspects gunmen attackers hostages survivors bystanders shoppers pedestrians motorists drivers climbers hikers swimmers ' +
    'players spectators residents inhabitants nationals immigrants soldiers troops personnel servicemen peacekeepers marines ' +
    'reservists sailors airmen',
);

/** A singular person as subject: "a man was stabbed to death" is one killed. */
export const PERSON_SINGULAR = set(
  'he she man woman boy girl child teenager teen suspect gunman driver officer soldier victim person resident student worker ' +
    'passenger pilot journalist patient baby infant mother father son daughter husband wife',
);

/** Words that name each casualty kind, as verb, participle, adjective or noun. */
export const CASUALTY_WORDS: [CasualtyKind, Set<string>][] = [
  [
    'killed',
    set(
      'killed kill kills killing dead died die dies dying death deaths fatalities fatality bodies perished slain murdered executed massacred drowned',
    ),
  ],
  ['injured', set('injured injure injures injuring injuries wounded wounding hurt hospitalised hospitalized hospital')],
  ['arrested', set('arrested arrest arrests arresting detained detaining detention custody jailed imprisoned apprehended charged')],
  ['missing', set('missing disappeared unaccounted')],
  ['displaced', set('displaced evacuated fled fleeing homeless refugees uprooted')],
];

export function casualtyKind(low: string): CasualtyKind | null {
  for (const [kind, words] of CASUALTY_WORDS) if (words.has(low)) return kind;
  return null;
}

/** Possibility, not fact: a number under these is no casualty or troop fact. */
export const HYPOTHETICAL = set(
  "could would might may can if unless potentially possibly potential threatens threaten risk risks fear could've " +
    'considering consider considers considered mulling weighing proposed proposal',
);
export const NEGATION = set('no not none never nobody without neither nor');

/** Non-people units that follow numbers: "30 years", "200 teams". */
export const NOT_PEOPLE = set(
  'years year months month weeks week days day hours hour minutes minute seconds decades decade centuries percent per cent ' +
    'cases case cities towns villages districts schools teams units vehicles tanks aircraft planes jets ships miles km kilometres ' +
    'kilometers metres meters feet tons tonnes dollars euros pounds times points goals votes seats rounds shots homes houses ' +
    'buildings sites countries states provinces regions percentage-points acres hectares beds doses tests samples',
);

/** Countries and the adjectives that name them, for a troop fact's actor (as written: capitalised). */
const ACTORS: [string, string][] = [
  ['U\\.S\\.|US|American|United States|Pentagon|Washington', 'US'],
  ['Russia|Russian|Moscow|Kremlin', 'Russia'],
  ['France|French|Paris', 'France'],
  ['Britain|British|UK|U\\.K\\.|United Kingdom|London', 'United Kingdom'],
  ['China|Chinese|Beijing', 'China'],
  ['Germany|German|Berlin', 'Germany'],
  ['Nato|NATO', 'Nato'],
  ['Ukraine|Ukrainian|Kyiv|Kiev', 'Ukraine'],
  ['Israel|Israeli', 'Israel'],
  ['Iran|Iranian|Tehran', 'Iran'],
  ['Turkey|Turkish|Ankara', 'Turkey'],
  ['India|Indian', 'India'],
  ['Pakistan|Pakistani', 'Pakistan'],
  ['Japan|Japanese', 'Japan'],
  ['Italy|Italian', 'Italy'],
  ['Canada|Canadian', 'Canada'],
  ['Australia|Australian', 'Australia'],
  ['South Korea|South Korean|Seoul', 'South Korea'],
  ['North Korea|North Korean|Pyongyang', 'North Korea'],
  ['Syria|Syrian|Damascus', 'Syria'],
  ['Iraq|Iraqi|Baghdad', 'Iraq'],
  ['Afghanistan|Afghan', 'Afghanistan'],
  ['Saudi Arabia|Saudi', 'Saudi Arabia'],
  ['Egypt|Egyptian', 'Egypt'],
  ['Poland|Polish', 'Poland'],
  ['Belarus|Belarusian', 'Belarus'],
  ['Mali|Malian', 'Mali'],
  ['Nigeria|Nigerian', 'Nigeria'],
  ['Ethiopia|Ethiopian', 'Ethiopia'],
  ['Kazakhstan|Kazakh', 'Kazakhstan'],
  ['Armenia|Armenian', 'Armenia'],
  ['Azerbaijan|Azerbaijani', 'Azerbaijan'],
  ['UN|U\\.N\\.|United Nations', 'United Nations'],
];
const ACTOR_RE = new RegExp(ACTORS.map(([alt], i) => `(?<a${i}>\\b(?:${alt})(?![A-Za-z]))`).join('|'), 'g');

export interface ActorMention {
  name: string;
  start: number;
  end: number;
}

/** Every country (or alliance) the text names, with offsets in `text`. */
export function actorMentions(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  ACTOR_RE.lastIndex = 0;
  for (let m = ACTOR_RE.exec(text); m; m = ACTOR_RE.exec(text)) {
    const i = Object.entries(m.groups ?? {}).findIndex(([, v]) => v !== undefined);
    if (i >= 0) out.push({ name: ACTORS[i]![1], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
