import { describe, expect, it } from 'vitest';
import { koreanAmounts } from '../../src/verify/korean-amounts.js';

describe('koreanAmounts', () => {
  it.each([
    ['1조2천억 원', '1.2조 원'],
    ['1조 2000억 원', '1.2조 원'],
    ['12,000억', '1.2조'],
    ['1억2천5백만', '1.25억'],
    ['2.5천억', '2500억'],
    ['3천만 원', '30000000 원'],
    ['천만 관객', '10000000 관객'],
    ['10만 명', '100000 명'],
    ['1만2천명', '12000명'],
    ['1조 2000만', '1.00002조'],
    ['1만 5,000명', '15000명'],
    ['월100만원', '월1000000원'],
    ['성금 5 백만 원', '성금 5000000 원'],
  ])('reads %s as %s', (text, expected) => {
    expect(koreanAmounts(text)).toBe(expected);
  });

  it.each([
    // A spaced unit with no number is another word's first syllable.
    ['3조 억울한 사연', '3조 억울한 사연'],
    ['10만 조합원', '100000 조합원'],
    // After a letter, 천 and 백 are "thousands of", no number.
    ['수천억 원', '수천억 원'],
    ['수백만 명', '수백만 명'],
    // Units out of Korean order are left as written.
    ['3만 2억', '3만 2억'],
    ['2024년 3월', '2024년 3월'],
    // A spaced syllable that is no unit; a number after a Latin letter; an article and its clause.
    ['코로나 19 백신', '코로나 19 백신'],
    ['COVID19 백신', 'COVID19 백신'],
    ['제3조 1항', '제3조 1항'],
    ['3조 1항', '3조 1항'],
  ])('leaves what is no amount as written: %s', (text, expected) => {
    expect(koreanAmounts(text)).toBe(expected);
  });
});
