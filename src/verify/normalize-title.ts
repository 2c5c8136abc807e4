// Titles are compared after folding away what typesetting changes but the words do not:
// case, quote style, dashes, entities, punctuation and spacing.
import { decodeHTML } from 'entities';

const APOSTROPHES = /['’‘‛`´ʼ]/g;
const DASHES = /[‐‑‒–—―−﹘﹣－]/g;
// Everything that is neither a letter, a mark nor a number separates words.
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Folds a title to lower-case words separated by single spaces. */
export function normalizeTitle(title: string): string {
  return decodeHTML(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/…/g, '...')
    .replace(DASHES, '-')
    // "Russia's" and "Russias" are the same word to a reader; "N.Korea" is two.
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
}

export function titleWords(title: string): string[] {
  const normalized = normalizeTitle(title);
  return normalized ? normalized.split(' ') : [];
}
