// Facts a headline can flip while keeping nearly all its letters. Bigram similarity cannot see
// them, so they are compared word by word: numbers, negations and refusals, months, directions.
import { asOptional, withOptionalMarked, withOptionalNumbersResolved } from './optional-numbers.js';
import { isRomanNumeral, ROMAN_NUMERAL } from './roman-numerals.js';
import { asciiDigits } from '../digits.js';
import { directionsDiffer, HANGUL_SYLLABLE, koreanOppositeSwapped, periodsDiffer } from './directions.js';
import { koreanAmounts } from './korean-amounts.js';
import { spelledOut, titleWords, withoutWireTags } from './normalize-title.js';

/** Words that turn a statement around: "to send" / "refuses to send" / "not to send". */
const POLARITY = new Set([
  'not', 'no', 'never', 'without', 'nor', 'cannot', 'cant', 'wont', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt',
  'refuses', 'refused', 'rejects', 'rejected', 'blocks', 'blocked', 'halts', 'halted', 'suspends', 'suspended',
  'scraps', 'scrapped', 'cancels', 'cancelled', 'fails', 'failed',
  // Arabic لا لن لم ليس (Korean negation is counted apart: see hangulNegations).
  'لا', 'لن', 'لم', 'ليس', 'ليست',
  // German, French, Italian, Portuguese, Russian (Spanish "no" is above).
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals',
  'pas', 'jamais', 'aucun', 'aucune', 'non', 'não', 'nao', 'nunca', 'не', 'нет', 'никогда',
]);
/** A whole verb of doing or becoming after 안: "한다", "했다", "해", "돼", "된다" (not "해프닝", "합의"). */
const DO_OR_BECOME = '(?:하(?:다|나|고|며|면|지|겠다|니|자)?|한다|한|할(?:까|것)?|함|합니다|해(?:요|도|서|야)?|했(?:다|나|고|지만)?|돼(?:요)?|된다|된|됐(?:다|나)?|될|되(?:나|고|지)?)';
/**
 * Korean negation, counted word by word so that spacing does not matter ("전례 없는" and
 * "전례없는" both hold one): 않 and 없 anywhere in a word, 못, 아니 and 거부 opening one, and 안 opening
 * a verb of doing or becoming ("안돼", "안한다", written "안 한다" too). Not a bare 안, which is also a
 * noun ("합의안", a bill), nor 아니 inside a word ("피아니스트").
 */
const HANGUL_NEGATION = new RegExp(`않|없|^못|^아니|^아닌|^아냐|^거부|^안돼|^안${DO_OR_BECOME}$`, 'gu');
const SPACED_AN = new RegExp(`(?<![^ ])안 (?=${DO_OR_BECOME}(?: |$))`, 'gu');

function hangulNegations(words: string[]): number {
  // "안 돼", "안 한다": 안 alone before a verb of doing or becoming, joined to it as it is often typed.
  const joined = words.join(' ').replace(SPACED_AN, '안');
  let count = 0;
  for (const word of joined.split(' ')) if (HANGUL_SYLLABLE.test(word)) count += word.match(HANGUL_NEGATION)?.length ?? 0;
  return count;
}

/** Chinese negations (沒有, 尚未, 並未, 未, 不, 無, 非, 別…): also parts of words (未來, 非洲), so only counted alone. */
const HAN_NEGATION = /沒有|没有|尚未|並未|并未|[未不沒没無无非別别]/gu;

/**
 * Two Chinese titles that differ by a negation and nothing else ("立法院未通過…" for "立法院通過…"):
 * without spaces, a word count cannot see it.
 */
function hanNegationAlone(a: string[], b: string[]): boolean {
  const x = a.join(' ');
  const y = b.join(' ');
  if (x === y || !/[\u4e00-\u9fff]/u.test(x)) return false;
  // The same count on both sides is one negation written two ways (沒有/没有, 不/未), not one dropped.
  const count = (text: string) => text.match(HAN_NEGATION)?.length ?? 0;
  const bare = (text: string) => text.replace(HAN_NEGATION, '').replace(/ /g, '');
  return count(x) !== count(y) && bare(x) === bare(y);
}

/**
 * Turkish negates a verb inside the word: "onayladı" (approved), "onaylamadı" (did not approve);
 * "geldi"/"gelmedi", "onaylamış"/"onaylamamış". A word on one side that is a word on the other
 * with "ma" or "me" put in after its stem (three letters at least) and before a past suffix
 * (-dı/-di/-du/-dü, -tı…, -mış…, as folded) is that negation. The words come folded (ı as i),
 * so the suffix, not the letters, says Turkish.
 */
const TURKISH_PAST_SUFFIX = /^(?:[dt][iu]|mis)/;

function turkishNegation(a: string[], b: string[]): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  const onlyA = a.filter((word) => !inB.has(word));
  const onlyB = b.filter((word) => !inA.has(word));
  const negates = (long: string, short: string): boolean => {
    if (long.length !== short.length + 2) return false;
    for (let at = 3; at <= short.length - 2; at++) {
      const inserted = long.slice(at, at + 2);
      // The suffix's vowel follows the one before it ("büyüdü", "büyümedi"): i and u are one here.
      const harmony = (suffix: string) => suffix.replace(/u/g, 'i');
      if ((inserted === 'ma' || inserted === 'me') && long.slice(0, at) === short.slice(0, at) &&
        harmony(long.slice(at + 2)) === harmony(short.slice(at)) && TURKISH_PAST_SUFFIX.test(short.slice(at))) return true;
    }
    return false;
  };
  return onlyA.some((x) => onlyB.some((y) => negates(x, y) || negates(y, x)));
}

/** Words that put an office in the past: dropped or added, the headline speaks of someone else's time. */
const FORMER = new Set(['former', 'ex', 'ehemalige', 'ehemaliger', 'ehemaligen', 'ancien', 'ancienne', 'exministro', 'expresidente', 'ex-presidente', '전', 'бывший', 'бывшего']);

/** A claim called false ("false claims", "fake news", "untrue report"): dropped, it says the opposite. */
const VERDICT_WORDS = new Set(['false', 'fake', 'untrue', 'bogus']);
const CLAIM_WORDS = /^(?:claims?|news|reports?|stor(?:y|ies)|rumou?rs?|videos?|photos?|images?|quotes?|posts?|information)$/;

function verdictPhrases(words: string[]): number {
  let count = 0;
  for (let i = 0; i + 1 < words.length; i++) if (VERDICT_WORDS.has(words[i]!) && CLAIM_WORDS.test(words[i + 1]!)) count++;
  return count;
}

/** Whether two titles' words disagree on a negation alone (what an ellipsis may not hide). */
export function negationsDiffer(a: string[], b: string[]): boolean {
  const isPolar = (word: string) => POLARITY.has(word);
  return a.filter(isPolar).length !== b.filter(isPolar).length || hangulNegations(a) !== hangulNegations(b) || turkishNegation(a, b);
}

/**
 * Refusals in their base form ("doctors refuse to return"), counted only where two whole titles
 * are compared word by word: in words a shortened title leaves off or adds, or an ellipsis hides,
 * "block" and "halt" are as often a name ("| The Block") or another clause's verb ("a halt").
 */
const REFUSAL_BASES = new Set(['refuse', 'reject', 'block', 'halt', 'suspend', 'scrap', 'cancel', 'fail']);

function refusalBasesDiffer(a: string[], b: string[]): boolean {
  const isBase = (word: string) => REFUSAL_BASES.has(word);
  return a.filter(isBase).length !== b.filter(isBase).length;
}
/** Months by their full name, written out or abbreviated ("Nov." and "November" are one month). */
const MONTHS = new Map<string, string>([
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((month) => [month, month] as const),
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'],
  ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);
/**
 * "Jun" as a syllable of a Korean given name ("Yong-jun", "Jun-seok"), joined to the other syllable
 * so that it is no month June; "Jan-Jun" and "Jun-Sep", in capitals, stay months.
 */
const KOREAN_JUN = /(\p{L})-jun(?![\p{L}\p{N}-])|(?<![\p{L}\p{N}-])Jun-(?=\p{Ll})/gu;
const joinedJun = (_match: string, before: string | undefined): string => (before === undefined ? 'Jun' : `${before}jun`);
/** A visa class, "H-1B" however hyphenated (factWords). */
const VISA_CLASS = /\b([A-Z])-?(\d)-?([A-Z])\b/gu;
/** A conversion in brackets right after an amount and its unit: "($230 million)", "(US$5.2 bln)". */
const CONVERSION = /(?<=\d\s?(?:\p{L}+\s)?\p{L}+)\s*\((?:about |around |some |approx\.? |roughly |~)?(?:US)?[$€£¥₩]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|mln|bln|tln|mn|bn|m|b|k))?\)/giu;
/** A month cut short with a point ("Jan.-Sept."): the month, for the similarity of fact words too. */
const MONTH_WITH_POINT = /\b(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?!\d)/giu;
/** Units of measure as headlines write them, each with one name (a ton and a tonne are one, as translations have them). */
const UNITS_OF_MEASURE = new Map<string, string>([
  ...['metre', 'metres', 'meter', 'meters'].map((unit) => [unit, 'metre'] as const),
  ...['foot', 'feet', 'ft'].map((unit) => [unit, 'foot'] as const),
  ...['inch', 'inches'].map((unit) => [unit, 'inch'] as const),
  ...['mile', 'miles'].map((unit) => [unit, 'mile'] as const),
  ...['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].map((unit) => [unit, 'kilometre'] as const),
  ...['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'].map((unit) => [unit, 'centimetre'] as const),
  ...['kg', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'].map((unit) => [unit, 'kilogram'] as const),
  ...['tonne', 'tonnes', 'ton', 'tons'].map((unit) => [unit, 'tonne'] as const),
  // Not "pound(s)": as often money as weight.
  ...['lb', 'lbs'].map((unit) => [unit, 'pound'] as const),
]);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Words that put a capitalised "March" in time ("at March Meeting", "for March", "Early March").
 * Not "the", "last", "next", "this": "Join the March", "Make Last March Through London" are the
 * noun as often (and "the March Quarter" against another month still differs by that month).
 */
const BEFORE_MONTH = new Set(['in', 'of', 'on', 'at', 'for', 'during', 'before', 'after', 'beyond', 'since', 'until', 'till', 'by',
  'from', 'early', 'late', 'mid', 'through', 'end']);
/** What the fact words call "march" the verb or noun: no month. */
const MARCH_NOT_MONTH = 'marchverb';

/**
 * "March" the month, or "march" the verb and noun ("Thousands march in Seoul", "Women March on
 * Washington"). Lower case in a headline is the verb, unless a day or year follows; capitalised
 * inside a sentence-case headline, the month; as its first word or in a Title Case headline,
 * the month only beside a day or year or after a word that puts it in time.
 */
function marchesAsWords(text: string, titleCase: boolean): string {
  return text.replace(/(?<![\p{L}\p{N}])march(?![\p{L}\p{N}])/giu, (word: string, offset: number) => {
    // The word before, from a short window (a long headline must not be scanned again per "march").
    const before = /([\p{L}\d]+)[^\p{L}\d]*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
    const dateFollows = /^\W{0,3}\d{1,4}(?:st|nd|rd|th)?(?![\p{L}\p{N}])/u.test(text.slice(offset + word.length, offset + word.length + 12));
    if (dateFollows) return word;
    if (word === 'march') return MARCH_NOT_MONTH;
    if (before !== undefined && !titleCase) return word;
    const inTime = before !== undefined && (BEFORE_MONTH.has(before.toLowerCase()) || /^\d{1,2}(?:st|nd|rd|th)?$/u.test(before));
    return inTime ? word : MARCH_NOT_MONTH;
  });
}

/** Most words capitalised: a headline in Title Case, where a capital says nothing about a word. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  const capitalised = words.filter((word) => word[0] !== word[0]!.toLowerCase()).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

/** Pairs a headline flips by one word ("supports"/"opposes"); the table below reads each pair both ways. */
const OPPOSITE_PAIRS: [string, string][] = [
  ['north', 'south'], ['east', 'west'], ['rises', 'falls'], ['rise', 'fall'], ['up', 'down'],
  ['confirms', 'denies'], ['confirm', 'deny'], ['confirmed', 'denied'], ['accepts', 'rejects'], ['accept', 'reject'],
  ['approves', 'rejects'], ['approve', 'reject'], ['approved', 'rejected'], ['approves', 'opposes'], ['approve', 'oppose'],
  ['supports', 'opposes'], ['support', 'oppose'], ['supported', 'opposed'], ['backs', 'opposes'], ['back', 'oppose'],
  ['allows', 'bans'], ['allow', 'ban'], ['allowed', 'banned'], ['permits', 'bans'], ['lifts', 'imposes'], ['lift', 'impose'],
  ['wins', 'loses'], ['win', 'lose'], ['won', 'lost'], ['before', 'after'], ['increases', 'cuts'], ['increase', 'cut'],
  ['raises', 'cuts'], ['raise', 'cut'], ['increases', 'decreases'], ['increase', 'decrease'], ['higher', 'lower'],
  ['more', 'fewer'], ['gains', 'losses'], ['opens', 'closes'], ['open', 'close'], ['begins', 'ends'], ['starts', 'ends'],
  ['for', 'against'], ['pro', 'anti'], ['legal', 'illegal'], ['guilty', 'innocent'], ['convicted', 'acquitted'],
  ['joins', 'leaves'], ['join', 'leave'], ['ahead', 'behind'], ['raises', 'lowers'], ['raise', 'lower'],
  ['gains', 'loses'], ['gain', 'lose'], ['acquits', 'convicts'], ['acquit', 'convict'], ['lifts', 'extends'],
  ['armed', 'unarmed'], ['constitutional', 'unconstitutional'], ['high', 'low'], ['highs', 'lows'],
  // Korean pairs are in directions.ts (KOREAN_OPPOSITES), read inside words as well.
  ['highest', 'lowest'], ['biggest', 'smallest'], ['largest', 'smallest'], ['best', 'worst'], ['strongest', 'weakest'],
  ['most', 'least'], ['exports', 'imports'], ['export', 'import'], ['surplus', 'deficit'], ['surpluses', 'deficits'],
  ['expands', 'contracts'], ['widens', 'narrows'], ['widen', 'narrow'], ['beats', 'misses'], ['beat', 'miss'],
  ['beating', 'missing'], ['likely', 'unlikely'], ['agree', 'disagree'], ['agrees', 'disagrees'], ['restores', 'cuts'],
  ['restore', 'cut'], ['lifts', 'declares'], ['lift', 'declare'], ['weak', 'strong'], ['weak', 'robust'],
  ['ballistic', 'cruise'], ['ballistic', 'hypersonic'],
];
const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of OPPOSITE_PAIRS) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}
// Headlines write small counts in words as often as in digits: "three" and "3" are one fact, as
// are "third" and "3rd" ("3o": an ordinal, never the count "3").
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70',
  eighty: '80', ninety: '90', hundred: '100', thousand: '1000', million: '1m', dozen: '12',
  first: '1o', second: '2o', third: '3o', fourth: '4o', fifth: '5o', sixth: '6o', seventh: '7o',
  eighth: '8o', ninth: '9o', tenth: '10o',
  // German, French, Spanish, Portuguese and Italian counts, folded as compared ("fünf" is "funf").
  // Not the words that are also other words: "ein(e)", "un(e)", "elf", "sept" (Sept.), "neuf"
  // (new), "dos" and "tres" (French "back", "très"), "sete" (Italian "thirst"), "dez" (German Dez.), "due", "sei", "otto".
  zwei: '2', drei: '3', vier: '4', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9', zehn: '10', zwolf: '12',
  deux: '2', trois: '3', quatre: '4', cinq: '5', huit: '8', dix: '10',
  cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10',
  dois: '2', quatro: '4', oito: '8', nove: '9',
  tre: '3', quattro: '4', cinque: '5', sette: '7', dieci: '10',
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** "Twenty-one", "thirty five": one number. */
const COMPOUND_NUMBER = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)\b/giu;
/** "Twenty-first", "seventy-fifth", "fiftieth": ordinals past ten, as "21st", "75th", "50th". */
// Not "-second" ("thirty-second ads" are ads of 30 seconds), nor one joined on to a word ("Twenty first-time voters").
const ORDINAL_UNITS: Record<string, number> = { first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const COMPOUND_ORDINAL = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](first|third|fourth|fifth|sixth|seventh|eighth|ninth)\b(?![-‐‑])/giu;
const TENS_ORDINAL = /\b(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth\b/giu;

/** Magnitudes written after a number, each with its one form ("$5bn" and "$5 billion" are one amount). */
const MAGNITUDES: Record<string, string> = {
  // Wire styles too: Yonhap's "1.3 bln", "677 tln won", Reuters' "2 trln".
  m: 'm', mn: 'm', mln: 'm', million: 'm', millions: 'm', b: 'b', bn: 'b', bln: 'b', billion: 'b', billions: 'b',
  t: 't', tn: 't', tln: 't', trln: 't', tr: 't', tril: 't', trillion: 't', trillions: 't',
  // German and French: "5 Mio.", "5 Millionen", "2 Mrd.", "2 Milliarden", "2 milliards"; Spanish,
  // Portuguese and Italian millions and billions ("5 millones", "2 milhões", "3 miliardi").
  mio: 'm', millionen: 'm', mrd: 'b', milliarde: 'b', milliarden: 'b', milliard: 'b', milliards: 'b',
  millones: 'm', millón: 'm', milhões: 'm', milhão: 'm', milioni: 'm', milione: 'm', bilhões: 'b', bilhão: 'b', miliardi: 'b', miliardo: 'b',
};
/**
 * A number with its decimal part and magnitude: "2.3", "1,5", "$5bn", "£5 million", and Korean
 * units that headlines join or space as they please ("26조원", "26조 원", "10만 명").
 */
const NUMBER = /(\d+(?:[.,]\d+)?)(?:(st|nd|rd|th)(?![\p{L}\p{N}])|\s?(millions?|millionen|milliarden?|milliards?|millones|millón|milhões|milhão|milioni|milione|bilhões|bilhão|miliardi|miliardo|billions?|trillions?|trln|tril|mln|bln|tln|mio|mrd|mn|bn|tn|tr|m|b|t)(?![\p{L}\p{N}])|\s?([천만억조]))?/giu;
/** A small number written out before a magnitude ("one million", "three billion"), as digits. */
const WORD_BEFORE_MAGNITUDE = /(?<![\p{L}\p{N}])(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|huit|dix)\s+(?=(?:millions?|billions?|trillions?|milliards?|millionen|milliarden?)(?![\p{L}\p{N}]))/giu;

/** Any month name MONTHS knows, and "may", which as a word alone is too often the verb to count. */
const MONTH_NAME = `(?:${[...MONTHS.keys(), 'may'].join('|')})\\.?`;
/** "March 1st", "1st of March", "21st June": a date's day written as an ordinal. */
const DAY_AFTER_MONTH = new RegExp(`(\\b${MONTH_NAME}\\s+\\d{1,2})(?:st|nd|rd|th)\\b`, 'giu');
const DAY_BEFORE_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)(\\s+(?:of\\s+)?${MONTH_NAME}(?![\\p{L}]))`, 'giu');

/**
 * One word per number, in one form: "2.3%" is "2x3" (its decimal point would otherwise split it in
 * two, and "3.2" would read the same), "$5bn" and "$5 billion" are "5b", "G-20" and "G20" are "g 20".
 */
function numbersAsWords(text: string): string {
  return text.replace(NUMBER, (match: string, digits: string, ordinal: string | undefined, magnitude: string | undefined, korean: string | undefined, offset: number) => {
    const unit = ordinal ? 'o' : magnitude ? MAGNITUDES[magnitude.toLowerCase()]! : korean ?? '';
    // "3.0%" is "3%", "2.50 billion" "2.5 billion": a quantity's zeros say nothing. Not a version
    // ("Python 3.10") or a date ("1.10.2024"), nor "3,0", which may be a score joined so above.
    const [whole, fraction] = digits.split(/[.,]/) as [string, string | undefined];
    QUANTITY_AFTER.lastIndex = offset + match.length;
    const quantity = Boolean(magnitude) || QUANTITY_AFTER.test(text);
    const decimals = digits.includes('.') && quantity ? fraction!.replace(/0+$/, '') : fraction ?? '';
    // A whole number of millions or billions is that many ("5,000,000,000" is "$5 billion").
    if (!unit && !decimals) {
      const large = inMagnitude(whole);
      if (large) return ` ${large} `;
    }
    // A thousand millions or more is billions ("$1,200 million" is "$1.2 billion").
    const larger = NEXT_MAGNITUDE[unit];
    if (larger && whole.length > 3) {
      const moved = `${whole.slice(-3)}${decimals}`.replace(/0+$/, '');
      return ` ${whole.slice(0, -3)}${moved ? `x${moved}` : ''}${larger} `;
    }
    return ` ${decimals ? `${whole}x${decimals}` : whole}${unit} `;
  });
}

const NEXT_MAGNITUDE: Record<string, string | undefined> = { m: 'b', b: 't' };
/** A percentage sign or word right after a number (sticky: read where the number ends, not from a copy of the rest). */
const QUANTITY_AFTER = /\s?(?:%|percent\b|per cent\b|pct\b|prozent\b)/iuy;

/** A whole number of a million or more as "5b", "2x5m" (as numbersAsWords writes "$5bn", "2.5m"), or null. */
function inMagnitude(whole: string): string | null {
  for (const [zeros, unit] of [[9, 'b'], [6, 'm']] as const) {
    if (whole.length <= zeros) continue;
    const head = whole.slice(0, whole.length - zeros);
    const tail = whole.slice(whole.length - zeros).replace(/0+$/, '');
    if (tail.length <= 2) return `${head}${tail ? `x${tail}` : ''}${unit}`;
  }
  return null;
}

/** The words of one kind, sorted: the same facts in another order are the same facts. */
function sortedOf(words: string[], keep: (word: string) => boolean): string {
  return words.filter(keep).sort().join(' ');
}

/**
 * A title's normalised words, with numbers in one form: "10,000", "10 000" and "10k" as 10000,
 * "three" as 3, each number one word (see numbersAsWords).
 */
export function factWords(title: string): string[] {
  // Tags first: "(2nd LD)" counts updates, and split up it would no longer read as a tag.
  // "Non-profit" is one word however it is typed ("nonprofit"): only a "non" standing alone negates.
  // A day written as an ordinal is the day ("March 1st" is "March 1"), not a rank.
  // "NATO & EU" is "NATO and EU" (a spaced ampersand only: "AT&T", "M&A" are names).
  // A visa class is one name however it is hyphenated ("H-1B", "H1-B", "H1B"), not a number 1.
  // A conversion in brackets after an amount ("300 billion won ($230 million)") is the same
  // amount: a citation may leave it out, not change it (optional-numbers.ts).
  const plain = withoutWireTags(title).replace(/\s&\s/gu, ' and ').replace(VISA_CLASS, '$1$2$3').replace(KOREAN_JUN, joinedJun)
    .replace(CONVERSION, (conversion: string) => asOptional(conversion.trim().slice(1, -1)));
  const joined = marchesAsWords(koreanAmounts(spelledOut(asciiDigits(plain))), isTitleCase(plain)).replace(/\bnon[-‐‑](?=\p{L})/giu, 'non')
    .replace(MONTH_WITH_POINT, (_match, short: string) => MONTHS.get(short.toLowerCase())!)
    .replace(DAY_AFTER_MONTH, '$1').replace(DAY_BEFORE_MONTH, '$1$2')
    .replace(COMPOUND_NUMBER, (_match, tens: string, unit: string) => String(TENS[tens.toLowerCase()]! + UNITS[unit.toLowerCase()]!))
    .replace(COMPOUND_ORDINAL, (_match, tens: string, unit: string) => `${TENS[tens.toLowerCase()]! + ORDINAL_UNITS[unit.toLowerCase()]!}th`)
    .replace(TENS_ORDINAL, (_match, stem: string) => `${TENS[`${stem.toLowerCase()}y`]}th`)
    // "World War II", "World War 2" and "WWII" are one war.
    .replace(/\bWW\s?(II|I|2|1)\b/gu, (_match, number: string) => `world war ${number === 'II' || number === '2' ? 2 : 1}`)
    .replace(/\b(world\s+war)\s+(ii|i)\b/giu, (_match, war: string, roman: string) => `${war} ${roman.length}`)
    // A possessive after it ("Charles III's") is no part of the numeral: the mark ends it.
    .replace(ROMAN_NUMERAL, (numeral: string, offset: number, text: string) => (isRomanNumeral(numeral, offset, text) ? asOptional(numeral) : numeral))
    .replace(WORD_BEFORE_MAGNITUDE, (word: string) => {
      // Folded as NUMBER_WORDS' keys are ("fünf" is "funf").
      const lower = word.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      return `${NUMBER_WORDS[lower] ?? TENS[lower] ?? '1'} `; // "a million" is one
    })
    .replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
    // A score or a pair ("beats Japan 3-1", "2:0", "6 to 3", "24/7", "10%-15%") is one number whose
    // order counts: kept as one, however it is joined, and whatever punctuation follows it.
    .replace(/(?<![\d.,])(\d{1,3})%?(?:\s?[-–—:/]\s?|\s+to\s+)(\d{1,3})(?!\d|[.,]\d)/g, '$1,$2')
    .replace(/\b(\d+)(?:k|\s?thousands?)\b/gi, '$1000');
  return withOptionalMarked(titleWords(numbersAsWords(joined)).map((word) => NUMBER_WORDS[word] ?? word));
}

/** True when two titles' words disagree on a number, a negation, a month or a direction word. */
export function keyFactsDiffer(a: string[], b: string[]): boolean {
  return differingFact(a, b) !== null;
}

/**
 * `words` with two adjacent words joined where the other title writes them as one: "les non
 * vaccinés" and "les non-vaccinés", "start-up" and "startup", "week end" and "weekend" are one
 * word typed two ways — not a negation, a movement ("up") or a period on one side only; the same
 * for Russian "не" typed joined to its verb ("неподтвердил"). Never numbers: "3 1" is not "31".
 */
function joinAsOther(words: string[], other: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next !== undefined && !/\d/.test(words[i]!) && !/\d/.test(next) && other.has(`${words[i]}${next}`)) {
      out.push(`${words[i]}${next}`);
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/** Which kind of fact two titles' words disagree on, first found, or null. */
export function differingFact(citedWords: string[], foundWords: string[]): 'a number' | 'a negation' | 'a verdict' | 'a month' | 'a weekday' | 'a "former"' | 'a period' | 'an opposite word' | null {
  const a = joinAsOther(withOptionalNumbersResolved(citedWords, foundWords), new Set(foundWords));
  const b = joinAsOther(withOptionalNumbersResolved(foundWords, citedWords), new Set(citedWords));
  const isNumber = (word: string) => /\d/.test(word);
  if (sortedOf(a, isNumber) !== sortedOf(b, isNumber)) return 'a number';
  if (negationsDiffer(a, b) || refusalBasesDiffer(a, b) || hanNegationAlone(a, b)) return 'a negation';
  if (verdictPhrases(a) !== verdictPhrases(b)) return 'a verdict';
  // "March" read as the month on one side and as the word on the other is one "March" (case and
  // context decide it, and a Title Case citation of a sentence-case page has other capitals).
  const months = (words: string[]) => words.flatMap((word) => (MONTHS.get(word) === 'march' ? [] : MONTHS.get(word) ?? [])).sort().join(' ');
  if (months(a) !== months(b)) return 'a month';
  const march = (words: string[]) => words.filter((word) => MONTHS.get(word) === 'march').length;
  const marchWord = (words: string[]) => words.filter((word) => word === MARCH_NOT_MONTH).length;
  if ((march(a) > 0 && march(b) + marchWord(b) === 0) || (march(b) > 0 && march(a) + marchWord(a) === 0)) return 'a month';
  // "March" and "May" that may be months or words: when both sides have some and they differ
  // ("Jump in the March Quarter" for "… the May Quarter"), a month may have changed.
  const maybeMonths = (words: string[]) =>
    words.flatMap((word) => (word === MARCH_NOT_MONTH ? ['march'] : word === 'may' ? ['may'] : MONTHS.get(word) ?? [])).sort().join(' ');
  if (maybeMonths(a) !== '' && maybeMonths(b) !== '' && maybeMonths(a) !== maybeMonths(b)) return 'a month';
  // Units after a number, when both sides give some: "waves of 5 metres" is not "5 feet".
  const units = (words: string[]) => words.flatMap((word, i) => (i > 0 && /\d/.test(words[i - 1]!) && UNITS_OF_MEASURE.has(word) ? [UNITS_OF_MEASURE.get(word)!] : [])).sort().join(' ');
  if (units(a) !== '' && units(b) !== '' && units(a) !== units(b)) return 'a number';
  // Weekdays only when both sides name one: "on Thursday" for "on Tuesday" is another day.
  const weekdays = (words: string[]) => words.filter((word) => WEEKDAYS.has(word)).sort().join(' ');
  if (weekdays(a) !== '' && weekdays(b) !== '' && weekdays(a) !== weekdays(b)) return 'a weekday';
  // "President Moon indicted" is not "Former president Moon indicted".
  const former = (words: string[]) => words.filter((word) => FORMER.has(word)).length;
  if (former(a) !== former(b)) return 'a "former"';
  if (periodsDiffer(a, b)) return 'a period';
  const inA = new Set(a);
  const inB = new Set(b);
  const flipped = a.some((word) => !inB.has(word) && (OPPOSITES.get(word) ?? []).some((opposite) => inB.has(opposite) && !inA.has(opposite)));
  // "non-binding" for "binding" ("non-" compounds are joined, see factWords).
  const negatedCompound = (x: Set<string>, y: Set<string>) => [...x].some((word) => word.startsWith('non') && word.length > 5 && !y.has(word) && y.has(word.slice(3)) && !x.has(word.slice(3)));
  return flipped || negatedCompound(inA, inB) || negatedCompound(inB, inA) || directionsDiffer(a, b) || koreanOppositeSwapped(a, b)
    ? 'an opposite word'
    : null;
}

/**
 * Words that join the items of a list, or name a meeting, which goes both ways ("Xi meets Biden",
 * "Japan signs trade deal with South Korea"): the two sides may trade places across them.
 */
const LIST_JOINERS = new Set(['and', 'or', 'vs', 'versus', 'plus', 'und', 'et', 'y', 'e']);
/** Words that join two clauses of one moment: they may trade places, but not two names across them. */
const CLAUSE_JOINERS = new Set(['as', 'while', 'whereas']);
const MUTUAL_WORDS = new Set(['with', 'meets', 'meet', 'met', 'meeting', 'talks', 'talk', 'summit', 'holds', 'hold', 'held', 'signs', 'sign', 'signed', 'deal', 'trade', 'pact', 'agreement']);

/**
 * Whether one title is the other with two runs of words traded across something that is not a
 * list joiner: "Iran accuses Israel of …" for "Israel accuses Iran of …" keeps every letter and
 * most letter pairs, and says the opposite. Items of a list may trade places ("120 missiles, 90
 * drones" / "90 drones, 120 missiles"; "Yoon and Trump" / "Trump and Yoon"): the same facts.
 */
export function rolesSwapped(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  if (sortedOf(a, () => true) !== sortedOf(b, () => true)) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (start === a.length) return false;
  let end = a.length;
  while (a[end - 1] === b[end - 1]) end--;
  const x = a.slice(start, end);
  const y = b.slice(start, end);
  const same = (p: string[], q: string[]) => p.length === q.length && p.every((word, i) => word === q[i]);
  // x = first + middle + last, y = last + middle + first; repeated words may allow several
  // readings, and one that trades list items is enough to keep the facts.
  let swapped = false;
  for (let firstLength = 1; firstLength < x.length; firstLength++) {
    for (let lastLength = 1; firstLength + lastLength <= x.length; lastLength++) {
      const first = x.slice(0, firstLength);
      const last = x.slice(x.length - lastLength);
      const middle = x.slice(firstLength, x.length - lastLength);
      if (!same(y, [...last, ...middle, ...first])) continue;
      // Every word between the sides must join them as a list or a meeting does ("meets", "holds
      // talks with", "signs trade deal with"): "sends envoy to meet", "sides with" are no meeting.
      if (middle.every((word) => LIST_JOINERS.has(word) || MUTUAL_WORDS.has(word))) return false;
      // "X loses seats as Y gains ground": clauses of a few words each, not "drop Kane as Watkins starts".
      if (middle.length === 1 && CLAUSE_JOINERS.has(middle[0]!) && first.length >= 3 && last.length >= 3) return false;
      swapped = true;
    }
  }
  return swapped;
}

/**
 * Whether words a citation adds after a page's cut title field hold a negation: "Pentagon says
 * troops will leave Syria, but not this year" is not what "Pentagon says troops will leave Syria"
 * says, whatever the full headline was.
 */
export function carriesNegation(words: string[]): boolean {
  return words.some((word) => POLARITY.has(word)) || hangulNegations(words) > 0;
}

/** Korean words that say "no" or "not" opening what is left off ("… 확인 안돼", "…? 아니다"). */
const HANGUL_REFUSAL = /^(?:안돼|않|없|못|아니)/u;

/**
 * Whether the words a shortened citation leaves off the page's headline turn around what it kept:
 * "… 참여 확인" cut from "… 참여 확인 안돼", "Video shows troops in Kursk" cut from "… in Kursk?
 * No, it's from a 2019 drill". A negation that follows a Korean verb, or one that opens what is
 * left off; a later clause's "not" speaks of that clause.
 */
export function negates(leftOff: string[], page: string, kept: number): boolean {
  if (leftOff.length === 0) return false;
  if (HANGUL_REFUSAL.test(leftOff[0]!)) return true;
  // A refutation right after the claim's own punctuation ("…? No, …", "…: not true", "… — not …",
  // "…?…사실 아냐"), not a clause that goes on ("… no matter the weather", "…, not factories").
  const { gap, after } = aroundWord(page, kept);
  // After a question, any negation answers it ("…? Experts say it is not").
  if (/[?？]/u.test(gap)) return POLARITY.has(leftOff[0]!) || carriesNegation(leftOff);
  // After a sentence's end: an answer ("No."), a verdict ("Not true"), or a short sentence that
  // says no ("It doesn't.", "Not quite, says ECB") — not a rank ("No. 10 denies") nor a sentence
  // that merely opens with "No" ("No parking is available nearby").
  const rank = leftOff[0] === 'no' && /^\.\s*\d/u.test(after);
  if (/[!！….—–]/u.test(gap)) return isAnswer(leftOff, after) || isVerdict(leftOff) || (leftOff.length <= 4 && carriesNegation(rank ? leftOff.slice(1) : leftOff));
  // After a colon or a spaced hyphen, only a verdict ("…: not true", "… - false"), not another
  // fact ("…: no new taxes, mayor says").
  return /[:：\-|·•/]/u.test(gap) && isVerdict(leftOff);
}

/**
 * A one-word answer standing alone ("No.", "No, it's from a 2019 drill"), not "No. 1", "No. 10
 * denies", "No-deal exit" or "Non-League", where the word is part of a name or a compound.
 */
function isAnswer(words: string[], rest: string): boolean {
  if (!ANSWERS.has(words[0]!)) return false;
  if (/^\.\s*\d|^[-‐‑]\p{L}/u.test(rest)) return false;
  return words.length === 1 || /^\s*[,.!;:—–-]/u.test(rest);
}

/**
 * Whether a headline's part opens by answering what came before it: a verdict ("Not true, says
 * ministry", "False") or a one-word answer ("No.", "No, it's from a 2019 drill").
 */
export function opensWithAnswer(text: string): boolean {
  const words = titleWords(text);
  if (words.length === 0) return false;
  return isVerdict(words) || isAnswer(words, /^\W*\p{L}+(.*)$/su.exec(text)?.[1] ?? '');
}

/** A one-word answer that refutes the sentence before it ("No, it's from a 2019 drill"). */
const ANSWERS = new Set(['no', 'not', 'nope', 'nein', 'non', 'нет', 'não', 'nao']);

/** Words that open with a verdict on the claim before them: "not true", "false", "사실 아냐". */
function isVerdict(words: string[]): boolean {
  return /^(?:not true|not so fast|not quite|not yet|false|mostly false|partly false|fake|it ?s fake|it ?s false|untrue|misleading|wrong|no evidence|not real|사실 아님|사실 아냐|거짓)\b/u.test(words.join(' ')) || HANGUL_REFUSAL.test(words[0] ?? '');
}

/** Words as the title fold counts them (an apostrophe stays inside its word). */
const WORD = /[\p{L}\p{M}\p{N}'’‘‛`´ʼ]+/gu;

/**
 * Around the end of what a shortened citation kept of the page's title (`keptFactWords` of its
 * fact words): the text between that word and the next (`gap`), and all after the next (`after`).
 */
export function aroundWord(page: string, keptFactWords: number): { gap: string; after: string } {
  // `keptFactWords` counts fact words, which are not the page's words one for one ("NK" is two,
  // "3 to 1" one): the boundary is after the raw word whose prefix first makes that many. Found by
  // galloping from where it most likely is (a raw word is one fact word as a rule), then halving,
  // not by folding every prefix, which made a long title's comparison take seconds. The count
  // grows with the prefix but for a fold that merges words ("3 to" → "3 to 1"), where this may
  // settle on a neighbouring boundary.
  const words = [...page.matchAll(WORD)];
  const last = words.length - 2; // the boundary needs a word after it
  if (last < 0) return { gap: '', after: '' };
  const endOf = (i: number) => words[i]!.index! + words[i]![0].length;
  const enough = (i: number) => factWords(page.slice(0, endOf(i))).length >= keptFactWords;
  const guess = Math.max(0, Math.min(last, keptFactWords - 1));
  // The first boundary in (low, high] that is enough, `high` being enough and `low` not (or -1).
  let low: number;
  let high: number;
  if (enough(guess)) {
    high = guess;
    low = guess - 1;
    for (let step = 1; low >= 0 && enough(low); step *= 2) {
      high = low;
      low = Math.max(-1, low - step);
    }
  } else {
    low = guess;
    high = guess + 1;
    for (let step = 1; high <= last && !enough(high); step *= 2) {
      low = high;
      // The last boundary is tried before giving up, never jumped over.
      high = high === last ? last + 1 : Math.min(last, high + step);
    }
    if (high > last) return { gap: '', after: '' };
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (enough(middle)) high = middle;
    else low = middle;
  }
  const next = words[high + 1]!;
  return { gap: page.slice(endOf(high), next.index), after: page.slice(next.index! + next[0].length) };
}
