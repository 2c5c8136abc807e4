import type { DateCandidate, DateComparison, PageMetadata } from '../types.js';

// The calendar arithmetic is shared with extract/ (which days exist): one module for both.
import { daysApart, endsBefore } from '../calendar.js';
import { savedBeforePublication } from '../draft-dates.js';

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value);
}

/**
 * The page's date is its calendar date in its own time zone (see extract/). A UTC timestamp may
 * fall on the day before an Asian outlet's printed date; the tolerance (1 day by default) absorbs it.
 *
 * The citation is held to all of the page's own publication evidence, not one guess: it matches
 * when it agrees with the chosen date or any other strong publication candidate (a page may print
 * its day and carry another in its metadata), or else with a modified date (`kind: modified`) that
 * is not before every publication date. It is a mismatch only when the page states a publication
 * date and none of it agrees.
 */
export function compareDate(expected: string | undefined, page: PageMetadata | null, toleranceDays: number): DateComparison {
  const found = page?.date.value ?? null;
  const candidates = page?.date.candidates ?? [];
  const comparison: DateComparison = {
    expected: expected ?? null,
    found,
    source: page?.date.source ?? null,
    kind: page?.date.kind ?? null,
    deltaDays: null,
    match: null,
  };
  if (candidates.length > 0) comparison.candidates = candidates;
  if (!expected || !found) return comparison;
  if (onlyListDates(page!, candidates)) return comparison;
  // A year or month ("citation_publication_date: 2024") agrees with every day in it: when the page
  // also states its day, a cited day is held to that day, not to the year around it.
  const isPublication = (c: DateCandidate) => c.kind === 'published' || c.kind === 'visible-text';
  const statedDay = isDay(expected) ? candidates.find((c) => c.strong && isPublication(c) && isDay(c.value)) : undefined;
  if (statedDay && !isDay(found)) Object.assign(comparison, { found: statedDay.value, source: statedDay.source, kind: statedDay.kind });
  const precise = (c: DateCandidate) => !statedDay || isDay(c.value);
  const chosen = candidates.find((c) => c.value === comparison.found && c.source === comparison.source);
  const delta = agreement(expected, comparison.found!, toleranceDays, isUtcInstant(chosen?.datetime));
  if (delta === null) return comparison;
  comparison.deltaDays = delta.days;
  if (delta.match) {
    comparison.match = true;
    return comparison;
  }

  const agreeing = firstAgreeing(candidates, expected, toleranceDays, (c) => isPublication(c) && precise(c))
    ?? firstAgreeing(candidates, expected, toleranceDays, (c) => c.kind === 'modified' && precise(c) && !savedBeforePublication(c, candidates));
  if (agreeing) {
    const { candidate, days } = agreeing;
    return Object.assign(comparison, { found: candidate.value, source: candidate.source, kind: candidate.kind, deltaDays: days, match: true });
  }
  // A page that shows only when it was last changed says nothing against an earlier publication
  // date: only a cited date after that change contradicts it.
  if (comparison.kind === 'modified' && endsBefore(expected, comparison.found!)) {
    comparison.deltaDays = null;
    return comparison;
  }
  comparison.match = false;
  return comparison;
}

/** Distinct days a run of weak dates outside the article needs to read as a list of other stories. */
const LIST_DAYS = 3;

/**
 * The page's only dates are weak ones outside its article, on several days: a "You may also like"
 * rail or a list of other posts, one date per card, which the page fell back on. Its own day is
 * not among them, so they neither confirm nor contradict a cited date.
 */
function onlyListDates(page: PageMetadata, candidates: readonly DateCandidate[]): boolean {
  const chosen = candidates.find((candidate) => candidate.value === page.date.value && candidate.source === page.date.source);
  if (!chosen || chosen.strong || chosen.where !== 'page') return false;
  if (candidates.some((candidate) => candidate.strong)) return false;
  // The page's own address names the same day (a diary's "/diary/20190211.html" under its dated heading).
  if (candidates.some((candidate) => candidate.where === 'url' && candidate.value === chosen.value)) return false;
  const days = new Set(candidates.filter((candidate) => candidate.where === 'page').map((candidate) => candidate.value));
  return days.size >= LIST_DAYS;
}

/** The first strong candidate `wanted` accepts that agrees with the cited date. */
function firstAgreeing(candidates: readonly DateCandidate[], expected: string, toleranceDays: number, wanted: (candidate: DateCandidate) => boolean): { candidate: DateCandidate; days: number } | null {
  for (const candidate of candidates) {
    if (!candidate.strong || !wanted(candidate)) continue;
    const found = agreement(expected, candidate.value, toleranceDays, isUtcInstant(candidate.datetime));
    if (found?.match) return { candidate, days: found.days };
  }
  return null;
}

/** A timestamp written in UTC: the page's own day may be the one after it, or before. */
function isUtcInstant(datetime: string | null | undefined): boolean {
  return datetime != null && /(?:z|[+-]00:?00)$/i.test(datetime.trim());
}

/**
 * Days between the dates and whether that is within the tolerance, at the coarser date's precision.
 * `foundInUtc`: the found day comes from a UTC timestamp.
 */
function agreement(expected: string, found: string, toleranceDays: number, foundInUtc: boolean): { days: number; match: boolean } | null {
  const days = daysApart(expected, found);
  if (days === null) return null;
  // A coarse date ("2022", "2024-11") is compared at its own precision: the tolerance is in days
  // and applies when both dates name a day — or when the day is a UTC timestamp's, whose local
  // day is the tolerance's very case ("2024-12" for a Seoul page stamped 2024-11-30T23:20Z).
  if (isDay(found) && isDay(expected)) return { days, match: days <= toleranceDays };
  // Across a month's or year's edge, only the one day a time zone can move a UTC instant.
  if (isDay(found) && foundInUtc) return { days, match: days <= Math.min(toleranceDays, 1) };
  return { days, match: days === 0 };
}
