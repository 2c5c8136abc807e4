// One title fold (issue 9.9): extract/ and verify/ fold headlines the same way.
import { describe, expect, it } from 'vitest';
import { key } from '../src/extract/title.js';
import { foldTitle } from '../src/title-fold.js';
import { normalizeTitle } from '../src/verify/normalize-title.js';

const TITLES = [
  'Russia’s troops — in Kursk: “8,000” N.Korea',
  'ＦＵＬＬＷＩＤＴＨ　Ｔｉｔｌｅ',
  'नई दिल्ली में बैठक', // Devanagari vowel signs are marks: they stay inside their words
  "Don't   stop…",
];

describe('foldTitle', () => {
  it('folds case, width, apostrophes, punctuation and spacing, and keeps combining marks', () => {
    expect(foldTitle(TITLES[0]!)).toBe('russias troops in kursk 8 000 n korea');
    expect(foldTitle(TITLES[1]!)).toBe('fullwidth title');
    expect(foldTitle(TITLES[2]!)).toBe('नई दिल्ली में बैठक');
    expect(foldTitle(TITLES[3]!)).toBe('dont stop');
  });

  it('is the fold both extract/ and verify/ compare with', () => {
    for (const title of TITLES) {
      expect(key(title)).toBe(foldTitle(title));
      // verify/ adds what only a citation comparison needs (wire tags, newsroom aliases) on top.
      expect(normalizeTitle(title)).toBe(foldTitle(title).replace(/\bn korea/g, 'north korea'));
    }
  });
});
