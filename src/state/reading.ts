// A stored reading standing in for a fetched page: --max-age (no request at all) and a 304 answer
// (the page has not changed since it was read). It is compared with the citation as the citation
// is now, so a corrected citation passes without the page being downloaded again.
import type { CheckResult, FetchResult, LocatedReference } from '../types.js';
import { decideVerdict, httpSummary, type VerifyOptions } from '../verify/index.js';
import { pageFromReading } from './history.js';
import type { Observation } from './schema.js';

/** The server says the page is as it was when its validators were stored (RFC 9110 §15.4.5). */
export function isNotModified(fetched: FetchResult): boolean {
  return fetched.status === 304;
}

/**
 * The verdict on a stored reading. `notModified` is the 304 answer when there was one (its
 * redirects and timing are the run's); without it nothing was requested and `http` is null.
 */
export function resultFromReading(
  reference: LocatedReference,
  reading: Observation,
  options: VerifyOptions,
  notModified?: FetchResult,
): CheckResult {
  const url = reference.url ?? notModified?.url ?? '';
  const stand: FetchResult = {
    url,
    finalUrl: notModified?.finalUrl ?? url,
    status: reading.status ?? 200,
    redirects: notModified?.redirects ?? [],
    attempts: notModified?.attempts ?? 0,
    durationMs: notModified?.durationMs ?? 0,
    contentType: 'text/html',
    headers: {},
    body: null,
    error: null,
    errorDetail: null,
    noSuchHost: false,
    reachedServer: notModified?.reachedServer ?? false,
    retryAfterMs: null,
    robotsDisallowed: false,
  };
  const result = decideVerdict(reference, stand, pageFromReading(reading), options);
  return { ...result, http: notModified ? httpSummary(notModified) : null };
}
