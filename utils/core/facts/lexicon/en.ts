/** English words for casualty and troop facts (what counts: docs/facts.md). */
import type { CasualtyKind } from '../types';
import type { CasualtyRole, CasualtyWord, CountLexicon } from './types';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const set = (s: string) => new Set(words(s));

/** The plural of an English noun, irregular ones included. */
export function pluralOf(noun: string): string {
  if (/(?:^|[^h])man$/.test(noun)) return noun.slice(0, -3) + 'men';
  if (noun === 'child') return 'children';
  if (noun === 'person') return 'people';
  if (noun === 'wife') return 'wives';
  if (noun === 'thief') return 'thieves';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

// Singular nouns for people; their plurals are made by pluralOf.
const PERSON = words(`
  man woman male female boy girl child baby infant toddler teenager teen youth adult person individual
  civilian resident villager citizen national native local inhabitant migrant immigrant refugee
  student pupil schoolboy schoolgirl teacher worker labourer laborer farmer herder herdsman pastoralist
  fisherman miner trader merchant shopkeeper vendor driver motorist passenger pedestrian cyclist pilot crew
  tourist pilgrim worshipper worshiper fan spectator player athlete voter supporter activist protester
  protestor demonstrator rioter marcher striker
  journalist reporter photographer cameraman blogger
  doctor nurse medic paramedic surgeon patient
  officer policeman policewoman constable guard bodyguard agent detective inspector sergeant
  firefighter ranger warden gendarme
  soldier trooper serviceman servicewoman peacekeeper marine reservist sailor airman paratrooper guardsman
  commando conscript recruit veteran commander general colonel captain lieutenant major officer
  fighter militant insurgent rebel militiaman guerrilla jihadist extremist islamist gunman attacker
  assailant bomber terrorist kidnapper abductor bandit robber thief looter hijacker sniper
  suspect accused defendant detainee prisoner inmate convict captive hostage survivor victim bystander
  official politician lawmaker legislator senator minister mayor governor chief leader member
  councillor councilor cleric imam priest pastor monk nun bishop
  chairman spokesman spokeswoman spokesperson employee staffer contractor volunteer
  husband wife father mother son daughter brother sister uncle aunt cousin nephew niece grandfather
  grandmother grandson granddaughter relative parent sibling twin friend neighbour neighbor
  owner manager businessman businesswoman banker lawyer judge prosecutor engineer
  elder chieftain king queen prince princess speaker president premier chancellor secretary ambassador envoy director
  deputy commissioner administrator warlord emir sheikh
  climber hiker swimmer diver skier
  combatant servant sergeant lieutenant participant tenant occupant dissident adolescent opponent correspondent
  descendant peasant informant applicant defendant accountant consultant assistant attendant claimant
  onlooker mourner reveller commuter fugitive escapee deportee evacuee
  shopper customer client guest visitor singer actor actress artist writer author musician rapper poet comedian
  presenter broadcaster filmmaker designer
  herder settler smuggler trafficker dealer
`);

/** One person, as a noun. */
export const PERSON_SINGULAR: ReadonlySet<string> = new Set(PERSON);

/** Nouns for people, plural (and collective nouns that count people). */
export const PEOPLE_PLURAL: ReadonlySet<string> = new Set([
  ...PERSON.map(pluralOf),
  ...words('people persons folks others police staff personnel crew families relatives'),
]);

/** Military and security personnel, as counted in troop facts. */
export const TROOPS: ReadonlySet<string> = set(
  'troops soldiers personnel servicemen servicewomen forces peacekeepers marines reservists sailors airmen paratroopers ' +
    'guardsmen commandos gendarmes conscripts',
);

const CASUALTY: [CasualtyKind, CasualtyRole, string][] = [
  [
    'killed',
    'verb',
    'kill kills killing killed murder murders murdering murdered slay slays slaying slew slain execute executes executing executed ' +
      'assassinate assassinates assassinating assassinated massacre massacres massacring massacred lynch lynches lynching lynched ' +
      'behead beheads beheading beheaded decapitated slaughter slaughtered slaughtering hang hangs hanged',
  ],
  ['killed', 'intransitive', 'die dies dying died perish perishes perishing perished drown drowns drowning drowned succumbed'],
  ['killed', 'adjective', 'dead'],
  ['killed', 'noun', 'death deaths fatality fatalities bodies body killing murder'],
  ['injured', 'verb', 'injure injures injuring injured wounds wounding wounded hurt hurts hurting maimed'],
  ['injured', 'adjective', 'hospitalised hospitalized'],
  ['injured', 'noun', 'injuries wounds'],
  [
    'arrested',
    'verb',
    'arrest arrests arresting arrested detain detains detaining detained jail jails jailing jailed imprison imprisons imprisoning ' +
      'imprisoned apprehend apprehends apprehending apprehended',
  ],
  ['arrested', 'noun', 'arrest arrests detention detentions'],
  ['arrested', 'passive', 'charged held booked'],
  ['missing', 'adjective', 'missing unaccounted'],
  ['missing', 'intransitive', 'disappeared vanished'],
  ['displaced', 'verb', 'displace displaces displacing displaced evacuate evacuates evacuating evacuated uproot uprooted'],
  ['displaced', 'intransitive', 'flee flees fleeing fled'],
  ['displaced', 'adjective', 'homeless'],
  ['displaced', 'noun', 'refugees'],
];

const CASUALTY_WORDS: ReadonlyMap<string, CasualtyWord> = (() => {
  const m = new Map<string, CasualtyWord>();
  for (const [kind, role, list] of CASUALTY)
    for (const w of words(list)) {
      const had = m.get(w);
      // A word that is a verb and a noun ("killing", "arrest") stays a verb that can be a noun.
      if (had && role === 'noun') m.set(w, { ...had, noun: true });
      else if (had && had.role === 'noun') m.set(w, { kind, role, noun: true });
      else if (!had) m.set(w, { kind, role });
    }
  return m;
})();

// Phrases read as one casualty word. "X to death" makes a killing of any violent verb.
const PHRASES: { words: string[]; kind: CasualtyKind; role: CasualtyRole }[] = [
  ...words('stabbed beaten burned burnt hacked shot crushed trampled bludgeoned tortured starved clubbed stoned battered').map((w) => ({
    words: [w, 'to', 'death'],
    kind: 'killed' as const,
    role: 'verb' as const,
  })),
  { words: ['shot', 'dead'], kind: 'killed', role: 'verb' },
  { words: ['gunned', 'down'], kind: 'killed', role: 'verb' },
  { words: ['shot', 'and', 'killed'], kind: 'killed', role: 'verb' },
  { words: ['shot', 'himself'], kind: 'killed', role: 'verb' },
  { words: ['shot', 'herself'], kind: 'killed', role: 'verb' },
  { words: ['lost', 'their', 'lives'], kind: 'killed', role: 'intransitive' },
  { words: ['lost', 'his', 'life'], kind: 'killed', role: 'intransitive' },
  { words: ['lost', 'her', 'life'], kind: 'killed', role: 'intransitive' },
  { words: ['taken', 'into', 'custody'], kind: 'arrested', role: 'verb' },
  { words: ['taken', 'in', 'custody'], kind: 'arrested', role: 'verb' },
  { words: ['in', 'custody'], kind: 'arrested', role: 'adjective' },
  ...words('critical serious stable grave').flatMap((w) => [
    { words: ['in', w, 'condition'], kind: 'injured' as const, role: 'adjective' as const },
    { words: ['in', 'a', w, 'condition'], kind: 'injured' as const, role: 'adjective' as const },
  ]),
  { words: ['in', 'detention'], kind: 'arrested', role: 'adjective' },
  { words: ['in', '?', 'hospital'], kind: 'injured', role: 'adjective' },
  { words: ['behind', 'bars'], kind: 'arrested', role: 'adjective' },
  { words: ['rounded', 'up'], kind: 'arrested', role: 'verb' },
  ...words('treated').flatMap((w) => [
    { words: [w, 'at', '?', 'hospital'], kind: 'injured' as const, role: 'verb' as const },
    { words: [w, 'in', '?', 'hospital'], kind: 'injured' as const, role: 'verb' as const },
  ]),
  ...words('sought received seeking receiving').flatMap((w) => [
    { words: [w, 'treatment', 'at', '?', 'hospital'], kind: 'injured' as const, role: 'intransitive' as const },
    { words: [w, 'treatment', 'in', '?', 'hospital'], kind: 'injured' as const, role: 'intransitive' as const },
  ]),
  ...words('taken admitted rushed airlifted flown').map((w) => ({
    words: [w, 'to', '?', 'hospital'],
    kind: 'injured' as const,
    role: 'verb' as const,
  })),
  { words: ['made', 'homeless'], kind: 'displaced', role: 'verb' },
  { words: ['forced', 'to', 'flee'], kind: 'displaced', role: 'verb' },
];

const ORDINALS = words(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth ' +
    'seventeenth eighteenth nineteenth twentieth',
);

export const EN: CountLexicon = {
  casualty: CASUALTY_WORDS,
  phrases: PHRASES,
  troops: TROOPS,
  peoplePlural: PEOPLE_PLURAL,
  personSingular: PERSON_SINGULAR,
  notPeople: set(
    'years year months month weeks week days day hours hour minutes minute seconds decades decade centuries percent cent ' +
      'cases case cities towns villages districts schools teams units vehicles cars trucks tanks aircraft planes jets helicopters ' +
      'drones ships boats miles km kilometres kilometers metres meters feet tons tonnes dollars euros pounds times points goals ' +
      'votes seats rounds shots homes houses buildings sites countries states provinces regions acres hectares beds doses tests ' +
      'samples cattle cows goats sheep camels animals livestock heads weapons guns rifles rockets missiles bombs shells mines ' +
      'attacks incidents events clashes operations positions bases camps posts checkpoints kg grams litres liters barrels shares',
  ),
  hypothetical: set(
    "could would might may can if unless whether potentially possibly potential risk risks could've would've considering " +
      'consider considers considered mulling weighing proposed proposal',
  ),
  intent: set(
    'threaten threatens threatened threatening plan plans planned planning plot plots plotted plotting conspire conspired ' +
      'conspiring conspiracy aim aims aiming intend intends intending vow vows vowed vowing attempt attempts attempted attempting ' +
      'try tries tried trying seek seeks seeking sought',
  ),
  notVictims: set('hostage hostages captive captives'),
  detention: set('prison prisons jail jails gaol custody detention cell cells penitentiary bail remand'),
  negation: set('no not none never nobody without neither nor'),
  toll: set('toll'),
  tollOf: set('dead deaths fatalities killed injured wounded arrested detained displaced missing'),
  lives: { noun: set('lives life'), verbs: set('claim claims claimed claiming take takes took taking cost costs costing lost lose') },
  suffered: {
    verbs: set('suffer suffers suffered suffering sustain sustains sustained sustaining'),
    nouns: set('injury injuries wound wounds burns fractures'),
  },
  taking: {
    verbs: set('take takes took taking rush rushes rushed rushing airlift airlifted fly flew'),
    tails: [
      { words: ['into', 'custody'], kind: 'arrested' },
      { words: ['in', 'custody'], kind: 'arrested' },
      { words: ['to', '?', 'hospital'], kind: 'injured' },
      { words: ['to', '?', 'hospitals'], kind: 'injured' },
    ],
  },
  bodyVerbs: set('found recovered discovered pulled identified retrieved exhumed'),
  ordinals: new Map(ORDINALS.map((w, i) => [w, i + 1])),
};
