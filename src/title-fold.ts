// The one fold of a headline into comparable words, shared by extract/ (which of a page's titles
// agree with each other) and verify/ (does the page's title match the citation's): what
// typesetting changes but the words do not — compatibility forms, case, apostrophes, dashes,
// punctuation and spacing — is folded away. Combining marks stay: they are part of a word.

const APOSTROPHES = /['’‘‛`´ʼ]/g;
// Everything that is neither a letter, a mark nor a number separates words.
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Lower-case words separated by single spaces ("Russia’s N.Korea—deal" → "russias n korea deal"). */
export function foldTitle(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // "Russia's" and "Russias" are the same word to a reader; "N.Korea" is two.
      .replace(APOSTROPHES, '')
      .replace(NON_WORD, ' ')
      .trim()
  );
}
