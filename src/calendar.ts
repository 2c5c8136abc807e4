// The calendar, once, for every stage: which days exist, and a printed date (`YYYY`, `YYYY-MM`,
// `YYYY-MM-DD`) as the span of days it names. Pure arithmetic on the proleptic Gregorian calendar
// in UTC milliseconds, so no time zone of the machine running citecheck can shift a day.

/** Days in a month (1..12) of a year: leap years by the Gregorian rule. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the year, month (1..12) and day name a day that exists (2024-02-29 does, 2023-02-29 does not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export const DAY_MS = 86_400_000;

/**
 * A date as printed is a span of days. Comparing spans lets a recorded "2022" match a page's
 * 2022-12-30 at the year's own precision, with no special cases.
 */
export function dateSpan(value: string): { first: number; last: number } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3] !== undefined) {
    const day = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
    return { first: day, last: day };
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]) - 1;
    return { first: Date.UTC(year, month, 1), last: Date.UTC(year, month + 1, 0) };
  }
  return { first: Date.UTC(year, 0, 1), last: Date.UTC(year, 11, 31) };
}

/** Whole days between two printed dates' spans; 0 when they overlap; null when one is not a date. */
export function daysApart(a: string, b: string): number | null {
  const spanA = dateSpan(a);
  const spanB = dateSpan(b);
  if (!spanA || !spanB) return null;
  if (spanA.last < spanB.first) return Math.round((spanB.first - spanA.last) / DAY_MS);
  if (spanB.last < spanA.first) return Math.round((spanA.first - spanB.last) / DAY_MS);
  return 0;
}

/** True when the whole of printed date `a` falls before `b` begins ("2024-11" before "2024-12-01"). */
export function endsBefore(a: string, b: string): boolean {
  const spanA = dateSpan(a);
  const spanB = dateSpan(b);
  return spanA !== null && spanB !== null && spanA.last < spanB.first;
}

/** The day `delta` days from `day` (YYYY-MM-DD). */
export function shiftDay(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYYMMDD` of the UTC day of `ms`, as web archives write timestamps. */
export function compactDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}
