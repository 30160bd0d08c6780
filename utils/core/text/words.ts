/**
 * Unicode-aware word tokenizer and stop words for the major European languages.
 * Pure and small: it runs in the popup.
 */

export interface WordToken {
  /** Lower-cased (locale-neutral) word. */
  word: string;
  start: number;
  end: number;
}

// Letters, marks and digits make words; apostrophes and hyphens split them, as
// ROUGE does ("Senate's" → "senate", "s").
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Scripts written without spaces: each run is cut into character bigrams so
// term overlap still works.
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** Word tokens with offsets into `text`. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    if (!NO_SPACE.test(raw)) {
      out.push({ word: raw.toLowerCase(), start: m.index, end: m.index + raw.length });
      continue;
    }
    splitNoSpace(raw, m.index, out);
  }
  return out;
}

function splitNoSpace(raw: string, offset: number, out: WordToken[]): void {
  // Keep Latin/digit runs inside mixed text whole; cut CJK/Thai runs into bigrams.
  const chars = Array.from(raw);
  let pos = offset;
  let run: { ch: string; at: number }[] = [];
  const flush = () => {
    const only = run.length === 1 ? run[0] : undefined;
    if (only) out.push({ word: only.ch, start: only.at, end: only.at + only.ch.length });
    for (let i = 0; i + 1 < run.length; i++) {
      const a = run[i]!;
      const b = run[i + 1]!;
      out.push({ word: a.ch + b.ch, start: a.at, end: b.at + b.ch.length });
    }
    run = [];
  };
  let other = '';
  let otherAt = pos;
  for (const ch of chars) {
    if (NO_SPACE.test(ch)) {
      if (other) out.push({ word: other.toLowerCase(), start: otherAt, end: otherAt + other.length });
      other = '';
      run.push({ ch, at: pos });
    } else {
      flush();
      if (!other) otherAt = pos;
      other += ch;
    }
    pos += ch.length;
  }
  flush();
  if (other) out.push({ word: other.toLowerCase(), start: otherAt, end: otherAt + other.length });
}

/** Lower-cased words of `text`. */
export function tokenize(text: string): string[] {
  return wordTokens(text).map((t) => t.word);
}

const STOP_LISTS: Record<string, string> = {
  en:
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say according also however meanwhile since though although yet still many much one two three may might must shall ' +
    's t don didn won isn aren wasn weren hasn haven hadn doesn couldn wouldn shouldn ll re ve d m',
  de:
    'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis bist da ' +
    'damit dann das dass dein deine dem den denn der des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch ' +
    'ein eine einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ' +
    'ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können man manche mein meine mich mir mit muss ' +
    'nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sondern sonst über um und uns unser unter ' +
    'vom von vor war waren warum was weil welche wenn werde werden wie wieder will wir wird wo wollen würde zu zum zur zwar zwischen',
  fr:
    'au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre ' +
    'nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été était ' +
    'étaient est sont ont a avait avaient être avoir fait comme plus aussi selon après avant depuis entre sans sous lors dont ainsi cela',
  es:
    'a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ' +
    'ese eso esos esta estaba estado están estas este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mis muy ' +
    'nada ni no nos o os otra otros para pero poco por porque que quien se sea ser si sido sin sobre son su sus también tanto te tiene ' +
    'todo todos tu un una uno unos y ya según tras',
  it:
    'a ad al alla alle allo agli ai anche avere aveva c che chi ci come con contro da dal dalla dalle dei del della delle dello di dove ' +
    'e è ed era erano essere gli ha hanno ho i il in io la le lei lo loro lui ma mi ne nei nel nella nelle noi non o per più quale quando ' +
    'quello questa questo se sei si sia sono su sua sue suo suoi sul sulla tra tu un una uno vi sono stato stata secondo dopo',
  pt:
    'a ao aos as até com como da das de dela dele deles do dos e é ela elas ele eles em entre era essa esse esta este eu foi foram há ' +
    'isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos nós o os ou para pela pelas pelo pelos por quando que quem se ' +
    'sem ser seu seus sua suas também te tem ter um uma umas uns você segundo após',
  nl:
    'aan al als bij dan dat de der deze die dit doch door een en er had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan ' +
    'kon maar me meer men met mij mijn na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit van ' +
    'veel voor want waren was wat we wel werd wie wij wordt worden zal ze zelf zich zij zijn zo zonder zou volgens',
  sv:
    'alla att av blev bli blir de dem den denna deras dess det detta dig din du efter ej eller en er ett från för har hade han hans ' +
    'henne hennes hon honom hur här i icke inte jag kan man med mellan men mig min mot mycket ni nu när och om oss på sedan sig sin ' +
    'sina sitt skulle som till under upp ut utan vad var vara varit vi vid än är över enligt',
  pl:
    'a aby ale bo by był była były być czy do dla go i ich im jak jako jej jest jego już ku lub ma mi na nad nie niż o od on ona one ' +
    'oni oraz po pod przez przy się są ta tak także te tego tej ten to tu tylko w we z za że ze według',
  ru:
    'а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее ей если есть еще же за ' +
    'здесь и из или им их к как когда кто ли либо мне может мы на над нам нас не него нее нет ни них но ну о об однако он она они оно ' +
    'от очень по под после при с со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы эта ' +
    'эти это я',
};

const STOP = new Set<string>();
const BY_LANG = new Map<string, Set<string>>();
for (const [lang, list] of Object.entries(STOP_LISTS)) {
  const set = new Set(list.split(/\s+/).filter(Boolean));
  BY_LANG.set(lang, set);
  for (const w of set) STOP.add(w);
}

/**
 * True for a function word. With `lang` (BCP 47, e.g. "de-AT") only that
 * language's list is used when it is known; otherwise all lists are.
 */
export function isStopWord(word: string, lang?: string | null): boolean {
  return stopWords(lang).has(word.toLowerCase());
}

/** The stop-word set for `lang` (all languages when unknown); look words up lower-cased. */
export function stopWords(lang?: string | null): ReadonlySet<string> {
  const base = lang ? (lang.toLowerCase().split(/[-_]/)[0] ?? '') : '';
  return BY_LANG.get(base) ?? STOP;
}
