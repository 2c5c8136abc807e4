// Which captures to try, in which order (InternetArchiveBot links the capture closest to the
// citation's date; we check it before offering it). Pure.
import { compactDay, DAY_MS } from '../calendar.js';
import type { CdxCapture } from './cdx.js';

/** Captures tried from the day before the cited date onward. */
const MAX_CAPTURES_TRIED = 5;

/**
 * `YYYYMMDD` of the day before the cited date: a day of slack for time zones (an article posted
 * at 08:00 in Seoul is the day before in UTC, and capture timestamps are UTC). A month or a year
 * counts from its first day. Null without a date.
 */
export function dayBeforeCitedDate(citedDate: string | undefined | null): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(citedDate ?? '');
  if (!match) return null;
  const first = Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1'));
  return compactDay(first - DAY_MS);
}

/** A capture worth fetching: it recorded a 200 (so it is not itself a redirect) of an HTML or PDF page. */
function isCandidate(capture: CdxCapture): boolean {
  if (capture.statusCode !== 200) return false;
  const mime = capture.mimeType?.toLowerCase() ?? '';
  return mime === '' || mime === 'unk' || mime.includes('html') || mime.includes('pdf') || mime === 'warc/revisit';
}

function byTime(a: CdxCapture, b: CdxCapture): number {
  return a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0;
}

/**
 * Up to five candidate captures from the day before the cited date onward, earliest first; a
 * capture with the same digest as an earlier one holds the same bytes and is not tried twice.
 * Without a cited date, the earliest captures.
 */
export function capturesFrom(captures: readonly CdxCapture[], citedDate: string | undefined | null): CdxCapture[] {
  const from = dayBeforeCitedDate(citedDate);
  const chosen: CdxCapture[] = [];
  const digests = new Set<string>();
  for (const capture of [...captures].sort(byTime)) {
    if (chosen.length === MAX_CAPTURES_TRIED) break;
    if (!isCandidate(capture) || (from !== null && capture.timestamp.slice(0, 8) < from)) continue;
    if (capture.digest !== null) {
      if (digests.has(capture.digest)) continue;
      digests.add(capture.digest);
    }
    chosen.push(capture);
  }
  return chosen;
}

/** The latest candidate capture before the day before the cited date; null without a date. */
export function closestBefore(captures: readonly CdxCapture[], citedDate: string | undefined | null): CdxCapture | null {
  const from = dayBeforeCitedDate(citedDate);
  if (from === null) return null;
  let best: CdxCapture | null = null;
  for (const capture of captures) {
    if (!isCandidate(capture) || capture.timestamp.slice(0, 8) >= from) continue;
    if (best === null || capture.timestamp > best.timestamp) best = capture;
  }
  return best;
}

/** The order in which captures are tried: capturesFrom, then closestBefore. */
export function selectCaptures(captures: readonly CdxCapture[], citedDate: string | undefined | null): CdxCapture[] {
  const before = closestBefore(captures, citedDate);
  return [...capturesFrom(captures, citedDate), ...(before ? [before] : [])];
}

/**
 * The CDX windows to ask for: captures from the day before onward, and (only when none of those
 * verifies) the year before it, of which the last is the closest.
 */
export function captureWindows(citedDate: string | undefined | null): { from: string | undefined; before: { from: string; to: string } | null } {
  const from = dayBeforeCitedDate(citedDate);
  if (from === null) return { from: undefined, before: null };
  const end = Date.UTC(+from.slice(0, 4), +from.slice(4, 6) - 1, +from.slice(6, 8)) - DAY_MS;
  return { from, before: { from: compactDay(end - 365 * DAY_MS), to: `${compactDay(end)}235959` } };
}
