// Value parsers for commander: a bad value stops the run with a message naming the flag.
// Commander calls a parser with (value, previous): repeatable flags accumulate through `previous`.
import { InvalidArgumentError } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { readDuration } from '../duration.js';
import { VERDICTS, type Verdict } from '../types.js';

/** `--output --quiet` would write a file named "--quiet": a value that looks like a flag is refused. */
function refuseFlagLike(raw: string): void {
  if (/^--?[a-zA-Z]/.test(raw)) {
    throw new InvalidArgumentError(`expected a value, got "${raw}", which looks like a flag; give the value first, or write it as ./${raw} if it really is one.`);
  }
}

/** A plain string value (a file name, a user agent) that must not be another flag. */
export function value(raw: string): string {
  refuseFlagLike(raw);
  if (raw.trim() === '') throw new InvalidArgumentError('expected a value, got an empty one.');
  return raw;
}

export function integerAtLeast(minimum: number) {
  return (raw: string): number => {
    const parsed = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(parsed) || parsed < minimum) {
      throw new InvalidArgumentError(`expected a whole number of at least ${minimum}, got "${raw}".`);
    }
    return parsed;
  };
}

export function fraction(raw: string): number {
  const parsed = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
    throw new InvalidArgumentError(`expected a number from 0 to 1, got "${raw}".`);
  }
  return parsed;
}

/**
 * A duration: `1500ms`, `15s`, `2m`, or a bare number of milliseconds. `bareMinimum` refuses a
 * bare number below it (`--timeout 20` is almost surely meant as seconds).
 */
export function duration(options: { minimum?: number; bareMinimum?: number } = {}) {
  const minimum = options.minimum ?? 0;
  return (raw: string): number => {
    const read = readDuration(raw, { units: ['ms', 's', 'm'], ignoreCase: false });
    if (!read) throw new InvalidArgumentError(`expected a duration such as 1500ms, 15s or 2m (a bare number is milliseconds), got "${raw}".`);
    const ms = read.ms;
    if (read.bare && options.bareMinimum !== undefined && ms < options.bareMinimum) {
      throw new InvalidArgumentError(`"${raw}" is ${ms} milliseconds, too short to be meant; a bare number is milliseconds: write ${raw}s for seconds.`);
    }
    if (ms < minimum) throw new InvalidArgumentError(`expected a duration of at least ${minimum} ms, got "${raw}".`);
    return ms;
  };
}

/**
 * `none` turns failing off (a report-only run); an empty list is a mistake, not a way to say so.
 * Repeated flags add up.
 */
export function verdictList(raw: string, previous?: Verdict[]): Verdict[] {
  refuseFlagLike(raw);
  if (raw.trim() === 'none') return previous ?? [];
  const items = raw.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) {
    throw new InvalidArgumentError('expected a list of verdicts such as dead,error; for a run that never fails, write --fail-on none.');
  }
  const unknown = items.filter((item) => !(VERDICTS as readonly string[]).includes(item));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown verdict ${unknown.map((u) => `"${u}"`).join(', ')}; verdicts are ${VERDICTS.join(', ')}.`);
  }
  return [...new Set([...(previous ?? []), ...(items as Verdict[])])];
}

/** `--only 3 --only 5-7` is `--only 3,5-7`. */
export function idList(raw: string, previous?: string): string {
  refuseFlagLike(raw);
  if (raw.trim() === '') throw new InvalidArgumentError('expected reference ids such as 3,5-7, got an empty list.');
  return previous === undefined ? raw : `${previous},${raw}`;
}

/** Repeatable string flags (--exclude, --include): each occurrence adds one. */
export function collect(raw: string, previous?: string[]): string[] {
  return [...(previous ?? []), value(raw)];
}

/** `--accept 403,999`: statuses, repeatable. */
export function statusList(raw: string, previous?: number[]): number[] {
  refuseFlagLike(raw);
  const items = raw.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError('expected HTTP statuses such as 403,999, got an empty list.');
  const bad = items.filter((item) => !/^\d{3}$/.test(item) || Number(item) < 100 || Number(item) > 999);
  if (bad.length > 0) throw new InvalidArgumentError(`expected HTTP statuses (100 to 999) such as 403,999, got ${bad.map((b) => `"${b}"`).join(', ')}.`);
  return [...new Set([...(previous ?? []), ...items.map(Number)])];
}

/**
 * `--header "Name: value"`, repeatable. Its shape is checked in run/settings.ts, whose message
 * does not echo it: commander's would print the secret.
 */
export function header(raw: string, previous?: string[]): string[] {
  return [...(previous ?? []), raw];
}

export interface ReportRequest {
  format: ReportFormat;
  /** Absent: the report goes to stdout. */
  file?: string;
}

/** `--report FORMAT[=FILE]`, repeatable: more reports from the same run. */
export function reportRequest(raw: string, previous?: ReportRequest[]): ReportRequest[] {
  refuseFlagLike(raw);
  const equals = raw.indexOf('=');
  const format = (equals === -1 ? raw : raw.slice(0, equals)).trim();
  const file = equals === -1 ? undefined : raw.slice(equals + 1);
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new InvalidArgumentError(`expected FORMAT or FORMAT=FILE with a format among ${REPORT_FORMATS.join(', ')}.`);
  }
  if (file !== undefined && file.trim() === '') throw new InvalidArgumentError(`expected a file after "${format}=".`);
  return [...(previous ?? []), { format: format as ReportFormat, ...(file !== undefined ? { file } : {}) }];
}
