// Text helpers: dominant script, citation typography (Title Case, curly quotes), word sets, and
// the fold under which an extracted headline counts as the label's.

const SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

/** The script most of the text's letters are in (ties: the first in the list above). */
export function dominantScript(text) {
  const counts = new Map();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best = 'other';
  let bestCount = 0;
  for (const [script] of [...SCRIPTS, ['other']]) {
    const count = counts.get(script) ?? 0;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/** Scripts whose letters have an upper case, so a citation would print the headline in Title Case. */
const CASED = new Set(['Latin', 'Cyrillic', 'Greek']);

/** Capitalises the first letter of each whitespace-separated word; other letters stay as they are. */
export function titleCase(text) {
  if (!CASED.has(dominantScript(text))) return text;
  return text.replace(/(^|\s)([^\s\p{L}\p{N}]*)(\p{L})/gu, (_, space, lead, letter) => {
    const upper = letter.toUpperCase();
    // One letter in, one letter out: a letter whose capital is two (ß → SS) stays as it is.
    return space + lead + ([...upper].length === 1 ? upper : letter);
  });
}

const OPENS_AFTER = /[\s([{\u2014\u2013\-/“‘«„]/u;

/** Straight quotes to curly ones: “ ” for double, ‘ ’ for single, ’ for apostrophes. */
export function curlyQuotes(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const opening = i === 0 || OPENS_AFTER.test(text[i - 1]);
    if (char === '"') out += opening ? '“' : '”';
    else if (char === "'") out += opening ? '‘' : '’';
    else out += char;
  }
  return out;
}

/** Citation typography: Title Case where the script has case, then curly quotes. */
export function citationTypography(text) {
  return curlyQuotes(titleCase(text));
}

/** Words longer than four letters, case-folded: two headlines sharing none are unrelated. */
export function longWords(text) {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return new Set(words.filter((word) => [...word].length > 4));
}

/**
 * The fold under which an extracted headline equals its label: NFKC, lower case, one form of
 * quotes, dashes and whitespace (zero-width characters dropped), no trailing punctuation.
 */
export function foldHeadline(text) {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»‹›「」『』]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,:;!?…。、！？·|-]+$/u, '')
    .trim();
}
