import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePrintedDate } from '../../src/sources/dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('parsePrintedDate', () => {
  it.each([
    ['20 November 2024', '2024-11-20'],
    ['November 20, 2024', '2024-11-20'],
    ['December 05, 2024', '2024-12-05'],
    ['3rd Nov. 2024', '2024-11-03'],
    ['November 2024', '2024-11'],
    ['Sept 2023', '2023-09'],
    ['2022', '2022'],
    ['2024-06-20', '2024-06-20'],
  ])('%s → %s', (printed, iso) => {
    expect(parsePrintedDate(printed)).toBe(iso);
  });

  it.each(['30 February 2024', '2024-02-30', 'Vol. 31', 'No. 2', 'pp. 31–59', 'KCNA', '32 May 2024', 'Smarch 2024'])(
    'rejects %s',
    (text) => {
      expect(parsePrintedDate(text)).toBeNull();
    },
  );

  it('reads every real day in both printed orders, and refuses days past the month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
        expect(parsePrintedDate(`${day} ${MONTHS[month]} ${year}`)).toBe(iso);
        expect(parsePrintedDate(`${MONTHS[month]} ${String(day).padStart(2, '0')}, ${year}`)).toBe(iso);
        expect(parsePrintedDate(`${MONTHS[month]!.slice(0, 3)}. ${year}`)).toBe(iso.slice(0, 7));
        expect(isCalendarDate(iso)).toBe(true);
        const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        expect(parsePrintedDate(`${lastDay + 1} ${MONTHS[month]} ${year}`)).toBeNull();
      }),
    );
  });
});
