import type { PageMetadata, TitleCandidate, TitleComparison } from '../types.js';
import { acronymsIn, withAcronyms } from './acronyms.js';
import { currenciesDiffer, currenciesOf, eachNamesAnotherCurrency } from './currencies.js';
import { carriesNegation, differingFact, factWords, keyFactsDiffer, negates, negationsDiffer, opensWithAnswer, rolesSwapped } from './key-facts.js';
import { kickerOf, verdictDropped, verdictOf, withoutKicker } from './kickers.js';
import { namesSwapped } from './names.js';
import { normalizeTitle, wordCount } from './normalize-title.js';
import { bigramProfile } from './similarity.js';
import { wordDiff } from './word-diff.js';

// Separators sites put between a headline and their name or section.
const SEPARATOR = / (?:\||-|–|—|::|·|•|»|\/) /g;
// A headline cut short, by the citation or by the page (a social title, a truncated <title>),
// matches the whole only with this many words in common: "North Korea fires missiles" is the
// start of a fact-check that finds it did not, as of many other headlines.
const MIN_PREFIX_WORDS = 5;

interface Scored {
  candidate: TitleCandidate;
  /** The part of the candidate compared, exactly as the page writes it. */
  text: string;
  similarity: number;
  match: boolean;
}

/** The candidate itself, every run of adjacent parts between separators, and each without a kicker. */
export function variantsOf(value: string): string[] {
  const bounds = [{ end: 0, next: 0 }];
  for (const separator of value.matchAll(SEPARATOR)) {
    bounds.push({ end: separator.index, next: separator.index + separator[0].length });
  }
  bounds.push({ end: value.length, next: value.length });
  const variants = new Set([value]);
  // A part that answers the headline ("… — Not true", "… | False") may not be cut off like a
  // site's name: without it the page says the opposite.
  const refutedAt = bounds.map((bound, i) => i > 0 && i < bounds.length - 1 && opensWithAnswer(value.slice(bound.next)));
  for (let start = 0; start < bounds.length - 1; start++) {
    for (let end = start + 1; end < bounds.length; end++) {
      if (refutedAt[end]) continue;
      variants.add(value.slice(bounds[start]!.next, bounds[end]!.end).trim());
    }
  }
  for (const variant of [...variants]) {
    const bare = withoutKicker(variant);
    if (bare) variants.add(bare);
  }
  return [...variants].filter(Boolean);
}

/** The part of a headline after a separator that answers what comes before it ("… | False"), or null. */
function answerPart(value: string): string | null {
  for (const separator of value.matchAll(SEPARATOR)) {
    const rest = value.slice(separator.index + separator[0].length);
    if (opensWithAnswer(rest)) return rest;
  }
  return null;
}

/** A text as compared: its folded key and its fact words (see key-facts.ts). */
interface Folded {
  key: string;
  words: string[];
}

/** The citation's side of the comparison, folded once for every candidate text it meets. */
interface Form extends Folded {
  /** As cited, for what folding loses (a name's capital). */
  text: string;
  /** The fact check's verdict the citation opens with, folded (see verdictOf). */
  verdict: string | null;
  dice: ReturnType<typeof bigramProfile>;
  /** The same on the fact words, where "Twenty-one" and "21" are one word. */
  factDice: ReturnType<typeof bigramProfile>;
  /** The fact words of the citation's lead-in, or null when it has none. */
  kickerWords: string[] | null;
  /** The acronyms it writes (acronymsIn) and the currencies it names (currenciesOf). */
  acronyms: string[];
  currencies: ReadonlySet<string>;
}

/**
 * The similarity of the two sides' fact words once a run of words on one side that spells an
 * acronym on the other is written as that acronym; 0 when there is none.
 */
function acronymSimilarity(form: Form, text: string, foundWords: string[]): number {
  const cited = withAcronyms(acronymsIn(text), form.words);
  const found = withAcronyms(form.acronyms, foundWords);
  if (cited.length === form.words.length && found.length === foundWords.length) return 0;
  return bigramProfile(cited.join(' ')).similarity(found.join(' '));
}

/** `pageKickerWords`: the fact words of the candidate's lead-in (null without one, or when the citation has none). */
function score(form: Form, candidate: TitleCandidate, text: string, found: Folded, threshold: number, page: PageMetadata | null, pageKickerWords: string[] | null): Scored {
  const { key: expectedKey, words: expectedWords } = form;
  const key = found.key;
  // Numbers count in one form ("Twenty-one migrants rescued" is "21 migrants rescued"; every
  // number must still agree, keyFactsDiffer below), and an acronym and the words it stands for
  // are one name ("UNSC" / "UN Security Council").
  const similarity = Math.max(form.dice.similarity(key), form.factDice.similarity(found.words.join(' ')), acronymSimilarity(form, text, found.words));
  // Either side may be the other cut at a word boundary: a citation that shortens the headline, or
  // a page whose title field is shorter than the headline the citation quotes. At a boundary as
  // written, or once numbers and short forms are read ("Man kept 6 women chained" cut from "Man
  // kept six women chained in …", "NATO & EU" from "NATO and EU …").
  const foundWords = found.words;
  const factKey = foundWords.join(' ');
  const expectedFactKey = expectedWords.join(' ');
  const shortened =
    (key.startsWith(`${expectedKey} `) && wordCount(expectedKey) >= MIN_PREFIX_WORDS) ||
    (expectedKey.startsWith(`${key} `) && wordCount(key) >= MIN_PREFIX_WORDS) ||
    (factKey.startsWith(`${expectedFactKey} `) && expectedWords.length >= MIN_PREFIX_WORDS) ||
    (expectedFactKey.startsWith(`${factKey} `) && foundWords.length >= MIN_PREFIX_WORDS);
  // Close spelling is not enough when a number, a negation or a direction changed: "North"
  // for "South" keeps most letters but says the opposite.
  // A shortened headline is held to its own words, not to what the page adds after them.
  const common = Math.min(expectedWords.length, foundWords.length);
  const compared = shortened ? foundWords.slice(0, common) : foundWords;
  const cited = shortened ? expectedWords.slice(0, common) : expectedWords;
  // Nor may what the citation leaves off be a negation: "… 확인" for the page's "… 확인 안돼".
  const leftOff = shortened && foundWords.length > common ? foundWords.slice(common) : [];
  // Nor what it adds to a page's cut title field: the page cannot confirm a negation it does not show.
  const added = shortened && expectedWords.length > common ? expectedWords.slice(common) : [];
  // Nor may a name be another ("Talks with Moon collapse" for "… Kim …"), nor the same words
  // trade places across a verb ("Iran accuses Israel" for "Israel accuses Iran").
  // Every word the same once numbers and short forms are read ("A million" and "One million",
  // "GDP" and "Gross domestic product") leaves no name swapped, whatever the capitals say.
  const sameWords = expectedWords.join(' ') === foundWords.join(' ');
  const similar = shortened || (similarity >= threshold && (sameWords || (!namesSwapped(form.text, text, page?.language ?? null, page?.articleNames) && !rolesSwapped(expectedWords, foundWords))));
  // Nor may one side carry a fact check's verdict the other lacks.
  const verdictKept = !verdictDropped(verdictOf(text), expectedKey) && !verdictDropped(form.verdict, key);
  // Nor may the citation leave off a part of the page's headline that answers it ("… | False").
  const answered = answerPart(text);
  const answerKept = answered === null || ` ${form.key} `.includes(` ${normalizeTitle(answered)} `);
  // Nor may two lead-ins that both sides carry, each with a number, differ in it ("Stichtag 30.10.:"
  // for "Stichtag 30.1.:"): dropping both would hide it. A number on one side only is a lead-in
  // the other side shortened ("Ukraine war:" for "Ukraine war, day 1000:").
  const kickersAgree = form.kickerWords === null || pageKickerWords === null || !hasNumber(form.kickerWords) || !hasNumber(pageKickerWords) ||
    !keyFactsDiffer(form.kickerWords, pageKickerWords);
  const match = similar && verdictKept && answerKept && kickersAgree && !keyFactsDiffer(cited, compared) && !negates(leftOff, text, common) && !carriesNegation(added) &&
    !eachNamesAnotherCurrency(form.currencies, currenciesOf(text));
  return { candidate, text, similarity, match };
}

function factWordsOfKicker(title: string): string[] | null {
  const kicker = kickerOf(title);
  return kicker === null ? null : factWords(kicker);
}

function hasNumber(words: string[]): boolean {
  return words.some((word) => /\d/.test(word));
}

/** An ellipsis in a citation: "…", "...", or ". . .", with its spaces. */
const ELLIPSIS = /\s*(?:…|\.\s?\.\s?\.)\s*/u;

/** The quoted parts around a citation's ellipses, or null when it has none or they say too little. */
function elidedParts(expected: string): string[] | null {
  if (!ELLIPSIS.test(expected)) return null;
  const parts = expected.split(new RegExp(ELLIPSIS.source, 'gu')).map((part) => part.trim());
  const words = parts.reduce((sum, part) => sum + wordCount(normalizeTitle(part)), 0);
  return words >= MIN_PREFIX_WORDS ? parts : null;
}

/** The parts occur in `key` in order, the first starting it unless empty, the last ending it unless empty. */
function hasPartsInOrder(key: string, parts: string[]): boolean {
  let at = 0;
  for (const [i, part] of parts.entries()) {
    if (part === '') continue;
    const index = ` ${key} `.indexOf(` ${part} `, at);
    if (index < 0) return false;
    if (i === 0 && index !== 0) return false;
    if (i === parts.length - 1 && index + part.length !== key.length) return false;
    at = index + part.length + 1;
  }
  return true;
}

/** A match beats a non-match; then the higher similarity wins. */
function outranks(a: Scored, b: Scored): boolean {
  return a.match !== b.match ? a.match : a.similarity > b.similarity;
}

/**
 * Compares the recorded title with the page's headline candidates. Only strong candidates (meta
 * tags, JSON-LD, h1, a cleaned <title>) can confirm or contradict the citation; a page with only
 * a bare <title> (a JavaScript shell) has no readable headline, so nothing is compared.
 */
export function compareTitle(expected: string, page: PageMetadata | null, threshold: number): TitleComparison {
  const candidates = page?.title.candidates ?? [];
  // The page's chosen headline first: on a tie, check names the same source as inspect does.
  const chosen = candidates.find((candidate) => candidate.value === page?.title.value && candidate.source === page?.title.source);
  // An empty text is no headline to compare with (nor does it give one to the loop below).
  const strong = candidates.filter((candidate) => candidate.strong !== false && candidate.value.trim() !== '').sort((a, b) => Number(b === chosen) - Number(a === chosen));
  if (strong.length === 0) {
    const unread: TitleComparison = { expected, found: null, source: null, similarity: null, match: null };
    if (candidates.length > 0) unread.candidates = candidates;
    return unread;
  }
  // The citation may carry a kicker the page dropped, as the page may carry one the citation did.
  const expectedForms = [expected, withoutKicker(expected)].filter((form): form is string => form !== null);
  // Pages repeat their headline (og:title, h1, a cleaned <title>): each text is folded once, and
  // scored once per form, since a later equal text scores the same and a tie never outranks.
  const folded = new Map<string, Folded>();
  const fold = (text: string): Folded => {
    let known = folded.get(text);
    if (!known) folded.set(text, (known = { key: normalizeTitle(text), words: factWords(text) }));
    return known;
  };
  const variants = new Map<string, string[]>();
  const kickerWords = factWordsOfKicker(expected);
  let best: Scored | undefined;
  for (const text of expectedForms) {
    const { key, words } = fold(text);
    const form: Form = {
      key, words, text, verdict: verdictOf(text), dice: bigramProfile(key), factDice: bigramProfile(words.join(' ')), kickerWords,
      acronyms: acronymsIn(text), currencies: currenciesOf(text),
    };
    const scoredTexts = new Set<string>();
    for (const candidate of strong) {
      let texts = variants.get(candidate.value);
      if (!texts) variants.set(candidate.value, (texts = variantsOf(candidate.value)));
      const pageKickerWords = kickerWords === null ? null : factWordsOfKicker(candidate.value);
      for (const text of texts) {
        if (scoredTexts.has(text)) continue;
        scoredTexts.add(text);
        const scored = score(form, candidate, text, fold(text), threshold, page, pageKickerWords);
        if (!best || outranks(scored, best)) best = scored;
      }
    }
  }
  // A citation that leaves words out and marks the gap ("Yoon, Trump discuss alliance … in first
  // phone call") matches a headline that has its parts in order, its first and last at the ends.
  const parts = elidedParts(expected);
  if (!best!.match && parts) {
    const partKeys = parts.map((part) => fold(part).key);
    for (const candidate of strong) {
      const found = fold(candidate.value);
      if (!hasPartsInOrder(found.key, partKeys)) continue;
      // Nor may the gap hide a negation: "Trump says he will ... meet Kim" for "… will not meet Kim"
      // (the quoted parts are the page's own words, so no other fact in them can differ).
      if (negationsDiffer(fold(expected).words, found.words)) continue;
      best = { candidate, text: candidate.value, similarity: best!.similarity, match: true };
      break;
    }
  }
  // A citation that quotes the page's whole <title> word for word, site name and all, names the
  // page even though that <title> was too noisy to count as a headline on its own.
  if (!best!.match) {
    const keys = expectedForms.map((form) => fold(form).key);
    const verbatim = candidates.find((candidate) => candidate.strong === false && keys.includes(fold(candidate.value).key));
    if (verbatim) best = { candidate: verbatim, text: verbatim.value, similarity: 1, match: true };
  }
  const winner = best!;
  const comparison: TitleComparison = {
    expected,
    // The citation's own string when the page says the same: one copy per result less.
    found: winner.text === expected ? expected : winner.text,
    source: String(winner.candidate.source),
    similarity: Math.round(winner.similarity * 1000) / 1000,
    match: winner.match,
  };
  if (!winner.match) comparison.diff = wordDiff(expected, winner.text);
  comparison.candidates = candidates;
  return comparison;
}

/**
 * What a rule saw differ between a citation and the page's closest headline when their letters
 * agree (similarity at or above the threshold) yet they do not match: the reason a reader needs,
 * since "similarity 0.97" alone says nothing. Null when nothing but similarity parted them.
 * `articleNames`: as the page's (PageMetadata.articleNames).
 */
export function titleDifference(cited: string, found: string, language: string | null, articleNames?: readonly string[]): string | null {
  const fact = differingFact(factWords(cited), factWords(found));
  if (fact) return `${fact} differs`;
  if (currenciesDiffer(cited, found)) return 'a currency differs';
  if (verdictDropped(verdictOf(found), normalizeTitle(cited)) || verdictDropped(verdictOf(cited), normalizeTitle(found))) return "a fact check's verdict differs";
  if (namesSwapped(cited, found, language, articleNames)) return 'a name differs';
  if (rolesSwapped(factWords(cited), factWords(found))) return 'the same words in another order';
  return null;
}
