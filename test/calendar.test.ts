// One calendar for every stage (issue 9.9): which days exist, and a printed date as a span of days.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dateSpan, daysApart, daysInMonth, isCalendarDay } from '../src/calendar.js';
import { parseMachineDate } from '../src/extract/date-parse.js';

describe('src/calendar.ts', () => {
  it('knows which days exist, leap years by the Gregorian rule', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 11)]).toEqual([29, 28, 28, 29, 30]);
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    for (const [y, m, d] of [[2023, 2, 29], [2024, 4, 31], [2024, 13, 1], [2024, 0, 1], [2024, 1, 0]] as const) expect(isCalendarDay(y, m, d)).toBe(false);
  });

  it('reads a printed date as the span of days it names', () => {
    expect(daysApart('2022', '2022-12-30')).toBe(0);
    expect(daysApart('2024-11', '2024-12-02')).toBe(2);
    expect(daysApart('2024-11-20', '2024-11-23')).toBe(3);
    expect(dateSpan('not a date')).toBeNull();
  });

  it('is what extract/ uses to refuse a day that does not exist', () => {
    expect(parseMachineDate('2023-02-29')).toBeNull();
    expect(parseMachineDate('2024-02-29')?.value).toBe('2024-02-29');
  });

  it('is the only calendar in extract/ and verify/: no month-length table or Date.UTC arithmetic of their own', () => {
    for (const folder of ['extract', 'verify']) {
      const dir = fileURLToPath(new URL(`../src/${folder}/`, import.meta.url));
      for (const name of readdirSync(dir)) {
        const text = readFileSync(`${dir}${name}`, 'utf8');
        expect(text, `${folder}/${name}`).not.toMatch(/DAYS_IN_MONTH|Date\.UTC\(|year % 400/);
      }
    }
  });
});
