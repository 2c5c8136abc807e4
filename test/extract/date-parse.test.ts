import { describe, expect, it } from 'vitest';
import { parseMachineDate, parseTextDates } from '../../src/extract/date-parse.js';

const day = (text: string, dayFirst = true) => parseTextDates(text, dayFirst).map((d) => d.value);

describe('parseTextDates', () => {
  it.each([
    ['Posted : 2024-11-20 16:37', '2024-11-20'],
    ['Published: 04 Nov. 2024, 17:09', '2024-11-04'],
    ['Published : Nov. 6, 2024 - 09:44', '2024-11-06'],
    ['November 13, 2024 07:57pm', '2024-11-13'],
    ['Date: 20/06/2024 | Source: KCNA.kp (En)', '2024-06-20'],
    ['2024년 11월 20일 오후 4:37', '2024-11-20'],
    ['입력 2024.11.20 16:37', '2024-11-20'],
    ['2024年11月20日', '2024-11-20'],
    ['Veröffentlicht am 20. November 2024, 14:05 Uhr', '2024-11-20'],
    ['Publié le 1er novembre 2024 à 10h', '2024-11-01'],
    ['Publicado el 20 de noviembre de 2024', '2024-11-20'],
    ['Опубликовано 20 ноября 2024 г.', '2024-11-20'],
    ['Опубліковано 20 листопада 2024, 10:00', '2024-11-20'],
    ['Yayınlanma: 20 Kasım 2024 10:00', '2024-11-20'],
    ['YAYINLANMA 20 KASIM 2024', '2024-11-20'],
    ['20.11.2024, 10:00', '2024-11-20'],
    ['Posted on 6th of November 2024', '2024-11-06'],
  ])('%s → %s', (text, expected) => {
    expect(day(text)).toEqual([expected]);
  });

  it('reads the Levantine months written in two words (تشرين الثاني, كانون الأول), in place', () => {
    const text = 'تاريخ النشر: 06 تشرين الثاني 2024';
    const [date] = parseTextDates(text, true);
    expect(date?.value).toBe('2024-11-06');
    expect(text.slice(date!.index, date!.end)).toBe('06 تشرين الثاني 2024');
    expect(parseTextDates('15 كانون الأول 2023', true)[0]?.value).toBe('2023-12-15');
    expect(parseTextDates('1 تشرين أول 2024', true)[0]?.value).toBe('2024-10-01');
  });

  it('keeps the time as stated, with am/pm and 오후 resolved', () => {
    expect(parseTextDates('November 13, 2024 07:57pm', true)[0]?.datetime).toBe('2024-11-13T19:57:00');
    expect(parseTextDates('2024년 11월 20일 오후 4:37', true)[0]?.datetime).toBe('2024-11-20T16:37:00');
  });

  it('finds both dates of a "Posted / Updated" line, in order', () => {
    expect(day('Posted : 2017-12-08 14:43 / Updated : 2017-12-10 17:28')).toEqual(['2017-12-08', '2017-12-10']);
  });

  it('reads ambiguous numeric dates day-first unless told otherwise, and unambiguous ones either way', () => {
    expect(day('05/06/2024')).toEqual(['2024-06-05']);
    expect(day('05/06/2024', false)).toEqual(['2024-05-06']);
    expect(day('12/25/2024')).toEqual(['2024-12-25']);
  });

  it('reads a numeric date month first when a North American time zone follows its time, if the locale leaves it open', () => {
    const read = (text: string, zoneDecides = true) => parseTextDates(text, true, false, zoneDecides).map((d) => d.value);
    expect(read('10/04/2016 05:07 AM EDT')).toEqual(['2016-10-04']);
    expect(read('10/11/2022 08:00 AM ET')).toEqual(['2022-10-11']);
    // Still ambiguous: Mexico writes the day first and its time zones CST and PST.
    expect(parseTextDates('10/04/2016 05:07 AM EDT', true, false, true)[0]?.ambiguous).toBe(true);
    // Not where the locale settled it, not a European zone, nor a zone without a time.
    expect(read('05/11/2024 14:30 CST', false)).toEqual(['2024-11-05']);
    // Nor PST, CST or MST, which are also Pakistan's, the Philippines', China's and Malaysia's.
    expect(read('05/11/2024 10:30 PM PST')).toEqual(['2024-11-05']);
    expect(read('05/11/2024 14:30 CST')).toEqual(['2024-11-05']);
    expect(read('10/04/2016 05:07 CET')).toEqual(['2016-04-10']);
    expect(read('10/04/2016 EDT')).toEqual(['2016-04-10']);
  });

  it('rejects impossible days and text without a full date', () => {
    expect(day('2024-02-30')).toEqual([]);
    expect(day('© 2024 The Korea Times')).toEqual([]);
    expect(day('Call 1234 5678')).toEqual([]);
  });
});

describe('parseTextDates with two-digit years (shortYears: the language writes dotted dates day first)', () => {
  const short = (text: string) => parseTextDates(text, true, true).map((d) => d.datetime ?? d.value);

  it('reads a byline\'s day.month.year with its time', () => {
    expect(short('Do 25.04.24 | 14:07 Uhr | Von Eva Muster')).toEqual(['2024-04-25T14:07:00']);
    expect(short('Stand: 05.08.24 12:47')).toEqual(['2024-08-05T12:47:00']);
    expect(short('25.04.24 14:07 Uhr und 2024 Leser')).toEqual(['2024-04-25T14:07:00']);
    expect(short('Stand: 31.12.99 23:59')).toEqual(['1999-12-31T23:59:00']);
  });

  it('not without the time, not where the language is not one that writes them, and not a four-digit year twice', () => {
    expect(short('Version 1.10.24 ist da')).toEqual([]);
    expect(parseTextDates('24.04.25 10:00', true, false)).toEqual([]);
    expect(short('25.04.2024 14:07')).toEqual(['2024-04-25T14:07:00']);
    expect(short('31.02.24 10:00')).toEqual([]);
  });
});

describe('parseMachineDate', () => {
  it('keeps the calendar day of an offset timestamp (no UTC conversion)', () => {
    const d = parseMachineDate('2024-11-20T08:37:00+09:00');
    expect(d).toMatchObject({ value: '2024-11-20', datetime: '2024-11-20T08:37:00+09:00', zone: 'offset', offsetMinutes: 540 });
    expect(d?.instant).toBe(Date.parse('2024-11-19T23:37:00Z'));
  });

  it('keeps an offset-less timestamp as stated and a Z timestamp on its UTC day', () => {
    expect(parseMachineDate('2024-09-03T04:03:19')).toMatchObject({ value: '2024-09-03', zone: 'none', instant: null });
    expect(parseMachineDate('2024-11-01T12:17:03Z')).toMatchObject({ value: '2024-11-01', zone: 'utc' });
  });

  it('reads RFC 2822, compact, epoch, year-only and year-month forms', () => {
    expect(parseMachineDate('Wed, 20 Nov 2024 07:37:00 GMT')).toMatchObject({ value: '2024-11-20', datetime: '2024-11-20T07:37:00Z' });
    expect(parseMachineDate('20241103')?.value).toBe('2024-11-03');
    expect(parseMachineDate('20241120163700')?.datetime).toBe('2024-11-20T16:37:00');
    expect(parseMachineDate('1732000000')?.value).toBe('2024-11-19');
    expect(parseMachineDate('2022')?.value).toBe('2022');
    expect(parseMachineDate('2024-11')?.value).toBe('2024-11');
    expect(parseMachineDate('2024-11-20T16:37:00.000+0900')?.datetime).toBe('2024-11-20T16:37:00+09:00');
  });

  it('returns null for nonsense', () => {
    expect(parseMachineDate('yesterday')).toBeNull();
    expect(parseMachineDate('2024-13-01')).toBeNull();
    expect(parseMachineDate('')).toBeNull();
  });
});
