// A name swapped for another keeps most of a headline's letters ("Talks with Kim collapse" /
// "Talks with Moon collapse"), so similarity alone verifies it. Where the page writes its headline
// in sentence case, a capital inside the sentence marks a name; in Title Case, the article's own
// sentences tell its names (extract/article-names.ts). A citation that has lost such a name and
// carries another capitalised word in its place names someone else. A first word, whose capital
// says nothing, counts alone only when it alone is swapped ("Trump to meet Xi" / "Biden …").
import { ACRONYM, runSpelling } from './acronyms.js';
import { isFormOfAny, sameName, spellingVariant } from './name-spellings.js';
import { foldTitle, wordKey } from '../title-fold.js';
import { hanjaAsHangul, titleWords, withoutWireTags } from './normalize-title.js';
import { isRomanNumeralWord } from './roman-numerals.js';
import { isKoreanGivenName, KOREAN_SURNAMES, sameKoreanGivenName, sameKoreanSurname } from './korean-romanization.js';

const STARTS_UPPER = /^[^\p{L}]*\p{Lu}/u;
const STARTS_LOWER = /^[^\p{L}]*\p{Ll}/u;

/**
 * Tokens with at least one letter, as written. A hyphen between two capitalised parts joins two
 * names ("Biden-Xi", "US-China"); otherwise the hyphenated word is one ("Yo-jong", "anti-Semitism").
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/[\s–—]+/u)) {
    const parts = word.split(/[-‐‑]/u).filter((part) => /\p{L}/u.test(part));
    if (parts.length > 1 && parts.every((part) => STARTS_UPPER.test(part))) out.push(...parts);
    else if (/\p{L}/u.test(word)) out.push(word);
  }
  return out;
}

/**
 * Titles and offices written in capitals ("names new CEO", "PM resigns"): no one's name, and a
 * citation may spell them out ("Chief Executive").
 */
const ROLE_ACRONYMS = new Set(['ceo', 'ceos', 'cfo', 'coo', 'cto', 'cio', 'pm', 'vp']);
/** Offices compared with each other ("Former MP" is not "Former PM"), MP among them though it is also a state. */
const OFFICE_ACRONYMS = new Set([...ROLE_ACRONYMS, 'mp', 'mps', 'md', 'gm', 'dg']);

/** An amount or a code ("W5tr", "Q2", "2Q"): a number, which the key facts compare, not a name. */
const HAS_DIGIT = /\d/u;

/** Ends a sentence or a kicker: the next word is capitalised whatever it is. */
const ENDS_SENTENCE = /[.!?:;"“”«»]$/u;

/**
 * Words of four letters or more that Title Case may leave in lower case (prepositions and
 * conjunctions, in the styles that lower them whatever their length): no sign of sentence case.
 */
const TITLE_CASE_LOWER = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'before', 'behind', 'below',
  'beneath', 'beside', 'besides', 'between', 'beyond', 'despite', 'down', 'during', 'except', 'from', 'inside',
  'into', 'like', 'near', 'onto', 'outside', 'over', 'past', 'since', 'than', 'that', 'then', 'through',
  'throughout', 'till', 'toward', 'towards', 'under', 'unlike', 'until', 'upon', 'versus', 'when', 'where',
  'while', 'with', 'within', 'without',
]);

/**
 * Whether a headline's cased words are in sentence case: most longer words after the first start
 * in lower case, or — in a headline full of names ("S. Korea's exports to China rise 7.7 pct",
 * "President Yoon meets Kishida in Tokyo") — one or more of them is a word Title Case always
 * capitalises (a verb, a noun), written in lower case.
 */
function inSentenceCase(cased: string[]): boolean {
  const longer = cased.slice(1).filter((word) => wordKey(word).length >= 4);
  const lower = longer.filter((word) => STARTS_LOWER.test(word));
  if (longer.length === 0) return false;
  if (lower.length / longer.length >= 0.6) return true;
  // Not a number ("130lb"), nor a name written with a small first letter ("iPhone", "eBay", "el-Sisi").
  const written = lower.filter((word) => !/^\P{L}*\d/u.test(word) && !/\p{Lu}/u.test(word) && !TITLE_CASE_LOWER.has(wordKey(word)));
  return written.length > 0 && lower.length / longer.length >= 0.25;
}

/**
 * Capitalised words inside a sentence-case headline, keyed, or null when the headline's case says
 * nothing: too short, in a script without case, or in Title Case or capitals, where every word is
 * capitalised.
 */
function namesInSentenceCase(headline: string): string[] | null {
  const words = tokens(headline);
  const cased = words.filter((word) => STARTS_UPPER.test(word) || STARTS_LOWER.test(word));
  if (cased.length < 4) return null;
  if (!inSentenceCase(cased)) return null;
  const names: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (ENDS_SENTENCE.test(words[i - 1]!) || /^["“”«»'‘]/u.test(words[i]!)) continue;
    if (STARTS_UPPER.test(words[i]!) && !ROLE_ACRONYMS.has(wordKey(words[i]!)) && !HAS_DIGIT.test(words[i]!)) names.push(wordKey(words[i]!));
  }
  return names.filter(Boolean);
}

/** The headline's words the article writes as names (not an office, not an amount). */
function namesTheArticleWrites(headline: string, articleNames: readonly string[]): string[] {
  if (articleNames.length === 0) return [];
  const known = new Set(articleNames);
  return tokens(headline).filter((word) => !HAS_DIGIT.test(word)).map(wordKey).filter((key) => known.has(key) && !ROLE_ACRONYMS.has(key));
}

/**
 * Whether the citation names someone or something else than the page's headline: its first word
 * alone swapped, one office or acronym for another, or a name of the headline (capitalised inside
 * its sentence-case sentence, or one of `articleNames`) missing from the citation while the
 * citation carries a capitalised word the headline lacks that is no spelling of any missing name.
 * German and Luxembourgish capitalise every noun, so there a capital marks no name.
 * `articleNames`: the headline's words (keyed) that the article's text capitalises inside a
 * sentence — the names of a headline in Title Case or capitals, whose own case tells none.
 */
export function namesSwapped(citedAsWritten: string, headlineAsWritten: string, language: string | null, articleNames: readonly string[] = []): boolean {
  // A wire service's version tag ("UPDATE 2-", "(LEAD)") is no word of the headline.
  const headline = hanjaAsHangul(withoutWireTags(headlineAsWritten));
  const cited = withoutSiteName(hanjaAsHangul(withoutWireTags(citedAsWritten)), headline);
  if (firstWordSwapped(cited, headline)) return true;
  // Offices are no names, but one for another is ("CFO" cited for "CEO", "PM" for "VP").
  const offices = (text: string) => tokens(text).filter((word) => /^\p{Lu}{2,}s?$/u.test(word)).map(wordKey).filter((key) => OFFICE_ACRONYMS.has(key)).sort().join(' ');
  const citedOffices = offices(cited);
  const headlineOffices = offices(headline);
  if (citedOffices && headlineOffices && citedOffices !== headlineOffices) return true;
  if (acronymSwapped(cited, headline)) return true;
  if ((language && /^(de|lb|gsw)\b/i.test(language)) || looksGerman(headline)) return false;
  // The article's names also count where a sentence-case headline's capital says nothing: its
  // first word, after a colon ("Laos methanol poisonings: Australian teenager …").
  // A number is no name, however it is written ("Part Two", "Part II"): key facts compare numbers.
  const numeralKeys = new Set([...tokens(headline), ...tokens(cited)].filter(isNumeralWord).map(wordKey));
  const names = [...(namesInSentenceCase(headline) ?? []), ...namesTheArticleWrites(headline, articleNames)].filter((name) => !numeralKeys.has(name));
  if (names.length === 0) return false;
  const citedWords = tokens(cited);
  const citedKeyList = citedWords.map(wordKey);
  // Keyed as written and as folded ("N. Korea" folds to "north korea"), a hyphenated word whole and
  // by its parts ("Jong-un", "Eun-Hyuk"), two words as one ("Jong Un" for "Jong-un").
  // Not the single letters folding leaves of "U.S." ("u s"): its "s" is no "S." of "S. Korea".
  const citedKeys = new Set([...keysWithParts(cited), ...adjacentJoined(citedKeyList), ...titleWords(cited).filter((word) => word.length > 1)]);
  const headlineKeyList = tokens(headline).map(wordKey);
  const headlineKeys = new Set([...keysWithParts(headline), ...adjacentJoined(headlineKeyList)]);
  // A word the headline has in another form is none the citation added: "Jong-un" for "Jong Un",
  // "Inspected" for "Inspects" or "Met" for "Meets" in a Title Case citation.
  const added = citedWords.filter((word) => STARTS_UPPER.test(word) && !HAS_DIGIT.test(word) && !isNumeralWord(word))
    .filter((word) => !hyphenPartsIn(word, headlineKeys)).map(wordKey)
    .filter((key) => key && !headlineKeys.has(key) && !isFormOfAny(key, headlineKeys));
  if (added.length === 0) return false;
  // An acronym one side spells out: "WHO" cited as "World Health Organization", or "European
  // Union" cited as "EU" (every name of the run it abbreviates is then accounted for).
  const spelledOut = initialsOfRuns(citedKeyList);
  const abbreviated = abbreviatedNames(headlineKeyList, new Set(added));
  const koreanGivenNames = koreanGivenNamesIn(citedKeyList, headlineKeyList);
  const missing = names.filter((name) => !citedKeys.has(name) && !spelledOut.has(name) && !abbreviated.has(name) && !koreanGivenNames.has(name));
  if (missing.length === 0) return false;
  // Two Korean given names the syllable table reads are one name only by it: "Yong-jun" and
  // "Yong-jin" are one letter apart and two people.
  const koreanKeys = new Set([...koreanGivenNameKeys(citedKeyList), ...koreanGivenNameKeys(headlineKeyList)]);
  const spellsName = (a: string, b: string) => (koreanKeys.has(a) && koreanKeys.has(b) ? sameKoreanGivenName(a, b) : sameName(a, b));
  // A swap takes a name out and brings another in: a missing name no added word spells, and an
  // added word that is no spelling of a missing name, no acronym of the headline's words, nor a
  // word of a run spelling a missing acronym. A name left out ("Respected Comrade Kim Jong Un"
  // cited as "Kim Jong Un Inspected …") brings in none; a name spelled another way takes none out.
  if (missing.every((name) => added.some((key) => spellsName(name, key)))) return false;
  const expanding = abbreviatedNames(citedKeyList, new Set(missing));
  return added.some((key) => !missing.some((name) => spellsName(name, key)) && !expanding.has(key) && !abbreviatesRun(key, headlineKeyList));
}

/**
 * The headline's keys that belong to a Korean name the citation romanizes another way: a given name
 * after the same surname, joined, hyphenated or spaced on either side ("Suk Yeol" (suk, yeol) for
 * "Seok-yeol" (seokyeol), "Duck-soo" for "Deok-su"), or a surname spelled another way before the
 * same given name ("Choo Kyung-ho" for "Chu Kyung-ho"). See korean-romanization.ts.
 */
function koreanGivenNamesIn(citedKeys: readonly string[], headlineKeys: readonly string[]): Set<string> {
  const found = new Set<string>();
  const cited = namesAfterKoreanSurnames(citedKeys);
  for (const page of namesAfterKoreanSurnames(headlineKeys)) {
    if (!isKoreanGivenName(page.name)) continue;
    const sameGiven = (other: { name: string }) => other.name === page.name || sameKoreanGivenName(other.name, page.name);
    const sameSurname = (other: { surname: string }) => sameName(other.surname, page.surname) || sameKoreanSurname(other.surname, page.surname);
    if (cited.some((other) => sameSurname(other) && sameGiven(other) && (other.surname !== page.surname || other.name !== page.name))) {
      for (const key of page.covers) found.add(key);
      found.add(page.name);
    }
  }
  return found;
}

interface NameAfterSurname {
  surname: string;
  /** The next key, or the next two joined ("suk" + "yeol"). */
  name: string;
  /** The keys it is made of, the surname's included. */
  covers: string[];
}

/** After each Korean surname: the next key, and the next two joined. */
function namesAfterKoreanSurnames(keys: readonly string[]): NameAfterSurname[] {
  return keys.flatMap((key, i) => {
    if (!KOREAN_SURNAMES.has(key) || i + 1 >= keys.length) return [];
    const one = { surname: key, name: keys[i + 1]!, covers: [key, keys[i + 1]!] };
    return i + 2 < keys.length ? [one, { surname: key, name: keys[i + 1]! + keys[i + 2]!, covers: [key, keys[i + 1]!, keys[i + 2]!] }] : [one];
  });
}

/** The keys of given names after a Korean surname that the syllable table reads ("yongjun"). */
function koreanGivenNameKeys(keys: readonly string[]): string[] {
  return namesAfterKoreanSurnames(keys).filter((entry) => entry.covers.length === 2 && isKoreanGivenName(entry.name)).map((entry) => entry.name);
}

/** English counts a Title Case citation capitalises ("Part Two"); other languages' are rarely cited so. */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/** A Roman numeral as written ("II", "LIX"), or a count in words ("Two"). */
function isNumeralWord(word: string): boolean {
  return isRomanNumeralWord(word) || COUNT_WORDS.has(wordKey(word));
}

/** Each pair of adjacent keys written as one ("Ha Noi" is "hanoi"). */
function adjacentJoined(keys: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < keys.length; i++) joined.push(keys[i]! + keys[i + 1]!);
  return joined;
}

/** A hyphenated word whose every part the other side has ("Mar-A-Lago", "Eui-Sun"). */
function hyphenPartsIn(word: string, keys: ReadonlySet<string>): boolean {
  const parts = word.split(/[-‐‑]/u).filter((part) => /\p{L}/u.test(part));
  return parts.length > 1 && parts.every((part) => keys.has(wordKey(part)));
}

/** Whether `key` is the acronym of a run of `keys` ("eu" of "european union"). */
function abbreviatesRun(key: string, keys: readonly string[]): boolean {
  return abbreviatedNames(keys, new Set([key])).size > 0;
}

/** The keys of every word of `text`, and of each part of a hyphenated one ("Kim Jong-un": kim, jongun, jong, un). */
function keysWithParts(text: string): Set<string> {
  const keys = new Set(tokens(text).map(wordKey));
  for (const word of text.split(/[\s–—]+/u)) {
    if (!/[-‐‑]/u.test(word)) continue;
    keys.add(wordKey(word));
    for (const part of word.split(/[-‐‑]/u)) if (/\p{L}/u.test(part)) keys.add(wordKey(part));
  }
  keys.delete('');
  return keys;
}

/** Words only German writes, two of which mark a German headline, where every noun is capitalised. */
const GERMAN_WORDS = new Set([
  'der', 'die', 'hat', 'das', 'und', 'mit', 'fur', 'nicht', 'von', 'zu', 'zum', 'zur', 'im', 'ist',
  'auf', 'bei', 'nach', 'uber', 'wie', 'ein', 'eine', 'einer', 'dem', 'des', 'sich', 'wird', 'werden',
  'sind', 'vor', 'aus', 'gegen', 'auch', 'noch', 'neue', 'neuen', 'neuer', 'dass', 'oder', 'aber',
  'seine', 'ihre', 'durch', 'ohne', 'zwischen', 'heute', 'jetzt', 'gibt', 'soll', 'kann', 'muss',
  'mehr', 'schon', 'nur',
]);

function looksGerman(headline: string): boolean {
  return new Set(tokens(headline).map(wordKey).filter((key) => GERMAN_WORDS.has(key))).size >= 2;
}

/** A last part after a separator, as sites end their <title>: " | The i Paper", " - FAZ.NET". */
const TRAILING_PART = /\s(?:\||-|–|—|::|·|•|»)\s([^|–—·•»]+)$/u;

/**
 * The citation without a site's name it ends with (a last part with a word the headline lacks:
 * "| The Economic Times", "- Mallorca Magazin"): a citation copied from a <title> cut short
 * ("… at Sigourney Weaver West | The i Paper" for "… West End play") has lost the headline's last
 * names and added the site's, which is no swap.
 */
function withoutSiteName(cited: string, headline: string): string {
  const part = TRAILING_PART.exec(cited);
  // A site's name is a few words; a longer last part is the headline's own ("Analysis | Why Lee's …").
  if (!part || tokens(part[1]!).length > 4) return cited;
  const headlineKeys = new Set(tokens(headline).map(wordKey));
  return tokens(part[1]!).every((word) => headlineKeys.has(wordKey(word))) ? cited : cited.slice(0, part.index);
}

/**
 * Whether the headlines differ in their first word alone, and not by its spelling: the subject
 * ("Trump to meet Xi" for "Biden to meet Xi", "Australia tightens …" for "Austria tightens …").
 * A first word's case says nothing of a name, so only a clean swap of that one word counts;
 * "Tyre"/"Tire", "Grey"/"Gray", "Sulphur"/"Sulfur" are spellings of one word.
 */
function firstWordSwapped(cited: string, headline: string): boolean {
  const citedTokens = tokens(cited);
  const headlineTokens = tokens(headline);
  const a = citedTokens.map(wordKey);
  const b = headlineTokens.map(wordKey);
  if (a.length !== b.length || a.length < 4 || a[0] === b[0] || !a[0] || !b[0]) return false;
  // A number ("10m") or a letter's other form (Persian ک for Arabic ك) is no other subject.
  if (/\d/.test(citedTokens[0]!) || /\d/.test(headlineTokens[0]!) || foldTitle(citedTokens[0]!) === foldTitle(headlineTokens[0]!)) return false;
  // The rest the same, a Korean given name after the first word romanized either way included
  // ("Kim Yuna" for "Im Yoona" swaps the surname).
  const koreanGiven = KOREAN_SURNAMES.has(a[0]) && KOREAN_SURNAMES.has(b[0]) && sameKoreanGivenName(a[1]!, b[1]!);
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] && !(i === 1 && koreanGiven)) return false;
  // A Korean surname spelled another way before the same given name ("Choo Kyung-ho", "Chu Kyung-ho").
  if (sameKoreanSurname(a[0], b[0]) && isKoreanGivenName(a[1]!)) return false;
  return !sameName(a[0], b[0]) && !spellingVariant(a[0], b[0]);
}

/** The words of every run of the headline whose initials are one of `acronyms`. */
function abbreviatedNames(keys: readonly string[], acronyms: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (let start = 0; start < keys.length; start++) {
    let initials = keys[start]![0] ?? '';
    for (let end = start + 1; end < Math.min(keys.length, start + 6); end++) {
      initials += keys[end]![0] ?? '';
      if (acronyms.has(initials)) for (const key of keys.slice(start, end + 1)) names.add(key);
    }
  }
  // And runs an acronym spells with a short word whole or a small word skipped ("US Trade
  // Representative" for USTR, "Joint Chiefs of Staff" for JCS).
  for (const acronym of acronyms) {
    const run = runSpelling(acronym, keys);
    if (run) for (const key of keys.slice(run[0], run[1])) names.add(key);
  }
  return names;
}

/** The initials of every run of two to six words: "ai" for "Artificial Intelligence", an acronym spelled out. */
function initialsOfRuns(keys: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start < keys.length; start++) {
    let initials = keys[start]![0] ?? '';
    for (let end = start + 1; end < Math.min(keys.length, start + 6); end++) {
      initials += keys[end]![0] ?? '';
      runs.add(initials);
    }
  }
  return runs;
}

/**
 * One acronym put for another ("IRBM" for "ICBM", "U.K." for "U.S.", "ROK" for "DPRK"): each side
 * has one the other lacks in any spelling. Not in a headline set in capitals, where every word is
 * one.
 */
function acronymSwapped(cited: string, headline: string): boolean {
  const inCapitals = (text: string) => (text.match(/\p{Lu}/gu)?.length ?? 0) > 0.6 * (text.match(/\p{L}/gu)?.length ?? 0);
  if (inCapitals(cited) || inCapitals(headline)) return false;
  const acronyms = (text: string) => tokens(text).filter((word) => ACRONYM.test(word)).map(wordKey);
  const keys = (text: string) => new Set([...tokens(text).map(wordKey), ...titleWords(text)]);
  const citedKeys = keys(cited);
  const headlineKeys = keys(headline);
  const citedWordKeys = tokens(cited).map(wordKey);
  const headlineWordKeys = tokens(headline).map(wordKey);
  // Spelled by a run of the other side's words, it is that name ("USFK"/"US Forces Korea", "EEUU"/"EE. UU.").
  const onlyCited = acronyms(cited).filter((key) => !headlineKeys.has(key) && runSpelling(key, headlineWordKeys) === null);
  const onlyHeadline = acronyms(headline).filter((key) => !citedKeys.has(key) && runSpelling(key, citedWordKeys) === null);
  // One the other cut short is one name ("US"/"USA", "NY"/"NYPD").
  return onlyCited.some((x) => onlyHeadline.some((y) => !x.startsWith(y) && !y.startsWith(x)));
}
