// --state in a run: what a reference's stored history changes about its check (a reading reused
// under --max-age, validators sent for a 304, a failure held back by --confirm, drift), and what
// the run adds to the history. The file itself is read and written by check-report.ts.
import type { FetchResult, CheckResult, LocatedReference, PageMetadata } from '../types.js';
import {
  conditionalHeaders,
  confirmationStatus,
  hasDrifted,
  historyFor,
  isNotModified,
  pendingField,
  recordObservation,
  resultFromReading,
  reusableReading,
  storedReading,
  validatorsFrom,
  type ConfirmOptions,
  type Observation,
  type State,
  type StateEntry,
  type Validators,
} from '../state/index.js';
import type { VerifyOptions } from '../verify/index.js';

export interface MemoryOptions {
  state: State;
  /** --max-age in ms: a verified reading younger than this is reused without a request. */
  maxAgeMs?: number;
  /** --confirm. */
  confirm?: ConfirmOptions;
}

/**
 * Readings a 304 may stand for: verdicts that follow from the headline and date alone, which is
 * all the state keeps. A soft-404 or a bot wall was judged on signals of the page that are not
 * stored, so such a page is asked for in full again.
 */
const REUSABLE_READINGS: ReadonlySet<string> = new Set(['verified', 'moved', 'title-mismatch', 'date-mismatch']);

function reusable(history: readonly Observation[]): Observation | null {
  const reading = storedReading(history);
  return reading && REUSABLE_READINGS.has(reading.verdict) ? reading : null;
}

/** What the check of one reference's own URL leaves for the memory once its verdict is final. */
export interface MemoryNote {
  url: string;
  history: Observation[];
  status: number | null;
  fingerprint: string | null;
  /** undefined keeps the stored validators; null clears them (a page read without any). */
  validators: Validators | null | undefined;
  /** False for a --max-age reuse: nothing was observed, nothing is recorded. */
  observed: boolean;
}

/** The run's memory: read-only history in, the updated entries out. */
export class RunMemory {
  readonly updated = new Map<string, StateEntry>();

  constructor(
    readonly options: MemoryOptions,
    private readonly now: () => Date,
  ) {}

  historyOf(reference: LocatedReference, url: string): Observation[] {
    return historyFor(this.options.state, reference.id, url);
  }

  /** --max-age: the stored verdict when the last verified reading is young enough; no request is made. */
  reuse(reference: LocatedReference, url: string, verify: VerifyOptions): { result: CheckResult; note: MemoryNote } | null {
    if (this.options.maxAgeMs === undefined) return null;
    const history = this.historyOf(reference, url);
    const reading = reusableReading(history, this.now(), this.options.maxAgeMs);
    if (!reading) return null;
    const result: CheckResult = { ...resultFromReading(reference, reading, verify), cached: 'max-age' };
    return { result, note: { url, history, status: reading.status, fingerprint: reading.fingerprint, validators: undefined, observed: false } };
  }

  /** If-None-Match / If-Modified-Since, only when there is a stored reading a 304 could stand for. */
  requestHeaders(reference: LocatedReference, url: string): Record<string, string> {
    const history = this.historyOf(reference, url);
    if (reusable(history) === null) return {};
    return conditionalHeaders(this.options.state.entries.get(reference.id));
  }

  /** A 304 with a stored reading: that reading judged against the citation as it is now. */
  notModified(reference: LocatedReference, url: string, fetched: FetchResult, verify: VerifyOptions): { result: CheckResult; note: MemoryNote } | null {
    if (!isNotModified(fetched)) return null;
    const history = this.historyOf(reference, url);
    const reading = reusable(history);
    if (!reading) return null;
    const result: CheckResult = { ...resultFromReading(reference, reading, verify, fetched), cached: 'not-modified' };
    return { result, note: { url, history, status: 304, fingerprint: reading.fingerprint, validators: undefined, observed: true } };
  }

  /** The note of a page fetched (or not) the ordinary way. */
  noteFor(reference: LocatedReference, url: string, fetched: FetchResult, page: PageMetadata | null): MemoryNote {
    return {
      url,
      history: this.historyOf(reference, url),
      status: fetched.status,
      fingerprint: page?.fingerprint ?? null,
      validators: fetched.body ? validatorsFrom(fetched.headers) : undefined,
      observed: true,
    };
  }

  /**
   * The final result of a reference's own URL: --confirm's hold (`pending`), `drift`, and the
   * observation recorded. A result not checked for want of a network records no sighting.
   */
  settle(reference: LocatedReference, result: CheckResult, note: MemoryNote): CheckResult {
    if (result.notChecked) return result;
    const observation: Observation = {
      at: this.now().toISOString(),
      verdict: result.verdict,
      status: note.status,
      title: result.title.found,
      date: result.date.found,
      fingerprint: note.fingerprint,
    };
    let settled = result;
    if (this.options.confirm) {
      const pending = pendingField(confirmationStatus(note.history, observation, this.options.confirm));
      if (pending) settled = { ...settled, pending };
    }
    if (note.observed && hasDrifted(note.history, note.fingerprint)) settled = { ...settled, drift: true };
    if (note.observed) {
      this.updated.set(
        reference.id,
        recordObservation(this.options.state.entries.get(reference.id), note.url, observation, {
          validators: note.validators,
          confirmIntervalMs: this.options.confirm?.intervalMs,
        }),
      );
    }
    return settled;
  }
}
