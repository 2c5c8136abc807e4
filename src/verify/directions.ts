// Words a headline turns around by swapping one for another of a family, which one-word pairs
// cannot list: any rising verb for any falling one ("approval rating rises to 19%" / "drops to
// 19%"), one period for another ("next week" / "next month"), and Korean opposites inside words
// that carry their particles ("흑자로" / "적자로").

const UP = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'jump', 'jumps', 'jumped', 'surge', 'surges', 'surged', 'soar', 'soars', 'soared',
  'climb', 'climbs', 'climbed', 'rebound', 'rebounds', 'rebounded', 'grow', 'grows', 'grew', 'expand', 'expands', 'expanded',
  'increase', 'increases', 'increased', 'gain', 'gains', 'gained', 'rally', 'rallies', 'rallied', 'spike', 'spikes', 'spiked',
  'up', 'higher',
]);
const DOWN = new Set([
  'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'plunge', 'plunges', 'plunged', 'slide', 'slides',
  'slid', 'slip', 'slips', 'slipped', 'decline', 'declines', 'declined', 'sink', 'sinks', 'sank', 'tumble', 'tumbles', 'tumbled',
  'shrink', 'shrinks', 'shrank', 'contract', 'contracts', 'contracted', 'decrease', 'decreases', 'decreased', 'dip', 'dips', 'dipped',
  'slump', 'slumps', 'slumped', 'plummet', 'plummets', 'plummeted', 'down', 'lower',
]);

/**
 * The directions a headline's movement words take, counted. Two headlines with as many of them
 * that differ in one say something else; with more on one side, a clause was left out, which this
 * does not judge. Counted, not in order: clauses trade places ("Oil rises, stocks fall" / "Stocks
 * fall, oil rises"), and one that moves the other way with its clause is caught as words traded
 * across it (rolesSwapped).
 */
export function directionsDiffer(a: readonly string[], b: readonly string[]): boolean {
  const directions = (words: readonly string[]) => words.flatMap((word) => (UP.has(word) ? ['up'] : DOWN.has(word) ? ['down'] : [])).sort();
  const x = directions(a);
  const y = directions(b);
  return x.length > 0 && x.length === y.length && x.join(' ') !== y.join(' ');
}

/** Openers of a period, each in one form: "the past week" is "the last week", "coming" "next". */
const PERIOD_OPENERS = new Map([['this', 'this'], ['next', 'next'], ['coming', 'next'], ['last', 'last'], ['past', 'last'], ['previous', 'last']]);
/** Openers of a rate ("$10 billion a month"): "a" only after an amount, or "in a decade" would be one. */
const RATE_OPENERS = new Set(['a', 'per', 'each']);
const PERIODS = new Set(['day', 'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'season']);

/**
 * "next week" is not "next month", nor "$10 billion a month" "a year": when both sides name a
 * period, they must name the same ones.
 */
export function periodsDiffer(a: readonly string[], b: readonly string[]): boolean {
  const periods = (words: readonly string[]) =>
    words.flatMap((word, i) => {
      if (i === 0 || !PERIODS.has(word)) return [];
      const before = words[i - 1]!;
      // "a year", "per year", "each year" are one rate, after an amount ("a" elsewhere is no rate).
      const rate = RATE_OPENERS.has(before) && (before !== 'a' || /\d/.test(words[i - 2] ?? ''));
      const opener = rate ? 'a' : PERIOD_OPENERS.get(before);
      if (!opener) return [];
      // "week-end" is "weekend".
      return [`${opener} ${word === 'week' && words[i + 1] === 'end' ? 'weekend' : word}`];
    }).sort().join('|');
  const x = periods(a);
  const y = periods(b);
  return x !== '' && y !== '' && x !== y;
}

/** A hangul syllable: a word with one is Korean. */
export const HANGUL_SYLLABLE = /[\uac00-\ud7af]/u;

/** Korean opposites, read both ways. */
const KOREAN_OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['상승', '하락'], ['증가', '감소'], ['인상', '인하'], ['확대', '축소'], ['급등', '급락'], ['최고', '최저'], ['가결', '부결'],
  ['인용', '기각'], ['발부', '기각'], ['유죄', '무죄'], ['수출', '수입'], ['흑자', '적자'], ['승리', '패배'], ['당선', '낙선'],
  ['상향', '하향'], ['찬성', '반대'], ['허용', '금지'], ['인정', '부인'], ['북한', '남한'], ['대북', '대남'], ['강세', '약세'],
  ['매수', '매도'], ['개선', '악화'], ['완화', '강화'], ['호재', '악재'],
];

/**
 * A word on one side that is a word on the other with one Korean opposite put for the other, the
 * rest (its particles) the same: "흑자로" for "적자로", "최고치" for "최저치".
 */
export function koreanOppositeSwapped(a: readonly string[], b: readonly string[]): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  const onlyA = a.filter((word) => !inB.has(word) && HANGUL_SYLLABLE.test(word));
  const onlyB = b.filter((word) => !inA.has(word) && HANGUL_SYLLABLE.test(word));
  if (onlyA.length === 0 || onlyB.length === 0) return false;
  const swaps = (x: string, y: string) =>
    KOREAN_OPPOSITES.some(([p, q]) => (x.includes(p) && x.replace(p, q) === y) || (x.includes(q) && x.replace(q, p) === y));
  return onlyA.some((x) => onlyB.some((y) => swaps(x, y)));
}
