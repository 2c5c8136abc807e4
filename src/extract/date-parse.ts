// Reading dates as pages write them: machine timestamps in metadata, and the byline text of many
// languages. A date's calendar day is kept as the page states it: never converted to UTC.
import { MONTH_PATTERN, monthNumber } from './months.js';

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
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A machine-written date (meta content, JSON-LD, datetime attribute); null when unreadable. */
export function parseMachineDate(raw: string): ParsedDate | null {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return validYear(+s) ? plain(s) : null;
  const ym = /^(\d{4})-(\d{2})$/.exec(s);
  if (ym) return validYear(+ym[1]!) && +ym[2]! >= 1 && +ym[2]! <= 12 ? plain(s) : null;
  if (/^\d{10}(\d{3})?$/.test(s)) return fromInstant(s.length === 10 ? +s * 1000 : +s);
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7]);
  const text = parseTextDates(s, true)[0];
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

const TIME_AFTER = String.raw`(?:[^\d\n]{0,8}?(오[전후]|午[前後])?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?)?`;
const YMD = new RegExp(String.raw`(?<!\d)(\d{4})\s*[-./년年]\s*(\d{1,2})\s*[-./월月]\s*(\d{1,2})(?!\d)\s*[일日]?` + TIME_AFTER, 'giu');
const DMY_NUMERIC = new RegExp(String.raw`(?<![\d.:/])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)` + TIME_AFTER, 'giu');
const D_MONTH_Y = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(${MONTH_PATTERN})\.?,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d)(?:\s*(?:г\.|р\.|року|года|год))?` + TIME_AFTER, 'giu');
const MONTH_D_Y = new RegExp(String.raw`(?<![\p{L}])(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)` + TIME_AFTER, 'giu');

/**
 * Every full date written in a piece of visible text, in order.
 * `dayFirst` settles 05/06/2024: most of the world (and KCNA) writes the day first.
 */
export function parseTextDates(text: string, dayFirst: boolean): TextDate[] {
  if (!/\d{4}/.test(text)) return [];
  const found: TextDate[] = [];
  const add = (m: RegExpMatchArray, y: number, mo: number, d: number, t: number): void => {
    const date = textDate(y, mo, d, m[t + 1], m[t + 2], m[t + 3], m[t] ?? m[t + 4]);
    if (date) found.push({ ...date, index: m.index!, end: m.index! + m[0].length });
  };
  for (const m of text.matchAll(YMD)) add(m, +m[1]!, +m[2]!, +m[3]!, 4);
  for (const m of text.matchAll(DMY_NUMERIC)) {
    const a = +m[1]!, b = +m[3]!;
    const first = a > 12 ? true : b > 12 ? false : dayFirst;
    add(m, +m[4]!, first ? b : a, first ? a : b, 5);
  }
  for (const m of text.matchAll(D_MONTH_Y)) {
    const month = monthNumber(m[2]!);
    if (month) add(m, +m[3]!, month, +m[1]!, 4);
  }
  for (const m of text.matchAll(MONTH_D_Y)) {
    const month = monthNumber(m[1]!);
    if (month) add(m, +m[3]!, month, +m[2]!, 4);
  }
  found.sort((x, y) => x.index - y.index);
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.end);
}

function textDate(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, meridiem?: string): ParsedDate | null {
  if (!validYear(year)) return null;
  let h = hour === undefined ? undefined : +hour;
  if (h !== undefined && meridiem) {
    const pm = /^p|오후|午後/i.test(meridiem);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  return build(year, month, day, h === undefined ? undefined : String(h), minute, second);
}

function validYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function validDay(year: number, month: number, day: number): boolean {
  if (!validYear(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
