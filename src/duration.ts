// Durations as people write them on a command line (`1500ms`, `15s`, `2m`, `24h`, `3d`) and the
// `--confirm N[xDURATION]` form. Pure: a bad value is a usage error naming the flag and the fix.
import { CitecheckError } from './errors.js';

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The longest duration accepted: a year. Longer is a typo (`24000h`), not a wish. */
const MAX_MS = 366 * UNIT_MS.d;

/** At most this many sightings: the state file keeps 20 observations per reference, one of them the last working one. */
export const MAX_CONFIRMATIONS = 19;

export const DEFAULT_CONFIRM_INTERVAL_MS = 24 * UNIT_MS.h;

export interface ConfirmSetting {
  /** Failing sightings needed before a reference last seen working fails. */
  n: number;
  /** Minimum time between two counted sightings. */
  intervalMs: number;
}

function usage(flag: string, value: string, expected: string): CitecheckError {
  return new CitecheckError('USAGE', `invalid ${flag} "${value}"; expected ${expected}`, [], `write ${flag} like ${expected}`);
}

const DURATION_EXAMPLES = 'a duration such as 1500ms, 15s, 2m, 24h or 3d (a bare number is milliseconds)';

export type DurationUnit = keyof typeof UNIT_MS;

/**
 * `value` read as a number and one of `units` (none: milliseconds), or null when it is not one.
 * The one reading of durations: the CLI's --timeout and --host-interval (ms, s, m, written in lower
 * case) and the memory flags (any unit, any case).
 */
export function readDuration(value: string, options: { units?: readonly DurationUnit[]; ignoreCase?: boolean } = {}): { ms: number; bare: boolean } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)?\s*$/.exec(value);
  if (!match) return null;
  const written = match[2];
  const unit = (options.ignoreCase ?? true) ? written?.toLowerCase() : written;
  if (unit !== undefined && !(options.units ?? (Object.keys(UNIT_MS) as DurationUnit[])).includes(unit as DurationUnit)) return null;
  return { ms: Math.round(Number(match[1]) * UNIT_MS[(unit ?? 'ms') as DurationUnit]), bare: unit === undefined };
}

/** Milliseconds in `value`. A bare number is milliseconds, as for --timeout. */
export function parseDuration(value: string, flag = 'duration'): number {
  const read = readDuration(value);
  if (!read) throw usage(flag, value, DURATION_EXAMPLES);
  if (!Number.isFinite(read.ms) || read.ms > MAX_MS) throw usage(flag, value, `${DURATION_EXAMPLES}, at most 366d`);
  return read.ms;
}

/** `3x24h` → 3 sightings at least 24 hours apart; `3` → the default 24 hours apart. */
export function parseConfirm(value: string, flag = '--confirm'): ConfirmSetting {
  const expected = `N or NxDURATION, e.g. 3 or 3x24h (N from 1 to ${MAX_CONFIRMATIONS})`;
  const match = /^\s*(\d+)\s*(?:x\s*(\S.*))?$/i.exec(value);
  if (!match) throw usage(flag, value, expected);
  const n = Number(match[1]);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONFIRMATIONS) throw usage(flag, value, expected);
  const intervalMs = match[2] === undefined ? DEFAULT_CONFIRM_INTERVAL_MS : parseDuration(match[2], `${flag} interval`);
  return { n, intervalMs };
}
