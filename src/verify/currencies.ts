// The currencies a headline names. "300 billion won" and "$300 billion" keep every number and most
// letters, yet one is a thousandth of the other: the number rule cannot see it, the currency can.

/** Each currency by the ways headlines write it; won only beside an amount or as "Korean won" (it is also a verb). */
const CURRENCIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['dollar', /\$|\b(?:USD|AUD|CAD|HKD)\b|\bdollars?\b|달러/iu],
  ['won', /₩|\bKRW\b|\bW\d|\d\s*(?:tr|tril|trillion|tln|trln|bn|bln|billion|b|mn|mln|million|m)?\.?[\s-]*won\b|\bkorean\s+won\b|\d\s?[조억만천]?\s?원(?![\p{L}])/iu],
  ['euro', /€|\bEUR\b|\beuros?\b|유로/iu],
  // ¥ is the yen's sign and the yuan's.
  ['yen', /¥|\bJPY\b|\byen\b|\d\s?[억만]?\s?엔(?![\p{L}])/iu],
  ['yuan', /¥|\b(?:CNY|RMB)\b|\byuan\b|\brenminbi\b|위안/iu],
  ['pound', /£|\bGBP\b|\bsterling\b/iu],
  ['rupee', /₹|\bINR\b|\brupees?\b/iu],
  ['ruble', /₽|\bRUB\b|\br(?:o)?ubles?\b/iu],
];

function currenciesOf(text: string): Set<string> {
  const plain = text.normalize('NFKC');
  return new Set(CURRENCIES.filter(([, pattern]) => pattern.test(plain)).map(([name]) => name));
}

/**
 * Whether both headlines name a currency and none in common: "300 billion won" for "$300
 * billion", "low against yen" for "low against dollar". A converted amount one side adds ("W300b
 * ($230m)") shares the other's currency, and is left to the other rules.
 */
export function currenciesDiffer(a: string, b: string): boolean {
  const x = currenciesOf(a);
  const y = currenciesOf(b);
  return x.size > 0 && y.size > 0 && ![...x].some((currency) => y.has(currency));
}
