// Reading dates as pages write them: machine timestamps in metadata, and the byline text of many
// languages. A date's calendar day is kept as the page states it: never converted to UTC.
import { asciiDigits } from '../digits.js';
import { isCalendarDay } from '../calendar.js';
import { monthNumber } from '../months.js';
import { calendarDates, calendarPatterns, mayHoldCalendarDate } from './date-calendars.js';

export interface ParsedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the page gives no more. */
  value: string;
  /** The timestamp as stated (ISO-like), when it has a time. */
  datetime: string | null;
  /** 'utc' for Z/GMT, 'offset' for an explicit offset, 'none' for local time as stated. */
  zone: 'utc' | 'offset' | 'none';
  /** The moment in ms when the zone is known. */
  instant: number | null;
  /** Offset in minutes east of UTC when stated. */
  offsetMinutes: number | null;
}

export interface TextDate extends ParsedDate {
  index: number;
  end: number;
  /** 05/06/2024: both day-month and month-day readings are valid, and dayFirst chose. */
  ambiguous?: boolean;
  /** Written with a two-digit year (25.04.24 14:07): trusted only where a byline prints it. */
  shortYear?: boolean;
  /** "10/13/16 12:34PM": a two-digit year between slashes, trusted only as the byline's, unlabelled. */
  slashYear?: boolean;
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
/** Java's and Unix date's default form, which some CMSs print into metas: "Mon Aug 03 12:45:00 EDT 2015". */
const UNIX_DATE = /^(?:[A-Z][a-z]{2}\s+)?([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+([A-Z]{2,5})\s+(\d{4})$/;
/** The abbreviations such dates carry; an unknown one leaves the day as written, without an instant. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  UTC: 'UTC', GMT: 'GMT', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00',
  IST: '+05:30', KST: '+09:00', JST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A machine-written date (meta content, JSON-LD, datetime attribute); null when unreadable.
 * `dayFirst` settles a numeric 05/06/2024 as for text (see parseTextDates).
 */
export function parseMachineDate(raw: string, dayFirst = true): ParsedDate | null {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return validYear(+s) ? plain(s) : null;
  // A year and month, as ISO writes them or as journals' citation_publication_date does ("2025/1").
  const ym = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (ym) return validYear(+ym[1]!) && +ym[2]! >= 1 && +ym[2]! <= 12 ? plain(`${ym[1]}-${ym[2]!.padStart(2, '0')}`) : null;
  if (/^\d{10}(\d{3})?$/.test(s)) return fromInstant(s.length === 10 ? +s * 1000 : +s);
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7]);
  const unix = UNIX_DATE.exec(s);
  const unixMonth = unix ? monthNumber(unix[1]!) : null;
  if (unix && unixMonth) return build(+unix[7]!, unixMonth, +unix[2]!, unix[3], unix[4], unix[5], ZONE_ABBREVIATIONS[unix[6]!]);
  const text = parseTextDates(s, dayFirst)[0];
  if (!text) return null;
  // RFC 2822 ("Wed, 20 Nov 2024 07:37:00 GMT") and friends carry their zone after the time.
  const zone = /\d{1,2}:\d{2}(?::\d{2})?\s*(GMT|UTC|Z|[+-]\d{4})\b/i.exec(s);
  if (zone && text.datetime) {
    const withZone = build(+text.value.slice(0, 4), +text.value.slice(5, 7), +text.value.slice(8, 10),
      text.datetime.slice(11, 13), text.datetime.slice(14, 16), text.datetime.slice(17, 19), zone[1]);
    if (withZone) return withZone;
  }
  const { index: _i, end: _e, ...date } = text;
  return date;
}

function plain(value: string): ParsedDate {
  return { value, datetime: null, zone: 'none', instant: null, offsetMinutes: null };
}

function fromInstant(ms: number): ParsedDate | null {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || !validYear(d.getUTCFullYear())) return null;
  const iso = d.toISOString();
  return { value: iso.slice(0, 10), datetime: iso, zone: 'utc', instant: ms, offsetMinutes: 0 };
}

function build(
  year: number, month: number, day: number,
  hour?: string, minute?: string, second?: string, zone?: string,
): ParsedDate | null {
  if (!validDay(year, month, day)) return null;
  const value = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || +hour > 23 || +minute > 59) return plain(value);
  const time = `${pad(+hour)}:${minute}:${second ? pad(+second) : '00'}`;
  const offsetMinutes = zone ? parseOffset(zone) : null;
  if (offsetMinutes === null) return { value, datetime: `${value}T${time}`, zone: 'none', instant: null, offsetMinutes: null };
  const suffix = offsetMinutes === 0 && /^(z|utc|gmt)$/i.test(zone!) ? 'Z' : formatOffset(offsetMinutes);
  const datetime = `${value}T${time}${suffix}`;
  // "+00:00" is how many CMSs write UTC: treat it as UTC, not as a page in London.
  return { value, datetime, zone: offsetMinutes === 0 ? 'utc' : 'offset', instant: Date.parse(datetime), offsetMinutes };
}

function parseOffset(zone: string): number | null {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// No 'u' flag on these patterns: every character they name is in the BMP, and V8 matches
// case-insensitive non-Unicode patterns several times faster.
const TIME_AFTER = String.raw`(?:[^\d\n]{0,8}?(오[전후]|午[前後]|[上下]午)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?)?`;
/**
 * A time written with a full stop right after a date, as British and Indian bylines print it
 * ("Sat 24 Feb 2024 12.42 CET", "15.26 EST"): with a time zone after it, never alone ("12.50" may
 * be a figure; "14.30 am Marktplatz" is German for "at"). Only the byline tests read it
 * (hasDotTimeAfter); a date's weight and time come from colon times alone.
 */
const DOT_TIME_AFTER = /^[^\d\n]{0,8}?\d{1,2}\.\d{2}\s*(?:[ap]m\s*)?(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|IST|[ECMP][SD]T|AE[SD]T|SGT|HKT|JST|KST|WIB)(?![a-z])/;

/** Whether a full-stop time with its zone follows the date that ends at `end` (see DOT_TIME_AFTER). */
export function hasDotTimeAfter(text: string, end: number): boolean {
  return DOT_TIME_AFTER.test(text.slice(end, end + 24));
}
const YMD = new RegExp(String.raw`(?<!\d)(\d{4})\s*[-./년年]\s*(\d{1,2})\s*[-./월月]\s*(\d{1,2})(?!\d)\s*[일日]?` + TIME_AFTER, 'gi');
const DMY_NUMERIC = new RegExp(String.raw`(?<![\d.:/])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)` + TIME_AFTER, 'gi');
/**
 * The zones of the United States and Canada as bylines abbreviate them after a time: "AM EDT",
 * "p.m. ET". Not PST, CST or MST, which are also Pakistan's, the Philippines', China's and
 * Malaysia's, and not HST.
 */
const NORTH_AMERICAN_ZONE = /^\s*(?:E[SD]T|[CMP]DT|[ECMP]T|AK[SD]T)\b/;
// The month is any word, looked up in the month table after the match: one table serves every
// language, and a word class is far cheaper to match than an alternation of 200 names.
// Letters of the scripts the month table covers (Latin with its extensions, Cyrillic): an explicit
// range compiles and runs faster than \p{L}, which matters as V8 recompiles flushed regexps.
const LETTER = String.raw`a-zà-öø-ÿ\u0100-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u1e00-\u1eff`;
const MONTH_WORD = String.raw`([${LETTER}]{2,14})`;
const D_MONTH_Y = new RegExp(String.raw`(?<![${LETTER}\d])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?:\s*|[-/])(?:de\s+|of\s+)?${MONTH_WORD}\.?,?(?:\s*|[-/])(?:de\s+|del\s+)?(\d{4})(?!\d)(?:\s*(?:г\.|р\.|року|года|год))?` + TIME_AFTER, 'gi');
const MONTH_D_Y = new RegExp(String.raw`(?<![${LETTER}])${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)` + TIME_AFTER, 'gi');

/** Hungarian and Lithuanian put the year first, marked: "2024. november 20.", "2024 m. lapkričio 20 d.". */
const Y_MONTH_D = new RegExp(String.raw`(?<![\d.])(\d{4})(?:\.|\s+m\.)\s+${MONTH_WORD}\.?\s+(\d{1,2})\.?(?!\d)(?:\s*d\.)?` + TIME_AFTER, 'gi');
/** Vietnamese writes the month as a number after "tháng": "20 tháng 11 năm 2024". */
const VI_D_M_Y = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:,?\s*năm)?\s+(\d{4})(?!\d)` + TIME_AFTER, 'gi');
/** Japanese era years (令和6年 = 2024), still usual on Japanese official and regional pages. */
const JA_ERA = new RegExp(String.raw`(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日` + TIME_AFTER, 'g');
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988 };
/** Thai, Minguo and solar hijri dates (date-calendars.ts), with the time read as above. */
const CALENDARS = calendarPatterns(TIME_AFTER);

/**
 * A dotted day.month and two-digit year with its time, as German, Slavic and Nordic bylines print
 * them ("Do 25.04.24 | 14:07 Uhr"). Only with the time, and only where the page's language writes
 * dotted dates day first (Korean pages write 24.04.25 for 2024-04-25): without either, two-digit
 * runs like these are as often version numbers or scores.
 */
const DMY_SHORT = /(?<![\d.:/])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])[^\d\n]{0,8}?(\d{1,2}):(\d{2})(?!\d)/g;
const HINT_DMY_SHORT = /\d\.\d{1,2}\.\d{2}(?![\d.])/;
/**
 * "10/13/16 12:34PM": a two-digit year between slashes, read only with its time and meridiem, as
 * American bylines print it; without them "3/4/16" is as often a score, a ratio or a fraction.
 */
const SLASH_SHORT = /(?<![\d.:/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])[^\d\n]{0,4}?(\d{1,2}):(\d{2})\s*([ap]\.?\s?m\b\.?)/gi;
const HINT_SLASH_SHORT = /\d\/\d{1,2}\/\d{2}(?![\d/])/;

/** Necessary conditions of the patterns above, tested before them. */
const HINT_YMD = /\d{4}\s*[-./년年]/;
const HINT_DMY = /[./-]\s*\d{4}/;
/** Both month-name shapes put a day, then non-digits (the month, or ", "), then the year. */
const HINT_NAMED = /\d\D{1,32}\d{4}/;
const HINT_MDY = /\d(?:st|nd|rd|th)?,?\s+\d{4}/;
/** A year, then a month word, then a day. */
const HINT_YMD_NAMED = /\d{4}(?:\.|\s+m\.)\s+\D{2,20}\d/;

/**
 * Every full date written in a piece of visible text, in order.
 * `dayFirst` settles 05/06/2024: most of the world (and KCNA) writes the day first. `shortYears`:
 * the page's language writes dotted dates day first, so "25.04.24 14:07" is read too (DMY_SHORT).
 * `zoneDecides`: the page's locale does not settle it, so a North American zone after the time may.
 */
export function parseTextDates(input: string, dayFirst: boolean, shortYears = false, zoneDecides = false): TextDate[] {
  const text = kanjiNumerals(oneWordMonths(asciiDigits(input)));
  const found: TextDate[] = shortYears && HINT_DMY_SHORT.test(text) ? shortYearDates(text) : [];
  if (text.includes('/') && HINT_SLASH_SHORT.test(text)) found.push(...slashShortYearDates(text, dayFirst, zoneDecides));
  const add = (m: RegExpMatchArray, y: number, mo: number, d: number, t: number): void => {
    const date = textDate(y, mo, d, m[t + 1], m[t + 2], m[t + 3], m[t] ?? m[t + 4]) as TextDate | null;
    if (!date) return;
    // Fresh objects from build(): adding the position in place is cheaper than a spread copy.
    date.index = m.index!;
    date.end = m.index! + m[0].length;
    found.push(date);
  };
  if (mayHoldCalendarDate(text)) for (const c of calendarDates(text, CALENDARS)) add(c.match, c.year, c.month, c.day, c.timeGroup);
  if (!/\d{4}/.test(text)) {
    if (text.includes('年')) found.push(...eraDates(text));
    return sortDates(found);
  }
  // Cheap digit-anchored shapes first: the month-name patterns are long alternations.
  if (HINT_YMD.test(text)) for (const m of text.matchAll(YMD)) add(m, +m[1]!, +m[2]!, +m[3]!, 4);
  if (HINT_DMY.test(text)) for (const m of text.matchAll(DMY_NUMERIC)) {
    const a = +m[1]!, b = +m[3]!, year = +m[4]!;
    // A Thai Buddhist-era year ("05/11/2567" is 2024): Thailand writes the day first.
    const buddhist = year >= 2400 && year <= 2700;
    // "10/04/2016 05:07 AM EDT" on a page whose locale does not say: a North American time zone
    // after the time reads it month first (still ambiguous: Mexico writes the day first, with CST).
    const american = zoneDecides && !buddhist && m[6] !== undefined && NORTH_AMERICAN_ZONE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
    const first = buddhist || (a > 12 ? true : b > 12 ? false : american ? false : dayFirst);
    const before = found.length;
    add(m, buddhist ? year - 543 : year, first ? b : a, first ? a : b, 5);
    if (found.length > before && !buddhist && a <= 12 && b <= 12 && a !== b) found[found.length - 1]!.ambiguous = true;
  }
  if (text.includes('tháng')) for (const m of text.matchAll(VI_D_M_Y)) add(m, +m[3]!, +m[2]!, +m[1]!, 4);
  if (text.includes('年')) found.push(...eraDates(text));
  if (HINT_YMD_NAMED.test(text)) for (const m of monthMatches(text, Y_MONTH_D, 2)) add(m, +m[1]!, monthNumber(m[2]!)!, +m[3]!, 4);
  if (!HINT_NAMED.test(text)) return sortDates(found);
  for (const m of monthMatches(text, D_MONTH_Y, 2)) add(m, +m[3]!, monthNumber(m[2]!)!, +m[1]!, 4);
  if (HINT_MDY.test(text)) for (const m of monthMatches(text, MONTH_D_Y, 1)) add(m, +m[3]!, monthNumber(m[1]!)!, +m[2]!, 4);
  return sortDates(found);
}

/**
 * SLASH_SHORT's dates: the day first as the page writes numeric dates, unless a number over 12
 * settles it. Where the page's locale leaves the order open (`undecided`), "3/4/16" is not read at
 * all: a guess at a two-digit year's day is too weak to call a citation wrong.
 */
function slashShortYearDates(text: string, dayFirst: boolean, undecided: boolean): TextDate[] {
  const found: TextDate[] = [];
  for (const m of text.matchAll(SLASH_SHORT)) {
    const a = +m[1]!, b = +m[2]!;
    if (undecided && a <= 12 && b <= 12 && a !== b) continue;
    const first = a > 12 ? true : b > 12 ? false : dayFirst;
    const date = textDate(2000 + +m[3]!, first ? b : a, first ? a : b, m[4], m[5], undefined, m[6]) as TextDate | null;
    if (!date) continue;
    date.index = m.index!;
    date.end = m.index! + m[0].length;
    date.shortYear = true;
    date.slashYear = true;
    if (a <= 12 && b <= 12 && a !== b) date.ambiguous = true;
    found.push(date);
  }
  return found;
}

function shortYearDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const m of text.matchAll(DMY_SHORT)) {
    // POSIX's pivot for %y: 69-99 are the 1900s, 00-68 the 2000s.
    const year = +m[3]! + (+m[3]! >= 69 ? 1900 : 2000);
    const date = textDate(year, +m[2]!, +m[1]!, m[4], m[5]) as TextDate | null;
    if (!date) continue;
    date.index = m.index!;
    date.end = m.index! + m[0].length;
    date.shortYear = true;
    found.push(date);
  }
  return found;
}

function eraDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const m of text.matchAll(JA_ERA)) {
    const year = ERA_START[m[1]!]! + (m[2] === '元' ? 1 : +m[2]!);
    const date = textDate(year, +m[3]!, +m[4]!, m[6], m[7], m[8], m[5] ?? m[9]) as TextDate | null;
    if (!date) continue;
    date.index = m.index!;
    date.end = m.index! + m[0].length;
    found.push(date);
  }
  return found;
}

/** Matches whose month word is a month; after any other word the search resumes one character on. */
/** The Levantine months written in two words, and the one-word names months.ts reads. */
const LEVANTINE_MONTHS: [RegExp, string][] = [
  [/تشرين\s+(?:ال)?أول/gu, 'أكتوبر'], [/تشرين\s+(?:ال)?ثاني/gu, 'نوفمبر'],
  [/كانون\s+(?:ال)?أول/gu, 'ديسمبر'], [/كانون\s+(?:ال)?ثاني/gu, 'يناير'],
];

/**
 * "06 تشرين الثاني 2024" (Syria, Lebanon, Jordan, Iraq) read as "06 نوفمبر 2024": the one-word
 * name, padded with spaces to the same length, so every position in the text stays where it was.
 */
function oneWordMonths(text: string): string {
  const levantine = !text.includes('تشرين') && !text.includes('كانون') ? text
    : LEVANTINE_MONTHS.reduce((out, [pattern, month]) => out.replace(pattern, (found) => month.padEnd(found.length, ' ')), text);
  return levantine.includes('/') || levantine.includes('(') ? levantine.replace(DOUBLE_ARABIC_MONTH, oneOfTwoNames) : levantine;
}

/**
 * Arab papers name a month twice, its Levantine and its Egyptian name ("04 آب/اغسطس 2013",
 * "شباط (فبراير)"): the first, padded, when both name the same month.
 */
const DOUBLE_ARABIC_MONTH = /([\u0621-\u064a]{2,10})\s*[/(]\s*([\u0621-\u064a]{2,10})\s*\)?/gu;

function oneOfTwoNames(found: string, first: string, second: string): string {
  const month = monthNumber(first);
  return month !== null && month === monthNumber(second) ? first.padEnd(found.length, ' ') : found;
}

const KANJI_DIGITS = '〇一二三四五六七八九';
/** A number written in kanji before 年, 月 or 日: "令和六年十一月五日", "二〇二四年". */
const KANJI_NUMBER = /([〇一二三四五六七八九十]{1,4})(?=\s*[年月日])/g;

/**
 * Japanese official pages (and some Chinese ones) write a date's numbers in kanji. Each is
 * rewritten in ASCII digits, padded with spaces to the same length, so every position stays.
 */
function kanjiNumerals(text: string): string {
  if (!text.includes('年') && !text.includes('月')) return text;
  KANJI_NUMBER.lastIndex = 0;
  if (!KANJI_NUMBER.test(text)) return text;
  return text.replace(KANJI_NUMBER, (run) => {
    const ten = run.indexOf('十');
    const digit = (ch: string | undefined): number => (ch ? KANJI_DIGITS.indexOf(ch) : -1);
    let value: string;
    if (ten < 0) value = [...run].map((ch) => digit(ch)).join('');
    else if (run.indexOf('十', ten + 1) >= 0 || ten > 1 || run.length - ten > 2) return run;
    else value = String((ten === 0 ? 1 : digit(run[0])) * 10 + (ten === run.length - 1 ? 0 : digit(run[ten + 1])));
    return value.length <= run.length ? value.padEnd(run.length, ' ') : run;
  });
}

function monthMatches(text: string, pattern: RegExp, group: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (monthNumber(m[group]!)) out.push(m);
    else pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** In text order, dropping a match that overlaps the one before it. */
function sortDates(found: TextDate[]): TextDate[] {
  if (found.length < 2) return found;
  found.sort((x, y) => x.index - y.index);
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.end);
}

function textDate(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, meridiem?: string): ParsedDate | null {
  if (!validYear(year)) return null;
  let h = hour === undefined ? undefined : +hour;
  if (h !== undefined && meridiem) {
    const pm = /^p|오후|午後|下午/i.test(meridiem);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  return build(year, month, day, h === undefined ? undefined : String(h), minute, second);
}

function validYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function validDay(year: number, month: number, day: number): boolean {
  return validYear(year) && isCalendarDay(year, month, day);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
