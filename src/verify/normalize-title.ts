// Titles are compared after folding away what typesetting changes but the words do not:
// case, quote style, dashes, entities, punctuation and spacing, and a wire service's tags.
import { decodeHTML } from '../entities.js';
import { foldTitle } from '../title-fold.js';

// Wire services prefix versions of a story: "(LEAD)", "(2nd LD)", "(URGENT)", "[Breaking]".
const WIRE_TAG =
  /^\s*(?:[([]\s*(?:lead|\d+(?:st|nd|rd|th)\s+ld(?:\s+\w+)?|urgent|update[ds]?|breaking(?:\s+news)?|news\s+focus|news\s+analysis|correct(?:ion|ed)|exclusive|live|yonhap\s+interview)\s*[)\]]\s*)+/i;
// Yonhap's English desk opens a reprinted editorial with its source: "(EDITORIAL from Korea
// JoongAng Daily on Nov. 6) Thorough response needed".
const EDITORIAL_TAG = /^\s*\(\s*editorial\s+from\s+[^)]{1,80}\)\s*/i;
// Korean wire versions: "[속보]", "[단독]" before the headline; "(1보)", "(종합)", "(종합2보)" after
// it, a number that counts updates and names no fact (a citation copied before the next update).
const KOREAN_LEADING_TAG = /^\s*(?:[[(【]\s*(?:속보|단독|종합|긴급|1보|포토|영상|사설|인터뷰)\s*[\])】]\s*)+/u;
const KOREAN_TRAILING_TAG = /(?:\s*[([]\s*(?:종합\s*)?(?:\d+\s*보|종합|속보|긴급)\s*[)\]])+\s*$/u;
// Reuters writes its version tags with a hyphen: "UPDATE 2-", "EXCLUSIVE-", "FACTBOX-".
const WIRE_HYPHEN_TAG = /^\s*(?:update\s*\d*|exclusive|analysis|factbox|wrapup\s*\d*|insight|explainer|breakingviews)\s*-(?=\S)/i;
// Newsroom short forms of the same words, folded after punctuation is gone ("N. Korea" → "n korea").
const ALIASES: [RegExp, string][] = [
  [/\bnk\b/g, 'north korea'],
  [/\bn korea/g, 'north korea'],
  [/(?<!\bu )\bs korea/g, 'south korea'], // not the "u s" of U.S.-Korea
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
const KOREAN_COVID = /코로나[-‐‑ ]?19(?!\d)/gu;
/**
 * Short forms with a number in them as the words they stand for: "Q4" and "4Q" as "fourth
 * quarter", "COVID-19" as "COVID" (and "코로나19" as "코로나"). Before numbers are read, or the 4 and the 19 would be counts.
 */
export function spelledOut(text: string): string {
  return text
    .replace(QUARTER, (_match, after: string | undefined, before: string | undefined) => `${ORDINALS[Number(after ?? before)]} quarter`)
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
