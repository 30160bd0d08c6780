/** Who sends or holds troops: countries, alliances, and the words that name them. */
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
