import { describe, expect, it } from 'vitest';
import { sameKoreanGivenName } from '../../src/verify/korean-romanization.js';

describe('sameKoreanGivenName', () => {
  it('reads one given name in the romanizations newsrooms use', () => {
    expect(sameKoreanGivenName('sukyeol', 'seokyeol')).toBe(true);
    expect(sameKoreanGivenName('ducksoo', 'deoksu')).toBe(true);
    expect(sameKoreanGivenName('jaemyung', 'jaemyeong')).toBe(true);
    expect(sameKoreanGivenName('kyungho', 'gyeongho')).toBe(true);
    expect(sameKoreanGivenName('donghoon', 'donghun')).toBe(true);
  });
  it('keeps other names, single syllables and words the table cannot spell apart', () => {
    expect(sameKoreanGivenName('ducksoo', 'donghoon')).toBe(false);
    expect(sameKoreanGivenName('minjae', 'minjun')).toBe(false);
    // One syllable is never enough: "Sun" and "Son", "Young" and "Yong".
    expect(sameKoreanGivenName('sun', 'seon')).toBe(false);
    expect(sameKoreanGivenName('young', 'yong')).toBe(false);
    // Words the syllables do not spell (English names) are no Korean names.
    expect(sameKoreanGivenName('hudson', 'hodson')).toBe(false);
    expect(sameKoreanGivenName('jason', 'jeson')).toBe(false);
    // Two syllables against three.
    expect(sameKoreanGivenName('sukyeol', 'seokyeolmin')).toBe(false);
  });
});

describe('isKoreanGivenName and sameKoreanSurname', () => {
  it('read a given name the table spells, and a surname written two ways', async () => {
    const { isKoreanGivenName, sameKoreanSurname } = await import('../../src/verify/korean-romanization.js');
    expect(isKoreanGivenName('kyungho')).toBe(true);
    expect(isKoreanGivenName('visits')).toBe(false);
    expect(sameKoreanSurname('choo', 'chu')).toBe(true);
    expect(sameKoreanSurname('chu', 'cho')).toBe(false);
  });
  it('gives an ambiguous spelling one syllable: "Ji-yun" is not "Ji-yeon", "Min-suk" is "Min-seok"', () => {
    expect(sameKoreanGivenName('jiyun', 'jiyeon')).toBe(false);
    expect(sameKoreanGivenName('minsuk', 'minseok')).toBe(true);
    // "chung" is 정 or 청 as people write them: the table alone would merge two cities, which is why
    // names.ts asks it only for a name after a Korean surname (compare-title.test.ts).
    expect(sameKoreanGivenName('chungrae', 'cheongrae')).toBe(true);
    expect(sameKoreanGivenName('unchan', 'eunchan')).toBe(true);
  });
});
