import { describe, expect, it } from 'vitest';
import { currenciesDiffer, eachNamesAnotherCurrency } from '../../src/verify/currencies.js';

describe('currenciesDiffer', () => {
  it.each([
    ['Samsung to invest 300 billion won', 'Samsung to invest $300 billion'],
    ['Samsung to invest W300b', 'Samsung to invest $300b'],
    ['삼성, 300억원 투자', '삼성, 300억달러 투자'],
    ['Fund raises €5m', 'Fund raises £5m'],
    ['Euro 2024 final: Spain get €28m prize', 'Euro 2024 final: Spain get $28m prize'],
    ['삼성, 3천억원 투자', '삼성, 3천억달러 투자'],
    ['KRW300bn deal signed', '$300bn deal signed'],
  ])('"%s" and "%s" name other currencies', (a, b) => {
    expect(currenciesDiffer(a, b)).toBe(true);
  });

  it.each([
    ['Samsung to invest ₩300 billion', 'Samsung to invest 300 billion won'],
    ['Seoul to spend $1.3 billion', 'Seoul to spend US$1.3 bln'],
    // A conversion one side adds shares the other's currency.
    ['Samsung to invest W300b', 'Samsung to invest W300b ($230m)'],
    // "won" the verb is no currency; a side without any says nothing.
    ['Lee won the election by $5 million in ads', 'Lee won the election'],
    ['원전 수출 계약', '원전 수출 계약 100억달러'],
    // Names and words that only look like currencies: none is named.
    ["Top 10 won't be enough", 'Top 10 gadgets under $50'],
    ['Mercedes W15 unveiled', 'Mercedes shows $15m car'],
    ['A$AP Rocky acquitted', 'A$AP Rocky fined £5,000'],
    ['유로존 경기 둔화 우려', '달러 강세 이어져'],
  ])('"%s" and "%s" do not', (a, b) => {
    expect(currenciesDiffer(a, b)).toBe(false);
  });
});

describe('eachNamesAnotherCurrency', () => {
  it('differs when each side names a currency the other lacks, even with one in common', () => {
    expect(currenciesDiffer('Korean won hits 15-year low against yen', 'Korean won hits 15-year low against dollar')).toBe(true);
    expect(eachNamesAnotherCurrency(new Set(['won', 'yen']), new Set(['won', 'dollar']))).toBe(true);
  });
  it('but not when one side only adds a conversion or names the same ones', () => {
    expect(currenciesDiffer('Samsung to invest 300 billion won in chip plant', 'Samsung to invest 300 billion won ($230 million) in chip plant')).toBe(false);
    expect(currenciesDiffer('Korean won hits low against dollar', 'Korean won hits low against US dollar')).toBe(false);
    expect(eachNamesAnotherCurrency(new Set(), new Set(['won']))).toBe(false);
  });
});
