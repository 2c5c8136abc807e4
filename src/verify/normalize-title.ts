// Titles are compared after folding away what typesetting changes but the words do not:
// case, quote style, dashes, entities, punctuation and spacing, and a wire service's tags.
import { decodeHTML } from '../entities.js';
import { foldTitle } from '../title-fold.js';

// Wire services prefix versions of a story: "(LEAD)", "(2nd LD)", "(URGENT)", "[Breaking]", and
// Yonhap its desks' labels: "(Yonhap Feature)", "(Movie Review)", "(Profile)", "(Olympics)".
const WIRE_TAG =
  /^\s*(?:[([]\s*(?:lead|\d+(?:st|nd|rd|th)\s+ld(?:\s+\w+)?|urgent|update[ds]?|breaking(?:\s+news)?|news\s+focus|news\s+analysis|correct(?:ion|ed)|exclusive|live|yonhap\s+(?:interview|feature)|movie\s+review|profile|olympics|asiad)\s*[)\]]\s*)+/i;
// Yonhap's English desk opens a reprinted editorial with its source: "(EDITORIAL from Korea
// JoongAng Daily on Nov. 6) Thorough response needed".
const EDITORIAL_TAG = /^\s*\(\s*editorial\s+from\s+[^)]{1,80}\)\s*/i;
// Korean wire versions: "[속보]", "[단독]" before the headline; "(1보)", "(종합)", "(종합2보)" after
// it, a number that counts updates and names no fact (a citation copied before the next update).
const KOREAN_LEADING_TAG = /^\s*(?:[[(【]\s*(?:속보|단독|종합|긴급|1보|포토|영상|사설|인터뷰)\s*[\])】]\s*)+/u;
const KOREAN_TRAILING_TAG = /(?:\s*[([]\s*(?:종합\s*)?(?:\d+\s*보|종합|속보|긴급)\s*[)\]])+\s*$/u;
// Reuters writes its version tags with a hyphen: "UPDATE 2-", "EXCLUSIVE-", "FACTBOX-".
const WIRE_HYPHEN_TAG = /^\s*(?:update\s*\d*|exclusive|analysis|factbox|wrapup\s*\d*|insight|explainer|breakingviews|refile|corrected|rpt)\s*-(?=\S)/i;
// Newsroom short forms of the same words, folded after punctuation is gone ("N. Korea" → "n korea").
const ALIASES: [RegExp, string][] = [
  // Dotted country initials as one word ("U.S." folds to "u s"): "U.S." is "US".
  [/\bu s a\b/g, 'usa'],
  [/\bu s\b/g, 'us'],
  [/\bu k\b/g, 'uk'],
  [/\bnk\b/g, 'north korea'],
  [/\bnks\b|\bn k s\b/g, 'north koreas'], // "NK's", "N.K.'s"
  [/\bn k\b/g, 'north korea'],
  [/\bbps\b|(?<=\d )bp\b/g, 'basis points'],
  [/\bn korea/g, 'north korea'],
  [/(?<!\bu )\bs korea/g, 'south korea'], // not the "u s" of U.S.-Korea
  // The two Koreas as their own agencies and armies name them (KCNA's "DPRK", "ROK-U.S. drills").
  [/\bdprk\b|\bd p r k\b/g, 'north korea'],
  [/\brok\b|\br o k\b/g, 'south korea'],
  [/\bpct\b/g, 'percent'],
  // "Gov't", "Int'l", "Nat'l" (Korean and Indian English desks).
  [/\bgovt\b/g, 'government'],
  [/\bintl\b/g, 'international'],
  [/\bnatl\b/g, 'national'],
  // Names headlines write as acronyms as often, folded to the acronym (dotted ones fold to
  // letters: "U.N." is "u n"). Folded, so a headline in capitals ("WHO WILL WIN") reads the same.
  [/\bartificial intelligence\b|\ba i\b/g, 'ai'],
  [/\bgross domestic product\b|\bg d p\b/g, 'gdp'],
  [/\bworld health organi[sz]ation\b|\bw h o\b/g, 'who'],
  [/\bunited nations\b|\bu n\b/g, 'un'],
  [/\beuropean union\b|\be u\b/g, 'eu'],
  [/\binternational monetary fund\b|\bi m f\b/g, 'imf'],
];

const QUARTER = /\b(?:Q([1-4])|([1-4])Q)\b/giu;
const ORDINALS = ['', 'first', 'second', 'third', 'fourth'];
const COVID = /\bcovid[-‐‑ ]?19\b/giu;
/**
 * "H1" and "1H" for a year's first half, where a year, "in"/"for" or a result says so ("H1 2024",
 * "in H1", "H1 profit"); not "H1N1", "H-1B", a model named H1, nor an hour ("for 1h").
 */
const HALF = /(?<=\b(?:[Ii]n|[Ff]or|[Oo]f|[Dd]uring)\s{1,3})(?:H([12])|([12])H)\b|\b(?:H([12])|([12])H)(?=\s+(?:\d{4}|FY|[Pp]rofits?|[Ee]arnings|[Ss]ales|[Rr]esults|[Rr]evenues?|[Ll]oss(?:es)?|[Nn]et|[Gg]rowth|GDP)\b)/gu;
// Not a date after it: "코로나 19일" is "COVID, on the 19th".
const KOREAN_COVID = /코로나[-‐‑ ]?19(?!\d|\s?[일월년시])/gu;
/** The hangul syllable of each hanja Korean headlines use for a country, a party or an office. */
const HANJA_SYLLABLE: Record<string, string> = {
  北: '북', 南: '남', 美: '미', 中: '중', 日: '일', 韓: '한', 英: '영', 佛: '불', 獨: '독', 露: '러', 印: '인',
  與: '여', 野: '야', 對: '대', 前: '전', 現: '현', 故: '고', 尹: '윤', 李: '이', 文: '문', 朴: '박', 習: '시',
};
/** A country's or party's whole name, for its hanja standing alone. */
const HANJA_NAME: Record<string, string> = {
  北: '북한', 美: '미국', 中: '중국', 日: '일본', 韓: '한국', 英: '영국', 佛: '프랑스', 獨: '독일', 露: '러시아', 與: '여당', 野: '야당',
};
const HANJA_RUN = new RegExp(`[${Object.keys(HANJA_SYLLABLE).join('')}]+`, 'gu');
const HANGUL = /\p{Script=Hangul}/u;

/**
 * Korean headlines write countries, parties and offices in one hanja ("北, 오물풍선 살포", "美 대선",
 * "對中 수출"), citations as often in hangul: the hanja read as hangul, standing alone as the whole
 * name ("北" is "북한"), in a compound as its syllable ("對中" is "대중", "韓美" "한미"). Only in a
 * headline with hangul: in Chinese and Japanese these are words of their own.
 */
export function hanjaAsHangul(text: string): string {
  if (!HANGUL.test(text)) return text;
  return text.replace(HANJA_RUN, (run: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 2), offset);
    const after = text.slice(offset + run.length, offset + run.length + 2);
    // Alone: between spaces, punctuation or the ends, not inside a word of other hanja or hangul,
    // nor one of a pair set with a middle dot ("美·中" is "미·중").
    const paired = /^·\p{L}/u.test(after) || /\p{L}·$/u.test(before);
    const alone = run.length === 1 && !paired && !/\p{L}$/u.test(before) && !/^\p{L}/u.test(after);
    // After a number, 日 is the day ("3日" is "3일"), not Japan.
    if (run === '日' && /\d$/u.test(before)) return '일';
    return alone && HANJA_NAME[run] ? HANJA_NAME[run]! : [...run].map((char) => HANJA_SYLLABLE[char]).join('');
  });
}

/**
 * Short forms with a number in them as the words they stand for: "Q4" and "4Q" as "fourth
 * quarter", "H1" as "first half", "COVID-19" as "COVID" (and "코로나19" as "코로나"), before numbers are
 * read, or the 4 and the 19 would be counts; and hanja read as hangul (hanjaAsHangul).
 */
export function spelledOut(text: string): string {
  return hanjaAsHangul(text)
    .replace(QUARTER, (_match, after: string | undefined, before: string | undefined) => `${ORDINALS[Number(after ?? before)]} quarter`)
    .replace(HALF, (...groups: (string | undefined)[]) => `${groups.slice(1, 5).find(Boolean) === '1' ? 'first' : 'second'} half`)
    .replace(COVID, 'COVID')
    .replace(KOREAN_COVID, '코로나');
}

/** A title's text without entities and a wire service's version tags, as written otherwise. */
export function withoutWireTags(title: string): string {
  return decodeHTML(title)
    .normalize('NFKC')
    .replace(WIRE_TAG, '')
    .replace(WIRE_HYPHEN_TAG, '')
    .replace(EDITORIAL_TAG, '')
    .replace(KOREAN_LEADING_TAG, '')
    .replace(KOREAN_TRAILING_TAG, '');
}

/** Folds a title to lower-case words separated by single spaces. */
export function normalizeTitle(title: string): string {
  const folded = foldTitle(spelledOut(withoutWireTags(title)).replace(/(\d)\s*%/g, '$1 percent '));
  return ALIASES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), folded);
}

export function titleWords(title: string): string[] {
  const normalized = normalizeTitle(title);
  return normalized ? normalized.split(' ') : [];
}

/** Words in a folded key (0 for the empty key). */
export function wordCount(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}
