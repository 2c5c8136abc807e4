// Facts a headline can flip while keeping nearly all its letters. Bigram similarity cannot see
// them, so they are compared word by word.
import { titleWords } from './normalize-title.js';

const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nor', 'cannot', 'cant', 'wont', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt']);
const OPPOSITES: Record<string, string> = {
  north: 'south', south: 'north', east: 'west', west: 'east',
  rises: 'falls', falls: 'rises', rise: 'fall', fall: 'rise', up: 'down', down: 'up',
  confirms: 'denies', denies: 'confirms', accepts: 'rejects', rejects: 'accepts',
  wins: 'loses', loses: 'wins', approves: 'rejects', lifts: 'imposes', imposes: 'lifts',
};

function numbers(words: string[]): string {
  return words.filter((word) => /\d/.test(word)).join(' ');
}

function negations(words: string[]): number {
  return words.filter((word) => NEGATIONS.has(word)).length;
}

/** A title's normalised words, with "10,000" kept as one number rather than "10" and "000". */
export function factWords(title: string): string[] {
  return titleWords(title.replace(/(\d)[,.](?=\d{3}\b)/g, '$1'));
}

/** True when two titles' words disagree on a number, a negation or a direction word. */
export function keyFactsDiffer(a: string[], b: string[]): boolean {
  if (numbers(a) !== numbers(b)) return true;
  if (negations(a) !== negations(b)) return true;
  const inB = new Set(b);
  const inA = new Set(a);
  return a.some((word) => OPPOSITES[word] !== undefined && !inB.has(word) && inB.has(OPPOSITES[word]!) && !inA.has(OPPOSITES[word]!));
}
