// Dates printed in the calendars that national outlets still use for their own datelines: the
// Thai solar calendar (Buddhist era: 2567 = 2024), Taiwan's Minguo years (民國113年 = 2024), the
// Iranian/Afghan solar hijri calendar (۱۵ آبان ۱۴۰۳ = 2024-11-05) and North Korea's Juche years
// (Juche113(2024).11.5.). Each reading gives the Gregorian day, so every later rule compares one
// calendar.
import { DAY_MS, dateSpan } from '../calendar.js';

/** A date found in another calendar, already on the Gregorian one. */
export interface CalendarMatch {
  year: number;
  month: number;
  day: number;
  /** The match, for its position and the time that may follow the date. */
  match: RegExpExecArray;
  /** The first of the time's groups in `match`. */
  timeGroup: number;
}

/** Thai month names, full and as bylines abbreviate them ("5 พ.ย. 2567"). */
const THAI_MONTHS = [
  ['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'], ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.'],
];
const thaiMonth = new Map(THAI_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/**
 * Solar hijri months: the Iranian names, and the Afghan (Dari) zodiac names of the same months.
 * Written with Persian yeh and kaf; the text is read with Arabic ي/ك folded to them.
 */
const SOLAR_HIJRI_MONTHS = [
  ['فروردین', 'حمل'], ['اردیبهشت', 'ثور'], ['خرداد', 'جوزا'], ['تیر', 'سرطان'], ['مرداد', 'امرداد', 'اسد'],
  ['شهریور', 'سنبله'], ['مهر', 'میزان'], ['آبان', 'عقرب'], ['آذر', 'قوس'], ['دی', 'جدی'], ['بهمن', 'دلو'], ['اسفند', 'حوت'],
];
const solarHijriMonth = new Map(SOLAR_HIJRI_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

function alternation(names: Iterable<string>): string {
  // Longest first, so that "امرداد" is not read as a shorter name inside it.
  return [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, '\\.')).join('|');
}

/**
 * "هـ" (or "هـ.ق", "ق") after a date marks the lunar hijri calendar, whose years the solar ones
 * overlap in number ("1403/5/12هـ" is 1983): "ه‍.ش" marks the solar one, which is read.
 */
const LUNAR_MARK = String.raw`\s*(?:ه\u200d?ـ?\s*\.?\s*ق|ق(?![\u0600-\u06ff])|هـ(?!\s*\.?\s*ش))`;

/**
 * Labels of a date ("發布日期", "更新時間"): before a Minguo date written in numbers only, or in the
 * table cell before one.
 */
export const MINGUO_DATE_LABELS = '日期|時間|时间|發布|發佈|发布|更新';
const MINGUO_LABELS = `${MINGUO_DATE_LABELS}|民國|民国`;
const MINGUO_LABEL = new RegExp(MINGUO_LABELS);

/**
 * After the date, an optional time as TIME_AFTER in date-parse.ts reads it; passed in so both
 * modules read times one way.
 */
export function calendarPatterns(timeAfter: string): { thai: RegExp; minguo: RegExp; minguoNumeric: RegExp; solarHijri: RegExp; juche: RegExp } {
  return {
    // "Juche113(2024).11.5.", "주체113(2024)년 11월 5일", "Juche 113.11.5": Juche 1 is 1912.
    juche: new RegExp(String.raw`(?:Juche|주체)\s*(\d{2,3})(?:\s*\((\d{4})\))?\s*[.년]\s*(\d{1,2})\s*[.월]\s*(\d{1,2})(?!\d)` + timeAfter, 'gi'),
    // "5 พฤศจิกายน 2567", "5 พ.ย. 67", "5 พ.ย. พ.ศ. 2567": the day, the month, the year (four
    // digits, or the two last of the Buddhist-era year, never a time's hour: "5 พ.ย. 14:30 น.").
    thai: new RegExp(String.raw`(?<!\d)(\d{1,2})\s*(${alternation(thaiMonth.keys())})\s*(?:พ\.ศ\.\s*)?(\d{4}|\d{2}(?![:.]\d))(?!\d)` + timeAfter, 'g'),
    // "民國113年11月5日", "113年11月5日": a three-digit year is no Gregorian one; a shorter year
    // only after 民國 (a bare "13年" may be a Japanese era year with its name left off).
    minguo: new RegExp(String.raw`(?:(?:民國|民国)\s*(\d{1,3})|(?<![\d年])(1\d{2}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日` + timeAfter, 'g'),
    // Taiwan's official pages: "發布日期：113-11-05", "民國 113/11/05". Numbers alone, so only
    // right after such a label: elsewhere "113-11-05" may be a code or a phone number.
    minguoNumeric: new RegExp(String.raw`(?<=(?:${MINGUO_LABELS})\s*[：:]?\s*)(1[0-4]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])` + timeAfter, 'g'),
    // "۱۵ آبان ۱۴۰۳" (digits already ASCII), "15 آبان ماه 1403", and "1403/08/15" with a year no
    // lunar hijri date of the web's years has (those run 1420 on).
    solarHijri: new RegExp(String.raw`(?<!\d)(?:(\d{1,2})\s*(${alternation(solarHijriMonth.keys())})[\s\u200c]*(?:ماه\s*)?(1[34]\d{2})|(1[34]0\d)/(\d{1,2})/(\d{1,2}))(?![\d/])(?!${LUNAR_MARK})` + timeAfter, 'g'),
  };
}

/** Whether `text` may hold a date of one of these calendars (cheap test before the patterns). */
export function mayHoldCalendarDate(text: string): boolean {
  return /[\u0e01-\u0e2e]|民[國国]|\d{3}\s*年|[\u0600-\u06ff]|1[34]0\d\/|juche|주체|[期間间布佈新][：:]?\s*1[0-4]\d[-/.]/i.test(text);
}

export function calendarDates(text: string, patterns: ReturnType<typeof calendarPatterns>): CalendarMatch[] {
  const found: CalendarMatch[] = [];
  const add = (match: RegExpExecArray, day: { year: number; month: number; day: number } | null, timeGroup: number): void => {
    if (day) found.push({ ...day, match, timeGroup });
  };
  if (/juche|주체/i.test(text)) {
    for (const m of text.matchAll(patterns.juche)) add(m, { year: m[2] ? +m[2] : +m[1]! + 1911, month: +m[3]!, day: +m[4]! }, 5);
  }
  if (/[\u0e01-\u0e2e]/.test(text)) {
    for (const m of text.matchAll(patterns.thai)) add(m, thaiDay(+m[1]!, m[2]!, m[3]!), 4);
  }
  if (text.includes('年')) {
    // Japanese never counts Minguo years: there "110年" is a count ("開校110年", the school's 110th).
    const japanese = /[\u3040-\u30ff]/u.test(text);
    for (const m of text.matchAll(patterns.minguo)) {
      if (m[1] === undefined && japanese) continue;
      add(m, { year: +(m[1] ?? m[2])! + 1911, month: +m[3]!, day: +m[4]! }, 5);
    }
  }
  if (MINGUO_LABEL.test(text)) {
    for (const m of text.matchAll(patterns.minguoNumeric)) add(m, { year: +m[1]! + 1911, month: +m[3]!, day: +m[4]! }, 5);
  }
  if (/[\u0600-\u06ff]|1[34]0\d\//.test(text)) {
    // Arabic yeh and kaf, as some Persian pages type them, to the Persian letters (same length).
    const folded = text.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    for (const m of folded.matchAll(patterns.solarHijri)) {
      const named = m[2] !== undefined;
      add(m, solarHijriToGregorian(named ? +m[3]! : +m[4]!, named ? solarHijriMonth.get(m[2]!)! : +m[5]!, named ? +m[1]! : +m[6]!), 7);
    }
  }
  return found;
}


function thaiDay(day: number, monthName: string, yearText: string): { year: number; month: number; day: number } | null {
  const month = thaiMonth.get(monthName);
  if (!month) return null;
  let year = +yearText;
  // Two digits are the Buddhist-era year's last two ("67" = 2567); four may be either era.
  if (yearText.length === 2) year += 2500;
  if (year > 2400) year -= 543;
  return { year, month, day };
}

/** Days from the first of Farvardin to the first of `month` (six months of 31 days, then 30). */
function dayOfYear(month: number, day: number): number {
  return (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
}

let persianFormat: Intl.DateTimeFormat | null | undefined;

function persianParts(ms: number): { year: number; month: number; day: number } | null {
  if (persianFormat === undefined) {
    try {
      persianFormat = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (persianFormat.resolvedOptions().calendar !== 'persian') persianFormat = null;
    } catch {
      persianFormat = null;
    }
  }
  if (!persianFormat) return null;
  const parts = Object.fromEntries(persianFormat.formatToParts(ms).map((part) => [part.type, part.value]));
  return { year: parseInt(parts.year!, 10), month: +parts.month!, day: +parts.day! };
}

/**
 * The Gregorian day of a solar hijri date, by the calendar ICU carries (the new year follows the
 * equinox, which no short formula gets right every year): find which of 19-22 March is the first of
 * Farvardin, count the days on, and read the result back to be sure the day exists (Esfand 30 does
 * only in leap years).
 */
export function solarHijriToGregorian(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  for (let march = 19; march <= 22; march++) {
    const newYear = dateSpan(`${year + 621}-03-${march}`)!.first;
    const read = persianParts(newYear);
    if (!read) return null;
    if (read.year !== year || read.month !== 1 || read.day !== 1) continue;
    const ms = newYear + dayOfYear(month, day) * DAY_MS;
    const back = persianParts(ms);
    if (!back || back.year !== year || back.month !== month || back.day !== day) return null;
    const date = new Date(ms);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return null;
}
