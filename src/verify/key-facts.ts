// Facts a headline can flip while keeping nearly all its letters. Bigram similarity cannot see
// them, so they are compared word by word: numbers, negations and refusals, months, directions.
import { titleWords } from './normalize-title.js';

/** Words that turn a statement around: "to send" / "refuses to send" / "not to send". */
const POLARITY = new Set([
  'not', 'no', 'never', 'without', 'nor', 'cannot', 'cant', 'wont', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt',
  'refuses', 'refused', 'rejects', 'rejected', 'blocks', 'blocked', 'halts', 'halted', 'suspends', 'suspended',
  'scraps', 'scrapped', 'cancels', 'cancelled', 'fails', 'failed',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const OPPOSITES: Record<string, string> = {
  north: 'south', south: 'north', east: 'west', west: 'east',
  rises: 'falls', falls: 'rises', rise: 'fall', fall: 'rise', up: 'down', down: 'up',
  confirms: 'denies', denies: 'confirms', accepts: 'rejects', approves: 'rejects',
  wins: 'loses', loses: 'wins', lifts: 'imposes', imposes: 'lifts',
};
// Headlines write small counts in words as often as in digits: "three" and "3" are one fact.
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', hundred: '100', thousand: '1000', million: '1000000',
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th',
  eighth: '8th', ninth: '9th', tenth: '10th',
};

/** The words of one kind, sorted: the same facts in another order are the same facts. */
function sortedOf(words: string[], keep: (word: string) => boolean): string {
  return words.filter(keep).sort().join(' ');
}

/**
 * A title's normalised words, with numbers in one form: "10,000", "10 000" and "10k" as 10000,
 * "three" as 3.
 */
export function factWords(title: string): string[] {
  const joined = title.replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}\b)/g, '$1').replace(/\b(\d+)k\b/gi, '$1000');
  return titleWords(joined).map((word) => NUMBER_WORDS[word] ?? word);
}

/** True when two titles' words disagree on a number, a negation, a month or a direction word. */
export function keyFactsDiffer(a: string[], b: string[]): boolean {
  const isNumber = (word: string) => /\d/.test(word);
  if (sortedOf(a, isNumber) !== sortedOf(b, isNumber)) return true;
  const isPolar = (word: string) => POLARITY.has(word);
  if (a.filter(isPolar).length !== b.filter(isPolar).length) return true;
  const isMonth = (word: string) => MONTHS.has(word);
  if (sortedOf(a, isMonth) !== sortedOf(b, isMonth)) return true;
  const inA = new Set(a);
  const inB = new Set(b);
  return a.some((word) => OPPOSITES[word] !== undefined && !inB.has(word) && inB.has(OPPOSITES[word]!) && !inA.has(OPPOSITES[word]!));
}
