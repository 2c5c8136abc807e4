import type { DateComparison, PageMetadata } from '../types.js';

// The calendar arithmetic is shared with extract/ (which days exist): one module for both.
export { dateSpan, daysApart } from '../calendar.js';
import { daysApart } from '../calendar.js';

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value);
}

/**
 * The page's date is its calendar date in its own time zone (see extract/). A UTC timestamp may
 * fall on the day before an Asian outlet's printed date; the tolerance (1 day by default) absorbs it.
 */
export function compareDate(expected: string | undefined, page: PageMetadata | null, toleranceDays: number): DateComparison {
  const found = page?.date.value ?? null;
  const comparison: DateComparison = {
    expected: expected ?? null,
    found,
    source: page?.date.source ?? null,
    kind: page?.date.kind ?? null,
    deltaDays: null,
    match: null,
  };
  if (!expected || !found) return comparison;
  const delta = daysApart(expected, found);
  if (delta === null) return comparison;
  comparison.deltaDays = delta;
  // A coarse date ("2022", "2024-11") is compared at its own precision: the tolerance is in days
  // and applies only when both dates name a day.
  const bothDays = isDay(expected) && isDay(found);
  comparison.match = bothDays ? delta <= toleranceDays : delta === 0;
  return comparison;
}
