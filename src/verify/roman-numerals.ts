// Roman numerals in headlines: "Gladiator II" is "Gladiator 2", "Phase III" "Phase 3", "Gladiator
// III" another film; a numeral one side leaves out ("King Charles" for "King Charles III") is no
// number that differs (optional-numbers.ts). key-facts.ts marks them before its number folding
// and reads them after.
import { OPTIONAL_MARK } from './optional-numbers.js';

/**
 * A Roman numeral in capitals from 2 to 39, standing alone: a sequel, a monarch, a phase, a part
 * ("Gladiator II", "Charles III", "Phase III", "Part IV") — the number a citation may write in
 * digits, and another number when it differs ("Gladiator III"); "Charles III's" too. See isRomanNumeral.
 */
export const ROMAN_NUMERAL = /(?<![\p{L}\p{N}'’.-])(?:X{1,3}(?:IX|IV|VI{0,3}|I{1,3})?|IX|IV|VI{0,3}|I{2,3})(?![\p{L}\p{N}-])(?!['’](?!s\b))/gu;

/**
 * Whether a match of ROMAN_NUMERAL is one: not a letter alone ("V", "X"), nor "XI" in a headline
 * set in capitals or before "Jinping" (the president's name; in other headlines he is "Xi").
 */
function isRomanNumeral(numeral: string, offset: number, text: string): boolean {
  if (numeral === 'V' || numeral === 'X') return false;
  if (numeral !== 'XI') return true;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals <= 0.6 * letters && !/^\s*jinping/iu.test(text.slice(offset + numeral.length));
}

/** Marks a Roman numeral through the number folding (which would read nothing in it) to the end of factWords. */
const ROMAN_PLACEHOLDER = 'ROMANNUMERAL';
const ROMAN_FOLDED = ROMAN_PLACEHOLDER.toLowerCase();
const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "iii" as "3~": the number, optional (optional-numbers.ts). */
function romanAsDigits(numeral: string): string {
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const digit = ROMAN_DIGITS[numeral[i]!]!;
    const next = ROMAN_DIGITS[numeral[i + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return `${value}${OPTIONAL_MARK}`;
}

/** A ROMAN_NUMERAL match marked to be read at the end of factWords, or left as written when it is none. */
export function markRomanNumeral(numeral: string, offset: number, text: string): string {
  // A space after it: a possessive ("Charles III's") is no part of the numeral.
  return isRomanNumeral(numeral, offset, text) ? `${ROMAN_PLACEHOLDER}${numeral} ` : numeral;
}

/** A folded word of factWords: a marked numeral's number ("romannumeraliii" is "3~"), any other word as it is. */
export function romanNumeralRead(word: string): string {
  return word.startsWith(ROMAN_FOLDED) ? romanAsDigits(word.slice(ROMAN_FOLDED.length)) : word;
}
