// The headline's words that the article's own text writes as names. A headline in Title Case
// ("Kim Jong Un Sends Greetings to Russian President") capitalises every word, so its case cannot
// tell a name from a verb; the article's sentences can: "... sent a message to Kim Jong Un" keeps
// the capital inside a sentence only for a name. verify/names.ts reads these words to catch one
// name cited for another ("Kim Jong Il Sends Greetings ...") where the headline's case says nothing.
import { wordKey } from '../title-fold.js';
import type { TitleCandidate } from '../types.js';

/** Enough of the article for its names to recur in (KCNA, wire copy: the first paragraphs). */
const READ_CHARS = 6000;

/** Ends a sentence or opens a quotation: the next word is capitalised whatever it is. */
const OPENS_SENTENCE_AFTER = /[.!?:;"“”«»'‘’(\[—–-]$/u;
const STARTS_QUOTED = /^[^\p{L}]*["“”«»'‘(\[]/u;
const STARTS_UPPER = /^[^\p{L}]*\p{Lu}/u;
const STARTS_LOWER = /^[^\p{L}]*\p{Ll}/u;

/** The parts joined, as far as they reach `chars`. */
function joinedUpTo(parts: readonly string[], chars: number): string {
  let text = '';
  for (const part of parts) {
    if (text.length >= chars) break;
    text += part;
  }
  return text;
}

/** Whether [from, to) lies within one of the link ranges. */
function isLinkText(from: number, to: number, links: readonly number[]): boolean {
  for (let i = 0; i + 1 < links.length; i += 2) if (links[i]! <= from && to <= links[i + 1]!) return true;
  return false;
}

/** A word and, when hyphenated, each of its parts: "Yo-jong" is one name, "Biden-Xi" two. */
function wordsOf(token: string): string[] {
  return token.includes('-') ? [token, ...token.split('-').filter(Boolean)] : [token];
}

const WORD_BREAK = /[\s–—]+/u;

/** The article's paragraph text as the parser keeps it (ParsedPage.articleText and its marks). */
export interface ArticleParagraphs {
  /** Text nodes of paragraphs, in order. */
  text: readonly string[];
  /** Where each paragraph starts, in characters of the joined text. */
  paragraphs: readonly number[];
  /** The ranges of the joined text that are a link's text: [start, end, start, end…], in order. */
  links: readonly number[];
}

/**
 * The words of the page's strong headline candidates that the article's text capitalises inside
 * a sentence and never writes in lower case, keyed (folded): a short list, so a result keeps only
 * what a comparison reads. Empty when the page has no article text or no such word. A word also
 * seen in lower case is a common word set in capitals for another reason (a title of a work, a
 * heading run into the next paragraph: "The Tortured Poets Department"). Each paragraph opens a
 * sentence (a caption without a full stop, "Photo by Park Sang-moon", ends one), and a paragraph
 * that is all links (related stories) is none of the article's sentences.
 */
export function articleNames(article: ArticleParagraphs, candidates: readonly TitleCandidate[]): string[] {
  const headlineKeys = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.strong === false) continue;
    for (const token of candidate.value.split(WORD_BREAK)) {
      for (const word of wordsOf(token)) {
        const key = wordKey(word);
        if (key) headlineKeys.add(key);
      }
    }
  }
  if (headlineKeys.size === 0) return [];
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const { paragraphs, links } = article;
  // Text nodes of one paragraph follow each other without a space ("said <a>Kim</a>").
  // Room for paragraphs of links skipped on the way (a long article's end is never read).
  const text = joinedUpTo(article.text, 4 * READ_CHARS);
  let read = 0;
  for (let p = 0; p < paragraphs.length && read < READ_CHARS; p++) {
    const from = paragraphs[p]!;
    const to = Math.min(paragraphs[p + 1] ?? text.length, text.length);
    if (from >= to || isLinkText(from, to, links)) continue;
    const paragraph = text.slice(from, to);
    read += paragraph.length;
    let previous = '';
    for (const token of paragraph.split(WORD_BREAK)) {
      if (token === '') continue;
      const inSentence = previous !== '' && !OPENS_SENTENCE_AFTER.test(previous) && !STARTS_QUOTED.test(token);
      previous = token;
      for (const word of wordsOf(token)) {
        const key = wordKey(word);
        if (!headlineKeys.has(key)) continue;
        const upper = STARTS_UPPER.test(word);
        if (!upper && !STARTS_LOWER.test(word)) continue;
        if (!upper) lower.add(key);
        else if (inSentence) capitalised.add(key);
      }
    }
  }
  return [...capitalised].filter((key) => !lower.has(key));
}
