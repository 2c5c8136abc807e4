// --archive: look for the page as it was published, in any archive that speaks the Wayback CDX
// API, and offer a capture only after its headline and date passed the same check as a live page.
import type { FetchResult, LocatedReference, Verdict } from '../types.js';
import type { VerifyOptions } from '../verify/index.js';
import { cdxQueryUrl, parseCdxJson, rawCaptureUrl, type CdxCapture } from './cdx.js';
import { checkCapture, type CaptureCheck } from './check-capture.js';
import type { IndexAnswer } from '../fetch/index-client.js';
import { captureWindows, capturesFrom, closestBefore } from './select.js';

export { cdxQueryUrl, parseCaptureUrl, parseCdxJson, playbackUrl, rawCaptureUrl, timestampDate } from './cdx.js';
export type { CdxCapture, CdxParse, CdxQuery } from './cdx.js';
export { checkCapture } from './check-capture.js';
export type { CaptureCheck } from './check-capture.js';
export { createIndexClient } from '../fetch/index-client.js';
export type { IndexAnswer, IndexClient, IndexClientOptions } from '../fetch/index-client.js';
export { captureWindows, capturesFrom, closestBefore, dayBeforeCitedDate, selectCaptures } from './select.js';

export const DEFAULT_ARCHIVE_ENDPOINT = 'https://web.archive.org';

/** Results for which the archive is searched. */
export const ARCHIVE_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['dead', 'soft-404', 'blocked', 'title-mismatch', 'date-mismatch']);

export interface ArchiveDeps {
  endpoint: string;
  /** The CDX query (see createIndexClient). Never rejects. */
  queryIndex(url: string): Promise<IndexAnswer>;
  /** A raw capture, through the politeness gate (Fetcher.fetchPage). Never rejects. */
  fetchCapture(url: string): Promise<FetchResult>;
  verify: VerifyOptions;
}

export type ArchiveLookup =
  /** `capture` verified: propose it as the fix. */
  | { status: 'verified'; capture: CaptureCheck; tried: CaptureCheck[] }
  /** Captures were checked and none verified; `capture` is the first one tried (the nearest on or after the date). */
  | { status: 'not-verified'; capture: CaptureCheck; tried: CaptureCheck[] }
  | { status: 'no-captures'; capture: null; tried: [] }
  /** The index could not be asked or read. */
  | { status: 'unavailable'; capture: null; tried: []; detail: string; reachedServer: boolean };

/** One index query, its answer parsed: the captures, or why there are none. */
export async function queryCaptures(
  queryIndex: (url: string) => Promise<IndexAnswer>,
  url: string,
): Promise<{ ok: true; captures: CdxCapture[] } | { ok: false; detail: string; reachedServer: boolean }> {
  const answer = await queryIndex(url);
  if (!answer.ok) return answer;
  const parsed = parseCdxJson(answer.text);
  return parsed.ok ? parsed : { ok: false, detail: parsed.detail, reachedServer: true };
}

/**
 * Captures from the day before the cited date onward, earliest first, up to five; the first whose
 * headline and date pass wins. Only if none does is the closest capture before that day asked for
 * and checked the same way. Captures are tried one after another: the archive is one site.
 */
export async function findArchivedCopy(reference: LocatedReference, cited: string, deps: ArchiveDeps): Promise<ArchiveLookup> {
  // The archive keys captures without the fragment, which never reaches a server.
  const url = cited.replace(/#.*$/, '');
  const windows = captureWindows(reference.date);
  const after = await queryCaptures(deps.queryIndex, cdxQueryUrl(deps.endpoint, { url, from: windows.from, only200: true, limit: 25 }));
  if (!after.ok) return { status: 'unavailable', capture: null, tried: [], detail: after.detail, reachedServer: after.reachedServer };
  const tried: CaptureCheck[] = [];
  const attempt = async (capture: CdxCapture): Promise<CaptureCheck> => {
    const fetched = await deps.fetchCapture(rawCaptureUrl(deps.endpoint, capture));
    const check = checkCapture(deps.endpoint, reference, capture, fetched, deps.verify);
    tried.push(check);
    return check;
  };
  for (const capture of capturesFrom(after.captures, reference.date)) {
    const check = await attempt(capture);
    if (check.verdict === 'verified') return { status: 'verified', capture: check, tried };
  }
  if (windows.before) {
    // limit=-5: the last captures of the window, i.e. the ones closest to the date.
    const before = await queryCaptures(deps.queryIndex, cdxQueryUrl(deps.endpoint, { url, ...windows.before, only200: true, limit: -5 }));
    const closest = before.ok ? closestBefore(before.captures, reference.date) : null;
    if (closest) {
      const check = await attempt(closest);
      if (check.verdict === 'verified') return { status: 'verified', capture: check, tried };
    }
  }
  const first = tried[0];
  return first ? { status: 'not-verified', capture: first, tried } : { status: 'no-captures', capture: null, tried: [] };
}

/** The report's `archive` field (`{url, timestamp, verdict, title, date}`): the capture checked, when one was. */
export function archiveField(lookup: ArchiveLookup): { url: string; timestamp: string; verdict: Verdict; title: string | null; date: string | null } | null {
  if (!lookup.capture) return null;
  const { url, timestamp, verdict, title, date } = lookup.capture;
  return { url, timestamp, verdict, title, date };
}

/** The report's `fix` field when the capture verified: the capture to cite instead. */
export function archiveFix(lookup: ArchiveLookup): { url: string; why: string } | null {
  if (lookup.status !== 'verified') return null;
  const day = `${lookup.capture.timestamp.slice(0, 4)}-${lookup.capture.timestamp.slice(4, 6)}-${lookup.capture.timestamp.slice(6, 8)}`;
  return { url: lookup.capture.url, why: `archived copy of ${day}: headline and date verified` };
}
