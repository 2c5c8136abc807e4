// When two words are one name, or one word: spellings and forms of a name ("Zelensky"/"Zelenskyy",
// "Haniyeh"/"Haniya", "China"/"Chinese", "Govt"/"Government"), a British spelling ("Tyre"/"Tire"),
// a verb's other tense in a Title Case citation ("Inspected"/"Inspects", "Met"/"Meets"). names.ts
// asks these before it calls a name swapped.
import { editDistance } from '../edit-distance.js';

/** Names written two ways that no rule of spelling relates. */
const SAME_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['kyiv', 'kiev'], ['lviv', 'lvov'], ['turkiye', 'turkey'], ['myanmar', 'burma'], ['czechia', 'czech'],
  ['former', 'ex'], // "Former Chelsea striker" / "Ex-Chelsea striker"
  ['uk', 'britain'], ['uk', 'british'], ['us', 'america'], ['us', 'american'], ['usa', 'america'], ['usa', 'american'],
  ['al', 'el'], ['mount', 'mt'], ['saint', 'st'], ['fort', 'ft'], // "Mt Paektu", "St. Petersburg", "Ft. Lauderdale"
  // Korean surnames in the romanizations newsrooms use side by side.
  ['choi', 'choe'], ['park', 'pak'], ['park', 'bak'], ['pak', 'bak'], ['lee', 'ri'], ['lee', 'yi'], ['lee', 'rhee'], ['ri', 'yi'],
  ['roh', 'noh'], ['moon', 'mun'], ['jung', 'chung'], ['jung', 'jeong'], ['chung', 'jeong'], ['shin', 'sin'],
  ['lim', 'im'], ['lim', 'rim'], ['ryu', 'yoo'], ['ryu', 'yu'], ['yoo', 'yu'], ['yoon', 'yun'], ['kang', 'gang'],
];

/**
 * Names a letter or two apart that are other places, which the spelling rules below would take for
 * one: the countries readers and writers confuse.
 */
const OTHER_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['slovakia', 'slovenia'], ['slovak', 'slovene'], ['slovakian', 'slovenian'], ['gambia', 'zambia'], ['gambian', 'zambian'],
  ['niger', 'nigeria'], ['nigerien', 'nigerian'], ['dominica', 'dominican'], ['guinea', 'guyana'],
  ['iceland', 'ireland'], ['icelandic', 'irish'], ['nigeria', 'algeria'], ['nigerian', 'algerian'], ['colombia', 'columbia'],
  ['khamenei', 'khomeini'],
];

/**
 * Two spellings or forms of one name: "Zelensky"/"Zelenskyy", "U.S."/"US", "EU"/"European",
 * "N."/"North", "China"/"Chinese", "Ukraine"/"Ukrainian".
 */
export function sameName(a: string, b: string): boolean {
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return true;
  if (OTHER_NAMES.some(([x, y]) => (a === x && b === y) || (a === y && b === x))) return false;
  if (SAME_NAMES.some(([x, y]) => (a === x && b === y) || (a === y && b === x))) return true;
  if (romanized(a) === romanized(b)) return true;
  if (a.length >= 2 && b.length >= 2 && (a.startsWith(b) || b.startsWith(a))) return true;
  if (isDemonym(a, b) || isDemonym(b, a)) return true;
  if (isContraction(a, b) || isContraction(b, a)) return true;
  const shorter = Math.min(a.length, b.length);
  // "al-Assad"/"Assad": one the other's ending.
  if (shorter >= 5 && (a.endsWith(b) || b.endsWith(a))) return true;
  // Two letters only in place ("Gadhafi"/"Qaddafi") or in a long name ("Zaporizhzhia"/"Zaporizhia",
  // "Prigozhin"/"Prigojin"), not two added to a short one ("Austria"/"Australia").
  const allowed = shorter >= 8 || (shorter >= 7 && a.length === b.length) ? 2 : 1;
  if (shorter >= 5 && editDistance(a, b, { transpositions: true }) <= allowed) return true;
  // A long name transliterated with other vowels ("Mujahideen"/"Mujahedin"): the same consonants in
  // the same order. Only long ones: Khamenei/Khomeini, Mahmoud/Mohammed, Michelle/Michael are others.
  return shorter >= 9 && consonants(a) === consonants(b);
}

/**
 * A name as romanizations of one spelling agree on: without a hyphenated Arabic article
 * ("al-Sisi"/"el-Sisi"), doubled letters once ("Assad"/"Asad", "Sissi"/"Sisi"), a final "eh" or
 * "ah" as "a" ("Haniyeh"/"Haniya"), Korean "eo" as "o" ("Hwaseong"/"Hwasong") and an initial g as
 * k ("Gaeseong"/"Kaesong"), an initial th as t ("Thae"/"Tae") and ch as j ("Cheju"/"Jeju"), and
 * German umlauts typed out ("Hoehe"/"Höhe", "Grösse"/"Größe"). "Moon"/"Yoon", "Iran"/"Iraq",
 * "Maria"/"Mario" stay apart.
 */
function romanized(name: string): string {
  return name.replace(/ß/gu, 'ss').replace(/([aou])e/gu, '$1').replace(/^(?:al|el|ul|ad|ar|as|an|at|az)-(?=\p{L}{3})/u, '')
    .replace(/(\p{L})\1+/gu, '$1').replace(/eo/g, 'o').replace(/^g(?=[aeiouy])/u, 'k').replace(/^th/u, 't').replace(/^ch/u, 'j')
    .replace(/[ae]h$/u, 'a');
}

/** A word's consonants in order, doubled ones once: what transliterations of a name agree on. */
function consonants(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** "Govt"/"Government", "Intl"/"International": a short form keeping the word's letters in order. */
function isContraction(short: string, long: string): boolean {
  if (short.length < 3 || short.length > 5 || long.length <= short.length + 1 || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/**
 * "China"/"Chinese", "Ukraine"/"Ukrainian", "Turkey"/"Turkish", "Norway"/"Norwegian": a place and
 * its people's adjective (not "Austria"/"Australia").
 */
function isDemonym(place: string, people: string): boolean {
  let common = 0;
  while (common < place.length && common < people.length && place[common] === people[common]) common++;
  return common >= 4 && /^(?:|a|e|ia|y|o|ey|on|ain|ay|al|s)$/.test(place.slice(common))
    && /^(?:n|an|ian|ean|ese|i|ish|ic|ine|egian|uese|er|ite)s?$/.test(people.slice(common));
}

/** Endings that make another form of an English word ("inspect-ed", "inspect-s"), not another word. */
const INFLECTION = /^(?:|s|es|ed|d|ing|e|ies|ied|y)$/;

/** Past forms a headline's tense changes to, by their present ("Met" for "Meets"). */
const IRREGULAR_PAST: Readonly<Record<string, string>> = Object.fromEntries(Object.entries({
  meet: 'met', send: 'sent', break: 'broke', hold: 'held', lead: 'led', win: 'won', take: 'took', make: 'made', say: 'said',
  tell: 'told', leave: 'left', fall: 'fell', rise: 'rose', sell: 'sold', buy: 'bought', find: 'found', give: 'gave', see: 'saw',
  speak: 'spoke', stand: 'stood', strike: 'struck', seek: 'sought', run: 'ran', begin: 'began', become: 'became', fly: 'flew',
  draw: 'drew', grow: 'grew', throw: 'threw', shoot: 'shot', lose: 'lost', pay: 'paid', keep: 'kept', bring: 'brought',
  think: 'thought', catch: 'caught', teach: 'taught', fight: 'fought', build: 'built', spend: 'spent', feel: 'felt',
  oversee: 'oversaw', undergo: 'underwent', withdraw: 'withdrew', come: 'came', go: 'went', get: 'got',
}).map(([present, past]) => [past, present]));

/** Another form of one of `keys`: a stem of four letters or more with an inflection ("inspected"/"inspects", "met"/"meets"). */
export function isFormOfAny(written: string, keys: ReadonlySet<string>): boolean {
  const key = IRREGULAR_PAST[written] ?? written;
  for (const other of keys) {
    let common = 0;
    while (common < key.length && common < other.length && key[common] === other[common]) common++;
    if (common >= Math.min(4, key.length) && INFLECTION.test(key.slice(common)) && INFLECTION.test(other.slice(common))) return true;
  }
  return false;
}

/**
 * A British or older spelling of one word ("Tyre"/"Tire", "Grey"/"Gray", "Mould"/"Mold",
 * "Plough"/"Plow", "Sulphur"/"Sulfur"), told by the patterns such spellings differ in — never by
 * a count of letters, which would take "Iran" for "Iraq" or "Moon" for "Yoon".
 */
export function spellingVariant(a: string, b: string): boolean {
  return usSpelling(a) === usSpelling(b);
}

function usSpelling(word: string): string {
  return word.replace(/ough$/, 'ow').replace(/ph/g, 'f').replace(/ou/g, 'o').replace(/re$/, 'er').replace(/ey$/, 'ay')
    .replace(/ll/g, 'l').replace(/lery$/, 'lry').replace(/ae|oe/g, 'e').replace(/y/g, 'i').replace(/s/g, 'z').replace(/u/g, 'o');
}

