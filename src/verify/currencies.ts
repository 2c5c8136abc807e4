// The currencies a headline names. "300 billion won" and "$300 billion" keep every number and most
// letters, yet one is a thousandth of the other: the number rule cannot see it, the currency can.

/** Korean units that may stand between a number and 원, 엔 or 유로 ("3천억원", "5백만 원"). */
const KOREAN_UNITS = String.raw`\d\s?(?:[조억만천백]\s?){0,3}`;

/**
 * Each currency by the ways headlines write it: signs and codes beside an amount ("$5", "KRW300bn",
 * "W5tr"; not "A$AP", a "W15" car), names of the currency (won only beside an amount or as "Korean
 * won", for it is also a verb — and "won't"; the euro not as "Euro 2024", 유로존 or 유로파리그).
 */
const CURRENCIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['dollar', /\$\s?\d|\b(?:USD|AUD|CAD|HKD)(?![A-Za-z])|\bdollars?\b|달러/iu],
  ['won', new RegExp(String.raw`₩|\bKRW(?![A-Za-z])|\bW\d[\d.,]*\s?(?:tr|tril|trillion|t|bn|b|billion|mn|m|million)\b|\d\s{0,2}(?:tr|tril|trillion|tln|trln|bn|bln|billion|b|mn|mln|million|m)?\.?[\s-]{0,2}won\b(?!['’])|\bkorean\s+won\b|${KOREAN_UNITS}원(?!\p{L})`, 'iu')],
  ['euro', new RegExp(String.raw`€|\bEUR(?![A-Za-z])|\beuros?\b(?!\s?\d{4})|유로화|${KOREAN_UNITS}유로(?!\p{L})`, 'iu')],
  // ¥ is the yen's sign and the yuan's.
  ['yen', new RegExp(String.raw`¥|\bJPY(?![A-Za-z])|\byen\b|${KOREAN_UNITS}엔(?!\p{L})`, 'iu')],
  ['yuan', /¥|\b(?:CNY|RMB)(?![A-Za-z])|\byuan\b|\brenminbi\b|위안/iu],
  ['pound', /£|\bGBP(?![A-Za-z])|\bsterling\b/iu],
  ['rupee', /₹|\bINR(?![A-Za-z])|\brupees?\b|\bRs\.?\s?\d/iu],
  ['ruble', /₽|\bRUB(?![A-Za-z])|\br(?:o)?ubles?\b/iu],
];

export function currenciesOf(text: string): Set<string> {
  const plain = text.normalize('NFKC');
  return new Set(CURRENCIES.filter(([, pattern]) => pattern.test(plain)).map(([name]) => name));
}

/**
 * Whether each headline names a currency the other does not: "300 billion won" for "$300
 * billion", "Korean won hits low against yen" for "… against dollar". A converted amount one side
 * adds ("W300b ($230m)") names only more of the same: whether it may be left out is the numbers'
 * question.
 */
export function currenciesDiffer(a: string, b: string): boolean {
  return eachNamesAnotherCurrency(currenciesOf(a), currenciesOf(b));
}

/** currenciesDiffer on currencies already read (currenciesOf), for a citation compared with many texts. */
export function eachNamesAnotherCurrency(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const lacks = (from: ReadonlySet<string>, other: ReadonlySet<string>) => [...from].some((currency) => !other.has(currency));
  return lacks(x, y) && lacks(y, x);
}
