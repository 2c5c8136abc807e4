// Korean amounts in one form. Headlines write one amount many ways — "1조2천억", "1조 2000억",
// "1.2조"; "3천만", "3000만"; "10만", "100,000" — and a citation may use any of them.

const UNIT_VALUE: Record<string, bigint> = { 조: 10n ** 12n, 억: 10n ** 8n, 만: 10n ** 4n, 천: 1000n, 백: 100n };
const BIG_UNITS = new Set(['조', '억', '만']);
/** Decimal places kept when a number is read ("2.5천억"): enough for what headlines write. */
const SCALE = 10n ** 6n;

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/**
 * An amount: a number and its unit, then more of them. A unit without a number only where it is
 * joined on ("2천5백만", "5천억"): spaced, it is the start of another word ("3조 억울", "10만 조합원"),
 * and so is a unit spaced from the first number unless a unit or no letter follows it ("19 백신"
 * is a vaccine, "5 백만" five million). The number may follow hangul ("월100만원"), not a Latin
 * letter ("COVID19"), nor the article prefix 제 ("제3조"; "세액공제 1조" is an amount), nor inside
 * another amount. It may start with 천 or 백 alone before a larger unit ("천만 관객", "백억"), never
 * after a letter ("수천억" is "hundreds of billions", no number). It may end in a plain number below its last unit ("2만5000명", "1만 5,000명"), not in a year, a
 * day or a clause ("3만 2024년", "3조 1항"); see koreanAmounts for when it counts on.
 */
const SMALL_NUMBER = String.raw`(?:\d,\d{3}|\d{1,4})`;
const AMOUNT = new RegExp(
  String.raw`(?:(?<![\p{Script=Latin}\d.,조억만천백]|(?<!\p{L})제\s?)${NUM}(?:[조억만천백]|\s[조억만천백](?=[조억만천백]|[^\p{L}]|$))|(?<![\p{L}\d.,])[천백](?=[만억조]))` +
    String.raw`(?:\s?${NUM}\s?[조억만천백]|[조억만천백])*(\s?(${SMALL_NUMBER})(?![\d.,]|\s?[년월일시분항호위]))?`,
  'gu',
);
const PART = new RegExp(String.raw`(${NUM})?\s?([조억만천백])`, 'gu');

/** "2.5" as 2.5 × SCALE. */
function scaled(number: string): bigint {
  const [whole, fraction = ''] = number.replace(/,/g, '').split('.') as [string, string?];
  const digits = fraction.slice(0, 6).padEnd(6, '0');
  return BigInt(whole) * SCALE + BigInt(digits);
}

/**
 * The value × SCALE of an amount's units, with the value of its last unit, or null when the units
 * are not in the order Korean writes them.
 */
function valueOf(units: string): { value: bigint; lastUnit: bigint } | null {
  let total = 0n;
  let group = 0n; // what the next 조, 억 or 만 multiplies: "2천5백" before 만
  let lastBig: bigint | null = null;
  let lastUnit: bigint | null = null;
  for (const [, number, unit] of units.matchAll(PART)) {
    const value = UNIT_VALUE[unit!]!;
    lastUnit = value;
    if (BIG_UNITS.has(unit!)) {
      if (lastBig !== null && value >= lastBig) return null;
      lastBig = value;
      const count = group + (number !== undefined ? scaled(number) : group === 0n ? SCALE : 0n);
      total += count * value;
      group = 0n;
    } else {
      // 천 and 백 count within the group of the next larger unit, largest first.
      group += (number !== undefined ? scaled(number) : SCALE) * value;
    }
  }
  return lastUnit === null ? null : { value: total + group, lastUnit };
}

/** A value × SCALE as a decimal of `unit` ("1.2" for 1.2조), trailing zeros dropped. */
function inUnit(value: bigint, unit: bigint): string {
  const whole = value / (unit * SCALE);
  const rest = value % (unit * SCALE);
  if (rest === 0n) return String(whole);
  const fraction = ((rest * 10n ** 12n) / (unit * SCALE)).toString().padStart(12, '0').replace(/0+$/, '');
  return `${whole}.${fraction}`;
}

/**
 * Every Korean amount as a decimal of 조 or 억 when it reaches one ("1.2조", "2500억"), otherwise as
 * a whole number ("3천만" is "30000000", "10만" "100000"), as digits elsewhere are read.
 */
export function koreanAmounts(text: string): string {
  // `trailing` is the plain number that may end the amount (the 5000 of "2만5000명"), `digits` its digits.
  return text.replace(AMOUNT, (amount: string, trailing: string | undefined, digits: string | undefined) => {
    const read = valueOf(trailing ? amount.slice(0, amount.length - trailing.length) : amount);
    if (read === null) return amount;
    let { value } = read;
    let tail = trailing ?? '';
    if (digits !== undefined) {
      // Joined on, a number below the last unit counts on ("2만5000명", "1천509명", "1만500명");
      // spaced, only one of that unit's size ("1만 5,000명"): "1조 2차", "5조 3개월" are the next
      // word's number. Joined and not below ("3천5000"), the whole is left as written.
      const rest = BigInt(digits.replace(',', ''));
      const spaced = /^\s/u.test(tail);
      if (rest < read.lastUnit && (!spaced || rest * 10n >= read.lastUnit)) {
        value += rest * SCALE;
        tail = '';
      } else if (!spaced) return amount;
    }
    for (const unit of ['조', '억'] as const) {
      if (value >= UNIT_VALUE[unit]! * SCALE) return `${inUnit(value, UNIT_VALUE[unit]!)}${unit}${tail}`;
    }
    return `${inUnit(value, 1n)}${tail}`;
  });
}
