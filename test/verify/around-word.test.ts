import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aroundWord, factWords } from '../../src/verify/key-facts.js';

const WORD = /[\p{L}\p{M}\p{N}'’‘‛`´ʼ]+/gu;

/** The boundary as first written: after the first raw word whose prefix makes `kept` fact words. */
function linearAroundWord(page: string, kept: number): { gap: string; after: string } {
  const words = [...page.matchAll(WORD)];
  for (let i = 0; i + 1 < words.length; i++) {
    const end = words[i]!.index! + words[i]![0].length;
    if (factWords(page.slice(0, end)).length < kept) continue;
    const next = words[i + 1]!;
    return { gap: page.slice(end, next.index), after: page.slice(next.index! + next[0].length) };
  }
  return { gap: '', after: '' };
}

// Words that fold to more fact words ("NK", "Q3") and runs that fold to fewer ("5 million", "a
// million", "twenty one"), so the search runs backward and forward from its guess. Not a fold
// whose count dips as the run grows ("3 to" is two words, "3 to 1" one): there the first boundary
// and the one the search settles on may be neighbours, as its comment says.
const VOCABULARY = ['the', 'US', 'U.S.', 'rises', 'NK', 'Korea', 'talks', 'five', 'no', 'A', 'WHO', 'says', '2.5%', 'Q3', '?', 'No,',
  '5 million', 'a million', 'twenty one', '5 million', 'a million', 'twenty one', '5 million', 'a million'];

describe('aroundWord', () => {
  it('finds the boundary the linear search finds, searching from its guess', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 2, maxLength: 40 }), fc.integer({ min: 1, max: 45 }), (words, kept) => {
        const page = words.join(' ');
        expect(aroundWord(page, kept)).toEqual(linearAroundWord(page, kept));
      }),
      { numRuns: 1000 },
    );
  });
});
