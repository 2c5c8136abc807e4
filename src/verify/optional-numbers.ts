// Numbers a headline may carry or leave out without saying something else: a Roman numeral
// ("King Charles" for "King Charles III") and a currency conversion in brackets ("300 billion won"
// for "300 billion won ($230 million)"). factWords marks them with OPTIONAL_MARK; compared, a
// marked number the other side has in either form is that number, one the other side has nothing
// for is left out, and one facing another number the other side has no match for is compared
// ("Gladiator II" / "Gladiator III", "($60 billion)" / "($40 billion)").

/** Ends a fact word that is an optional number ("3~"). */
export const OPTIONAL_MARK = '~';
const OPTIONAL = /^(.*\d.*)~$/;

/** Words that open and close a conversion through the number folding (factWords). */
export const CONVERSION_OPEN = 'CONVERSIONOPENS';
export const CONVERSION_CLOSE = 'CONVERSIONCLOSES';
const OPEN_FOLDED = CONVERSION_OPEN.toLowerCase();
const CLOSE_FOLDED = CONVERSION_CLOSE.toLowerCase();

/** Folded fact words with the numbers between conversion markers marked optional, the markers gone. */
export function withConversionsMarked(words: readonly string[]): string[] {
  const out: string[] = [];
  let inside = false;
  for (const word of words) {
    if (word === OPEN_FOLDED) inside = true;
    else if (word === CLOSE_FOLDED) inside = false;
    else out.push(inside && /\d/.test(word) ? `${word}${OPTIONAL_MARK}` : word);
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
