// --confirm N[xD], as InternetArchiveBot does it: a link that worked is called dead only after
// repeated failures days apart, so a site down for an hour does not fail a daily CI build.
import type { Verdict } from '../types.js';
import type { Observation } from './schema.js';

/** Failures that may be passing trouble: held back while they are being confirmed. */
const CONFIRMABLE: ReadonlySet<Verdict> = new Set<Verdict>(['dead', 'soft-404', 'blocked', 'error']);
const WORKING: ReadonlySet<Verdict> = new Set<Verdict>(['verified', 'moved']);

export interface ConfirmOptions {
  n: number;
  intervalMs: number;
}

export type Confirmation =
  /** The result is not one --confirm holds back (it works, or it is a fact about the page such as a changed headline). */
  | { state: 'not-held' }
  /** Nothing to confirm: the reference was never seen working (or last seen changed), so it fails at once. */
  | { state: 'failing'; why: 'never-worked'; seen: number; needed: number; since: string }
  /** Seen failing often enough, far enough apart: it fails. */
  | { state: 'failing'; why: 'confirmed'; seen: number; needed: number; since: string }
  /** Held back: reported, not counted for the exit code. */
  | { state: 'pending'; seen: number; needed: number; since: string };

/**
 * The current failing streak: the confirmable observations after the last other one (skipped
 * observations, where nothing was fetched, are passed over), and whether what came before the
 * streak was a working observation.
 */
function failingStreak(history: readonly Observation[]): { streak: Observation[]; afterWorking: boolean } {
  const streak: Observation[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const observation = history[i]!;
    if (observation.verdict === 'skipped') continue;
    if (CONFIRMABLE.has(observation.verdict)) {
      streak.unshift(observation);
      continue;
    }
    return { streak, afterWorking: WORKING.has(observation.verdict) };
  }
  return { streak, afterWorking: false };
}

/** The sightings that count: the first failure, then each one at least intervalMs after the previous counted one. */
function countedSightings(streak: readonly Observation[], intervalMs: number): Observation[] {
  const counted: Observation[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const observation of streak) {
    const at = Date.parse(observation.at);
    if (counted.length > 0 && at - last < intervalMs) continue;
    counted.push(observation);
    last = at;
  }
  return counted;
}

/**
 * Where `current` (this run's observation, not yet recorded) stands in its confirmation, given
 * the stored `history` of the same URL (oldest first). A changed headline or date
 * (title-mismatch, date-mismatch) is a fact about the page: it is never held back. A run without
 * network records no sighting: its observation is not recorded, so it never adds to a count.
 */
export function confirmationStatus(history: readonly Observation[], current: Observation, options: ConfirmOptions): Confirmation {
  if (!CONFIRMABLE.has(current.verdict)) return { state: 'not-held' };
  const { streak, afterWorking } = failingStreak([...history, current]);
  const counted = countedSightings(streak, options.intervalMs);
  const since = streak[0]!.at;
  const base = { seen: counted.length, needed: options.n, since };
  if (!afterWorking) return { state: 'failing', why: 'never-worked', ...base };
  if (counted.length >= options.n) return { state: 'failing', why: 'confirmed', ...base };
  return { state: 'pending', ...base };
}

/**
 * The observations that must survive trimming to MAX_OBSERVATIONS so a confirmation in progress
 * is not lost: the last working observation before the current streak and the streak's counted
 * sightings. Without this an hourly run with 3x24h would push the working observation out after
 * 20 hours and then fail the reference as "never seen working".
 */
export function protectedObservations(history: readonly Observation[], intervalMs: number): Set<Observation> {
  const kept = new Set<Observation>();
  const { streak, afterWorking } = failingStreak(history);
  for (const sighting of countedSightings(streak, intervalMs)) kept.add(sighting);
  if (afterWorking) {
    const start = streak.length > 0 ? history.indexOf(streak[0]!) : history.length;
    for (let i = start - 1; i >= 0; i--) {
      if (history[i]!.verdict === 'skipped') continue;
      kept.add(history[i]!);
      break;
    }
  }
  return kept;
}

/** The report's `pending` field (`{seen, needed, since}`) while --confirm holds a result back, else null. */
export function pendingField(confirmation: Confirmation): { seen: number; needed: number; since: string } | null {
  return confirmation.state === 'pending' ? { seen: confirmation.seen, needed: confirmation.needed, since: confirmation.since } : null;
}
