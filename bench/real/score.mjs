// Figures from the check reports and the inspect output, per corpus × split and overall.
import { EXPECT, VARIANTS } from './variants.mjs';
import { foldHeadline } from './typography.mjs';
import { compareTitle } from '../../dist/verify/index.js';

/** The groups figures are given for, as [name, predicate on an entry]. */
export const GROUPS = [
  ['fundus dev', (e) => e.corpus === 'fundus' && e.split === 'dev'],
  ['fundus blind', (e) => e.corpus === 'fundus' && e.split === 'blind'],
  ['mercury dev', (e) => e.corpus === 'mercury' && e.split === 'dev'],
  ['mercury blind', (e) => e.corpus === 'mercury' && e.split === 'blind'],
  ['dev', (e) => e.split === 'dev'],
  ['blind', (e) => e.split === 'blind'],
  ['all', () => true],
];

const isVerified = (verdict) => verdict === 'verified' || verdict === 'moved';

/**
 * Why a citation missed, as a short category: for true citations (a, b) the false alarm's
 * verdict, date-mismatch meaning "a wrong date was read"; for d, "no date was read" when it was
 * verified with nothing found, "wrong date read" when a date was found and matched the shifted one.
 */
export function missCategory(variant, result) {
  const verdict = result?.verdict ?? 'no result';
  if ((variant === 'a' || variant === 'b') && verdict === 'date-mismatch') return 'date-mismatch (a wrong date was read)';
  if (variant === 'd45' || variant === 'd3') {
    if (isVerified(verdict)) return result.date?.found ? `${verdict}: a wrong date was read` : `${verdict}: no date was read`;
  }
  return verdict;
}

/** One outcome per citation: { variant, entry, result, ok, category }. */
export function checkOutcomes(citationsByVariant, reportsByVariant) {
  const outcomes = [];
  for (const variant of VARIANTS) {
    const byId = new Map((reportsByVariant[variant]?.results ?? []).map((result) => [result.id, result]));
    for (const citation of citationsByVariant[variant]) {
      const result = byId.get(citation.entry.id) ?? null;
      const ok = Boolean(result) && EXPECT[variant].want.includes(result.verdict);
      outcomes.push({ variant, citation, entry: citation.entry, result, ok, category: ok ? null : missCategory(variant, result) });
    }
  }
  return outcomes;
}

/** Whether inspect read the labelled day (±1 for utc-instant labels) and headline. */
export function inspectOutcome(entry, found) {
  const value = found?.date?.value ?? null;
  let dayOk = null;
  if (entry.day) {
    const tolerance = entry.datePrecision === 'utc-instant' ? 1 : 0;
    dayOk = value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value)
      && Math.abs(Date.parse(`${value}T00:00:00Z`) - Date.parse(`${entry.day}T00:00:00Z`)) <= tolerance * 86_400_000;
  }
  const titleOk = entry.title ? foldHeadline(found?.title?.value) === foldHeadline(entry.title) : null;
  // The same headline, told as a citation is: the label cited against inspect's one headline
  // (a kicker, a site tail or a cut the label and the page do not share still counts).
  const headline = found?.title?.value ?? null;
  const sameHeadline = entry.title
    ? headline !== null && compareTitle(entry.title, { title: { value: headline, source: 'inspect', candidates: [{ value: headline, source: 'inspect', strong: true }] } }, 0.85).match === true
    : null;
  return { entry, found, dayOk, titleOk, sameHeadline };
}

const share = (ok, total) => ({ ok, total, pct: total ? (100 * ok) / total : null });

const countBy = (items, key) => {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
};

/** Figures for one group of entries: per variant the share expected and the misses by category; inspect accuracy. */
export function figures(outcomes, inspected, keep) {
  const out = {};
  for (const variant of VARIANTS) {
    const mine = outcomes.filter((o) => o.variant === variant && keep(o.entry));
    const misses = mine.filter((o) => !o.ok);
    out[variant] = { ...share(mine.length - misses.length, mine.length), misses: countBy(misses, (o) => o.category) };
  }
  const dated = inspected.filter((o) => keep(o.entry) && o.dayOk !== null);
  const titled = inspected.filter((o) => keep(o.entry) && o.titleOk !== null);
  out.inspectDay = share(dated.filter((o) => o.dayOk).length, dated.length);
  out.inspectTitle = share(titled.filter((o) => o.titleOk).length, titled.length);
  out.inspectSameHeadline = share(titled.filter((o) => o.sameHeadline).length, titled.length);
  return out;
}
