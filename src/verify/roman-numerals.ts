// Roman numerals in headlines: "Gladiator II" is "Gladiator 2", "Phase III" "Phase 3", "Gladiator
// III" another film; a numeral one side leaves out ("King Charles" for "King Charles III") is no
// number that differs: key-facts.ts marks them as optional numbers (optional-numbers.ts).

/**
 * A Roman numeral in capitals from 2 to 89, standing alone: a sequel, a monarch, a phase, a part,
 * a Super Bowl ("Gladiator II", "Charles III", "Phase III", "Part IV", "Super Bowl LIX") — the
 * number a citation may write in digits, and another number when it differs ("Gladiator III");
 * "Charles III's" too. See isRomanNumeral.
 */
const ROMAN_BODY = '(?:(?:XL|LX{0,3}|X{1,3})(?:IX|IV|VI{0,3}|I{1,3})?|IX|IV|VI{0,3}|I{2,3})';
export const ROMAN_NUMERAL = new RegExp(`(?<![\\p{L}\\p{N}'’.-])${ROMAN_BODY}(?![\\p{L}\\p{N}-])(?!['’](?!s\\b))`, 'gu');
const ROMAN_WORD = new RegExp(`^${ROMAN_BODY}$`, 'u');

/** Matches that are no numeral: a letter alone, and "XL" (a size far more often than 40). */
const NOT_NUMERALS: ReadonlySet<string> = new Set(['V', 'X', 'L', 'XL']);

/** A word that is a numeral as written ("II", "LIX"), by the same rules as isRomanNumeral outside its context. */
export function isRomanNumeralWord(word: string): boolean {
  return ROMAN_WORD.test(word) && !NOT_NUMERALS.has(word);
}

/**
 * Whether a match of ROMAN_NUMERAL is one: not a letter alone ("V", "X", "L"), nor "XL" (a size
 * far more often than 40), nor "XI" in a headline set in capitals or before "Jinping" (the
 * president's name; in other headlines he is "Xi").
 */
export function isRomanNumeral(numeral: string, offset: number, text: string): boolean {
  if (NOT_NUMERALS.has(numeral)) return false;
  if (numeral !== 'XI') return true;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals <= 0.6 * letters && !/^\s*jinping/iu.test(text.slice(offset + numeral.length));
}

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** A numeral's value, read in either case ("iii" is 3); NaN for letters that are no numeral. */
export function romanValue(numeral: string): number {
  const letters = numeral.toLowerCase();
  let value = 0;
  for (let i = 0; i < letters.length; i++) {
    const digit = ROMAN_DIGITS[letters[i]!] ?? NaN;
    const next = ROMAN_DIGITS[letters[i + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}
