import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('counts two swapped neighbours as one edit only when asked', () => {
    expect(editDistance('chekc', 'check')).toBe(2);
    expect(editDistance('chekc', 'check', { transpositions: true })).toBe(1);
    expect(editDistance('ca', 'abc', { transpositions: true })).toBe(3);
  });
});
