// Numbers a headline may carry or leave out without saying something else: a Roman numeral
// ("King Charles" for "King Charles III") and a currency conversion in brackets ("300 billion won"
// for "300 billion won ($230 million)"). factWords marks them (asOptional, withOptionalMarked); compared, a
// marked number the other side has in either form is that number, one the other side has nothing
// for is left out, and one facing another number the other side has no match for is compared
// ("Gladiator II" / "Gladiator III", "($60 billion)" / "($40 billion)").
import { romanValue } from './roman-numerals.js';

/** Ends a fact word that is an optional number ("3~"). */
const OPTIONAL_MARK = '~';
const OPTIONAL = /^(.*\d.*)~$/;

/** Words that open and close an optional number's text through the number folding (factWords). */
const OPTIONAL_OPEN = 'OPTIONALNUMBEROPENS';
const OPTIONAL_CLOSE = 'OPTIONALNUMBERCLOSES';
const OPEN_FOLDED = OPTIONAL_OPEN.toLowerCase();
const CLOSE_FOLDED = OPTIONAL_CLOSE.toLowerCase();
const ROMAN_LETTERS = /^[ivxl]+$/;

/** `text` marked optional, to be read once folded (withOptionalMarked). */
export function asOptional(text: string): string {
  return ` ${OPTIONAL_OPEN} ${text} ${OPTIONAL_CLOSE} `;
}

/**
 * Folded fact words with what asOptional marked read as optional numbers — a number as it is, a
 * Roman numeral as its value ("iii" is "3~") — and the marks gone.
 */
export function withOptionalMarked(words: readonly string[]): string[] {
  const out: string[] = [];
  let inside = false;
  for (const word of words) {
    if (word === OPEN_FOLDED) inside = true;
    else if (word === CLOSE_FOLDED) inside = false;
    else if (inside && /\d/.test(word)) out.push(`${word}${OPTIONAL_MARK}`);
    else if (inside && ROMAN_LETTERS.test(word)) out.push(`${romanValue(word)}${OPTIONAL_MARK}`);
    else out.push(word);
  }
  return out;
}

const isNumber = (word: string) => /\d/.test(word);

/** One side's fact words with its optional numbers resolved against the other side's (see above). */
export function withOptionalNumbersResolved(words: readonly string[], other: readonly string[]): string[] {
  const plain = (word: string) => OPTIONAL.exec(word)?.[1] ?? word;
  const otherNumbers = new Set(other.filter(isNumber).map(plain));
  const ownNumbers = new Set(words.filter((word) => isNumber(word) && !OPTIONAL.test(word)));
  const otherHasUnmatched = [...otherNumbers].some((number) => !ownNumbers.has(number));
  return words.flatMap((word) => {
    const optional = OPTIONAL.exec(word);
    if (!optional) return [word];
    return otherNumbers.has(optional[1]!) ? [optional[1]!] : otherHasUnmatched ? [word] : [];
  });
}
