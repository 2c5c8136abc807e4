// A capture is judged like the live page it was: the same extract and the same verdict rules, as
// if fetched from its original URL on the day it was captured. Pure.
import { readFetchedPage } from '../extract/read-fetched.js';
import type { FetchResult, LocatedReference, Verdict } from '../types.js';
import { decideVerdict, isSameUrl, type VerifyOptions } from '../verify/index.js';
import { parseCaptureUrl, playbackUrl, timestampDate, type CdxCapture } from './cdx.js';

export interface CaptureCheck {
  /** The capture as a reader opens it (the fix to propose when it verifies). */
  url: string;
  timestamp: string;
  verdict: Verdict;
  reason: string;
  /** The headline and date found in the capture. */
  title: string | null;
  date: string | null;
}


/**
 * Judges a fetched raw capture. The archive may redirect a timestamp to the nearest capture of
 * the same URL (that capture is judged, under its own timestamp); a redirect anywhere else means
 * the capture itself was a redirect, which is never offered.
 */
export function checkCapture(
  endpoint: string,
  reference: LocatedReference,
  capture: CdxCapture,
  fetched: FetchResult,
  options: VerifyOptions,
): CaptureCheck {
  let timestamp = capture.timestamp;
  if (fetched.redirects.length > 0) {
    const landed = parseCaptureUrl(endpoint, fetched.finalUrl);
    if (!landed || !isSameUrl(landed.original, capture.original)) {
      return {
        url: playbackUrl(endpoint, capture),
        timestamp,
        verdict: 'skipped',
        reason: `the capture is a redirect to ${landed?.original ?? fetched.finalUrl}`,
        title: null,
        date: null,
      };
    }
    timestamp = landed.timestamp.padEnd(14, '0');
  }
  // Seen from the original URL: the landing-page and URL-date rules then read the site's URL, not the archive's.
  const asLive: FetchResult = { ...fetched, url: capture.original, finalUrl: capture.original, redirects: [] };
  // The capture time stands for the fetch time: a date after it is never the page's date.
  const { page, fault } = readFetchedPage(asLive, timestampDate(timestamp), capture.original, { fingerprint: false });
  const cited = { ...reference, url: capture.original };
  const url = playbackUrl(endpoint, { timestamp, original: capture.original });
  if (fault) return { url, timestamp, verdict: 'error', reason: `could not read the capture: ${fault}`, title: null, date: null };
  const result = decideVerdict(cited, asLive, page, options);
  return { url, timestamp, verdict: result.verdict, reason: result.reason, title: result.title.found, date: result.date.found };
}
