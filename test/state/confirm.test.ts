import { describe, expect, it } from 'vitest';
import { confirmationStatus, pendingField, recordObservation, type Observation } from '../../src/state/index.js';
import type { Verdict } from '../../src/types.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T06:00:00.000Z');
const DAILY = { n: 3, intervalMs: 24 * HOUR };

function seen(verdict: Verdict, hoursAfterT0: number): Observation {
  return { at: new Date(T0 + hoursAfterT0 * HOUR).toISOString(), verdict, status: verdict === 'dead' ? 404 : 200, title: null, date: null, fingerprint: null };
}

/** The confirmation of the last observation given the ones before it. */
function status(...observations: Observation[]) {
  return confirmationStatus(observations.slice(0, -1), observations[observations.length - 1]!, DAILY);
}

describe('confirmationStatus (--confirm 3x24h)', () => {
  it('holds back a reference last seen working until three failures at least 24 h apart', () => {
    const since = seen('dead', 24).at;
    expect(status(seen('verified', 0), seen('dead', 24))).toEqual({ state: 'pending', seen: 1, needed: 3, since });
    expect(pendingField(status(seen('verified', 0), seen('dead', 24)))).toEqual({ seen: 1, needed: 3, since });
    expect(pendingField(status(seen('dead', 24)))).toBeNull();
    expect(status(seen('verified', 0), seen('dead', 24), seen('dead', 48))).toEqual({ state: 'pending', seen: 2, needed: 3, since });
    expect(status(seen('verified', 0), seen('dead', 24), seen('dead', 48), seen('dead', 72))).toEqual({
      state: 'failing', why: 'confirmed', seen: 3, needed: 3, since,
    });
  });

  it('counts a sighting only when it comes at least the interval after the previous counted one', () => {
    const hourly = [seen('verified', 0), ...Array.from({ length: 30 }, (_, i) => seen('error', 1 + i))];
    // 1 h counted, 25 h counted, nothing else within the 30 hours: still pending at 2 of 3.
    expect(status(...hourly)).toMatchObject({ state: 'pending', seen: 2 });
    expect(status(...hourly, seen('error', 49))).toMatchObject({ state: 'failing', why: 'confirmed', seen: 3 });
  });

  it('fails at once a reference never seen working: there is nothing to confirm', () => {
    expect(status(seen('dead', 0))).toMatchObject({ state: 'failing', why: 'never-worked', seen: 1 });
    expect(status(seen('error', 0), seen('dead', 30))).toMatchObject({ state: 'failing', why: 'never-worked', seen: 2 });
  });

  it('a working observation in between resets the count', () => {
    expect(status(seen('verified', 0), seen('dead', 24), seen('dead', 48), seen('moved', 60), seen('dead', 72))).toMatchObject({
      state: 'pending', seen: 1, since: seen('dead', 72).at,
    });
  });

  it('moving between failing kinds keeps the count', () => {
    expect(status(seen('verified', 0), seen('error', 24), seen('blocked', 48), seen('soft-404', 72))).toMatchObject({
      state: 'failing', why: 'confirmed', seen: 3,
    });
  });

  it('a changed headline or date is never held back, and a later failure after it fails at once', () => {
    expect(status(seen('verified', 0), seen('title-mismatch', 24))).toEqual({ state: 'not-held' });
    expect(status(seen('verified', 0), seen('date-mismatch', 24))).toEqual({ state: 'not-held' });
    expect(status(seen('verified', 0), seen('title-mismatch', 24), seen('dead', 48))).toMatchObject({ state: 'failing', why: 'never-worked' });
  });

  it('working results are not held; skipped observations neither count nor break a streak', () => {
    expect(status(seen('dead', 0), seen('verified', 24))).toEqual({ state: 'not-held' });
    expect(status(seen('verified', 0), seen('dead', 24), seen('skipped', 40), seen('dead', 48))).toMatchObject({ state: 'pending', seen: 2 });
  });

  it('a run without network records no sighting: its observation is judged but not stored', () => {
    const history = [seen('verified', 0), seen('dead', 24)];
    const offline = seen('error', 48);
    expect(confirmationStatus(history, offline, DAILY)).toMatchObject({ state: 'pending', seen: 2 });
    // The caller does not record it, so the next run counts from the same history.
    expect(confirmationStatus(history, seen('dead', 72), DAILY)).toMatchObject({ state: 'pending', seen: 2 });
  });

  it('N = 1 fails on the first failure after working', () => {
    expect(confirmationStatus([seen('verified', 0)], seen('dead', 1), { n: 1, intervalMs: DAILY.intervalMs })).toMatchObject({
      state: 'failing', why: 'confirmed', seen: 1,
    });
  });

  it('trimming to 20 observations keeps the last working one and the counted sightings', () => {
    let entry = recordObservation(undefined, 'https://example.org/a', seen('verified', 0), { confirmIntervalMs: DAILY.intervalMs });
    for (let hour = 1; hour <= 48; hour++) {
      entry = recordObservation(entry, 'https://example.org/a', seen('error', hour), { confirmIntervalMs: DAILY.intervalMs });
    }
    expect(entry.observations).toHaveLength(20);
    expect(entry.observations[0]!.verdict).toBe('verified');
    expect(entry.observations.map((o) => o.at)).toContain(seen('error', 25).at);
    expect(status(...entry.observations, seen('error', 49))).toMatchObject({ state: 'failing', why: 'confirmed', seen: 3 });
    // Without the interval the oldest simply go: the working observation is lost.
    let plain = recordObservation(undefined, 'https://example.org/a', seen('verified', 0));
    for (let hour = 1; hour <= 48; hour++) plain = recordObservation(plain, 'https://example.org/a', seen('error', hour));
    expect(plain.observations[0]!.verdict).toBe('error');
    expect(plain.observations).toHaveLength(20);
  });
});
