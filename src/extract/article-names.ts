// The headline's words that the article's own text writes as names. A headline in Title Case
// ("Kim Jong Un Sends Greetings to Russian President") capitalises every word, so its case cannot
// tell a name from a verb; the article's sentences can: "... sent a message to Kim Jong Un" keeps
// the capital inside a sentence only for a name. verify/names.ts reads these words to catch one
// name cited for another ("Kim Jong Il Sends Greetings ...") where the headline's case says nothing.
import { foldTitle } from '../title-fold.js';
import type { TitleCandidate } from '../types.js';

/** Enough of the article for its names to recur in (KCNA, wire copy: the first paragraphs). */
const READ_CHARS = 6000;

/** Ends a sentence or opens a quotation: the next word is capitalised whatever it is. */
const OPENS_SENTENCE_AFTER = /[.!?:;"“”«»'‘’(\[—–-]$/u;
const STARTS_QUOTED = /^[^\p{L}]*["“”«»'‘(\[]/u;
const STARTS_UPPER = /^[^\p{L}]*\p{Lu}/u;
const STARTS_LOWER = /^[^\p{L}]*\p{Ll}/u;

/** A word's key: the title fold, without a possessive "'s" ("Kim's" is Kim), its parts joined. */
function keyOf(word: string): string {
  return foldTitle(word.replace(/['’]s$/u, '')).replace(/ /g, '');
}

/** A word and, when hyphenated, each of its parts: "Yo-jong" is one name, "Biden-Xi" two. */
function wordsOf(token: string): string[] {
  return token.includes('-') ? [token, ...token.split('-').filter(Boolean)] : [token];
}

const WORD_BREAK = /[\s–—]+/u;

/**
 * The words of the page's strong headline candidates that the article's text capitalises inside
 * a sentence and never writes in lower case, keyed (folded): a short list, so a result keeps only
 * what a comparison reads. Empty when the page has no article text or no such word. A word also
 * seen in lower case is a common word set in capitals for another reason (a title of a work, a
 * heading run into the next paragraph: "The Tortured Poets Department", "odours These").
 */
export function articleNames(articleText: readonly string[], candidates: readonly TitleCandidate[]): string[] {
  const headlineKeys = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.strong === false) continue;
    for (const token of candidate.value.split(WORD_BREAK)) {
      for (const word of wordsOf(token)) {
        const key = keyOf(word);
        if (key) headlineKeys.add(key);
      }
    }
  }
  if (headlineKeys.size === 0) return [];
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  let text = '';
  for (const part of articleText) {
    // Text nodes of one paragraph follow each other without a space ("said <a>Kim</a>").
    text += part;
    if (text.length >= READ_CHARS) break;
  }
  let previous = '';
  for (const token of text.slice(0, READ_CHARS).split(WORD_BREAK)) {
    if (token === '') continue;
    const inSentence = previous !== '' && !OPENS_SENTENCE_AFTER.test(previous) && !STARTS_QUOTED.test(token);
    previous = token;
    for (const word of wordsOf(token)) {
      const upper = STARTS_UPPER.test(word);
      if (!upper && !STARTS_LOWER.test(word)) continue;
      const key = keyOf(word);
      if (!headlineKeys.has(key)) continue;
      if (!upper) lower.add(key);
      else if (inSentence) capitalised.add(key);
    }
  }
  return [...capitalised].filter((key) => !lower.has(key));
}
