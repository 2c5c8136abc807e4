// Dates as outlets print them ("20 November 2024", "November 20, 2024", "Nov. 2024", "2022")
// turned into the sources file's `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, keeping the printed precision:
// a footnote that gives only a month must not gain a day.
import { isCalendarDay } from '../calendar.js';
import { monthNumber } from '../months.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the calendar check is separate (see isCalendarDate). */
export const PRINTED_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` strings naming a real day (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!PRINTED_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined) return true;
  return isCalendarDay(year!, month!, day);
}

export function formatPrintedDate(year: number, month?: number, day?: number): string | null {
  const parts = [String(year).padStart(4, '0')];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, '0'));
  const iso = parts.join('-');
  return isCalendarDate(iso) ? iso : null;
}

const MONTH = String.raw`([A-Za-z]{3,9}\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`);
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+${YEAR}$`);
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads one printed date; null when the text is not exactly a date. */
export function parsePrintedDate(text: string): string | null {
  const value = text.trim();
  let match = DAY_MONTH_YEAR.exec(value);
  if (match) return fromParts(match[3], match[2], match[1]);
  match = MONTH_DAY_YEAR.exec(value);
  if (match) return fromParts(match[3], match[1], match[2]);
  match = MONTH_YEAR.exec(value);
  if (match) return fromParts(match[2], match[1]);
  match = ISO.exec(value);
  if (match) return isCalendarDate(value) ? value : null;
  return null;
}

function fromParts(year: string | undefined, monthWord: string | undefined, day?: string): string | null {
  const month = monthWord === undefined ? undefined : monthNumber(monthWord) ?? undefined;
  if (year === undefined || month === undefined) return null;
  return formatPrintedDate(Number(year), month, day === undefined ? undefined : Number(day));
}
