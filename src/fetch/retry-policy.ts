// Which failures are worth another attempt, and how long to wait before it. Pure: time and
// randomness come in as arguments so the rules can be tested exactly.

/** Statuses that say "not now" rather than "no": RFC 9110 §15.5.9, RFC 8470, RFC 6585, §15.6. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export const MAX_BACKOFF_MS = 30_000;

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"):
 * a uniform draw in [0, base·2^(retry−1)], so clients that failed together do not retry together.
 * `retry` counts from 1 (the first retry).
 */
export function backoffDelay(retry: number, baseMs: number, random: number, capMs = MAX_BACKOFF_MS): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random * ceiling);
}

/**
 * Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Returns the wait in ms
 * (0 for a date in the past), or null when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only date-shaped values: Date.parse would also accept things like "1.5" or "-3".
  if (!/[a-z]/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/** A 429 means the site found us too fast for the whole run: double its interval (1 s when it had none). */
export function slowedInterval(intervalMs: number, capMs = MAX_BACKOFF_MS): number {
  return Math.min(capMs, intervalMs > 0 ? intervalMs * 2 : 1000);
}

/** "120 s", "1.5 s": whole seconds from 10 s up, where tenths no longer matter. */
export function describeWait(ms: number): string {
  const seconds = ms / 1000;
  if (seconds >= 10 || Number.isInteger(seconds)) return `${Math.round(seconds)} s`;
  return `${seconds.toFixed(1)} s`;
}
