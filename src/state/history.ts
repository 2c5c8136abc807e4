// One reference's memory: recording a check, the readings a rerun may reuse, and the HTTP
// validators that make a rerun cheap. Pure: the clock and the fetched headers are passed in.
import type { PageMetadata } from '../types.js';
import { protectedObservations } from './confirm.js';
import { MAX_OBSERVATIONS, type Observation, type State, type StateEntry, type Validators } from './schema.js';


const NO_VALIDATORS: Validators = { etag: null, lastModified: null };

/** The stored history of a reference's URL; a URL that changed has none (a new history starts). */
export function historyFor(state: State, id: string, url: string): Observation[] {
  const entry = state.entries.get(id);
  return entry && entry.url === url ? entry.observations : [];
}

export interface RecordOptions {
  /** The validators of the page read in this check; undefined keeps the stored ones. */
  validators?: Validators | null;
  /** The --confirm interval: the sightings a confirmation counts are kept when the history is trimmed. */
  confirmIntervalMs?: number;
  max?: number;
}

/**
 * The entry after one more check of `url`. A reference whose URL changed starts a new history
 * (its observations and validators belonged to another page). Oldest observations go first
 * beyond the cap, except the ones a confirmation in progress still counts.
 */
export function recordObservation(
  entry: StateEntry | undefined,
  url: string,
  observation: Observation,
  options: RecordOptions = {},
): StateEntry {
  const same = entry !== undefined && entry.url === url;
  let observations = [...(same ? entry.observations : []), observation];
  const max = options.max ?? MAX_OBSERVATIONS;
  if (observations.length > max) {
    const keep = options.confirmIntervalMs === undefined ? new Set<Observation>() : protectedObservations(observations, options.confirmIntervalMs);
    let excess = observations.length - max;
    observations = observations.filter((candidate) => {
      if (excess === 0 || keep.has(candidate)) return true;
      excess--;
      return false;
    });
    // More protected observations than room (cannot happen with N ≤ 19): the oldest still go.
    if (observations.length > max) observations = observations.slice(observations.length - max);
  }
  const validators = options.validators === undefined ? (same ? entry.validators : NO_VALIDATORS) : (options.validators ?? NO_VALIDATORS);
  return { url, validators: { ...validators }, observations };
}

/** ETag and Last-Modified of a response (lower-cased header names, as fetch/ returns them). */
export function validatorsFrom(headers: Readonly<Record<string, string>>): Validators | null {
  const etag = headers.etag?.trim() || null;
  const lastModified = headers['last-modified']?.trim() || null;
  return etag === null && lastModified === null ? null : { etag, lastModified };
}

/** Headers for a conditional request (RFC 9110 §13.1): a 304 answer means the stored reading still holds. */
export function conditionalHeaders(entry: StateEntry | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (entry?.validators.etag) headers['if-none-match'] = entry.validators.etag;
  if (entry?.validators.lastModified) headers['if-modified-since'] = entry.validators.lastModified;
  return headers;
}

// A 304 observation carries the reading it reused, so a page that answers 304 for months keeps
// its reading when the 200 that first brought it is trimmed away.
function isReading(observation: Observation): boolean {
  const status = observation.status;
  return status !== null && ((status >= 200 && status < 300) || status === 304);
}

/** The newest observation in which a page was read (or a 304 reused one): what a 304 answer says is still there. */
export function storedReading(history: readonly Observation[]): Observation | null {
  for (let i = history.length - 1; i >= 0; i--) if (isReading(history[i]!)) return history[i]!;
  return null;
}

/**
 * --max-age: the newest observation, when it is a verified reading younger than maxAgeMs, is
 * reused without any request. An observation stamped in the future (a clock set back) is not.
 */
export function reusableReading(history: readonly Observation[], now: Date, maxAgeMs: number): Observation | null {
  const newest = history[history.length - 1];
  if (!newest || newest.verdict !== 'verified' || newest.title === null) return null;
  const age = now.getTime() - Date.parse(newest.at);
  return age >= 0 && age < maxAgeMs ? newest : null;
}

/**
 * A stored reading as page metadata, so verify/ can compare it with the citation as it is now
 * (a corrected citation passes on a 304). Only the headline and date were kept: they are the
 * strong candidates.
 */
export function pageFromReading(reading: Observation): PageMetadata {
  return {
    title: {
      value: reading.title,
      source: reading.title === null ? null : 'stored',
      candidates: reading.title === null ? [] : [{ value: reading.title, source: 'stored', strong: true }],
    },
    date: {
      value: reading.date,
      datetime: null,
      source: reading.date === null ? null : 'stored',
      kind: reading.date === null ? null : 'published',
      candidates: reading.date === null ? [] : [{ value: reading.date, source: 'stored', kind: 'published' }],
    },
    canonical: null,
    siteName: null,
    language: null,
    signals: { notFound: false, botWall: false, loginWall: false },
  };
}

/** True when the article text changed since the last stored fingerprint (no verdict changes because of it). */
export function hasDrifted(history: readonly Observation[], fingerprint: string | null): boolean {
  if (fingerprint === null) return false;
  for (let i = history.length - 1; i >= 0; i--) {
    const previous = history[i]!.fingerprint;
    if (previous !== null) return previous !== fingerprint;
  }
  return false;
}
