// The one fold of a headline into comparable words, shared by extract/ (which of a page's titles
// agree with each other) and verify/ (does the page's title match the citation's): what
// typesetting changes but the words do not — compatibility forms, case, apostrophes, dashes,
// punctuation and spacing — is folded away. Combining marks stay: they are part of a word (but
// Latin accents and Arabic's optional vowel marks go, see below).

const APOSTROPHES = /['’‘‛`´ʼ]/g;
// Everything that is neither a letter, a mark nor a number separates words.
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

// Arabic writes its short vowels (tashkeel) and stretches words (tatweel) at will, and keyboards
// differ on a few letters: the same word with or without them is one word to a reader.
const ARABIC_OPTIONAL = /[\u0640\u064b-\u065f\u0670]/gu;
const ARABIC_LETTER_FORMS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ة': 'ه' };
const ARABIC_VARIANT_LETTER = /[أإآٱىیکة]/gu;

// Latin letters with accents, as a citation typed on another keyboard drops them ("Istanbul'da
// deprem tatbikati yapildi", "Jose Diaz"): one word to a reader. Only Latin: other scripts' marks
// are letters of their own words.
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/gu;
const LATIN_BARE: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ø': 'o', 'Ø': 'o', 'ħ': 'h' };
function withoutLatinAccents(text: string): string {
  return text.replace(LATIN_ACCENTED, (letter) => LATIN_BARE[letter] ?? letter.normalize('NFD').replace(/[\u0300-\u036f]/gu, ''));
}

/** Lower-case words separated by single spaces ("Russia’s N.Korea—deal" → "russias n korea deal"). */
export function foldTitle(text: string): string {
  const normalized = withoutLatinAccents(text.normalize('NFKC'));
  const arabic = /[\u0600-\u06ff]/u.test(normalized)
    ? normalized.replace(ARABIC_OPTIONAL, '').replace(ARABIC_VARIANT_LETTER, (letter) => ARABIC_LETTER_FORMS[letter]!)
    : normalized;
  return (
    arabic
      .toLowerCase()
      // "Russia's" and "Russias" are the same word to a reader; "N.Korea" is two.
      .replace(APOSTROPHES, '')
      .replace(NON_WORD, ' ')
      .trim()
  );
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * One word's key where names are compared: the title fold (lower case, without accents — a
 * citation typed on another keyboard writes "Jose", "Lodz") of the word without a possessive "'s",
 * its parts joined ("Kim's" is "kim", "U.S." "us", "Jong-un" "jongun"). extract/article-names.ts and
 * verify/names.ts key the same words with it. A word in ASCII gets the same key without the fold's
 * Unicode work (an article's thousand words are keyed on every page `check` reads).
 */
export function wordKey(word: string): string {
  if (ASCII.test(word)) return word.replace(/'s$/u, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return foldTitle(word.replace(/['’]s$/u, '')).replace(/ /g, '');
}
