import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/verify/index.js';
import { textFingerprint } from '../../src/extract/fingerprint.js';
import {
  conditionalHeaders,
  emptyState,
  hasDrifted,
  historyFor,
  pageFromReading,
  recordObservation,
  reusableReading,
  storedReading,
  validatorsFrom,
  type Observation,
} from '../../src/state/index.js';
import { fetched, reference } from '../helpers/page.js';

const NOW = new Date('2026-12-02T06:00:00.000Z');
const HOUR = 3_600_000;

function at(hoursBeforeNow: number, parts: Partial<Observation> = {}): Observation {
  return {
    at: new Date(NOW.getTime() - hoursBeforeNow * HOUR).toISOString(),
    verdict: 'verified',
    status: 200,
    title: 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS',
    date: '2024-11-20',
    fingerprint: null,
    ...parts,
  };
}

describe('validators', () => {
  it('are read from a response and sent back as conditional headers', () => {
    const validators = validatorsFrom({ etag: '"v1"', 'last-modified': 'Wed, 20 Nov 2024 01:00:00 GMT', 'content-type': 'text/html' });
    expect(validators).toEqual({ etag: '"v1"', lastModified: 'Wed, 20 Nov 2024 01:00:00 GMT' });
    expect(validatorsFrom({ 'content-type': 'text/html' })).toBeNull();
    const entry = recordObservation(undefined, 'https://example.org/a', at(1), { validators });
    expect(conditionalHeaders(entry)).toEqual({ 'if-none-match': '"v1"', 'if-modified-since': 'Wed, 20 Nov 2024 01:00:00 GMT' });
    expect(conditionalHeaders(undefined)).toEqual({});
    // A check that read no page keeps the stored validators.
    expect(recordObservation(entry, 'https://example.org/a', at(0, { verdict: 'error', status: null })).validators).toEqual(validators);
  });
});

describe('historyFor', () => {
  it('is empty for an unknown reference or one whose URL changed', () => {
    const state = emptyState();
    state.entries.set('3', recordObservation(undefined, 'https://example.org/a', at(5)));
    expect(historyFor(state, '3', 'https://example.org/a')).toHaveLength(1);
    expect(historyFor(state, '3', 'https://example.org/b')).toEqual([]);
    expect(historyFor(state, '4', 'https://example.org/a')).toEqual([]);
    expect(historyFor(state, 'constructor', 'https://example.org/a')).toEqual([]);
  });
});

describe('reusableReading (--max-age)', () => {
  it('reuses the newest observation when it is a verified reading younger than the age', () => {
    expect(reusableReading([at(30), at(2)], NOW, 24 * HOUR)).toEqual(at(2));
    expect(reusableReading([at(30)], NOW, 24 * HOUR)).toBeNull();
    expect(reusableReading([at(2), at(1, { verdict: 'dead', status: 404, title: null })], NOW, 24 * HOUR)).toBeNull();
    expect(reusableReading([at(-1)], NOW, 24 * HOUR)).toBeNull(); // stamped in the future
    expect(reusableReading([], NOW, 24 * HOUR)).toBeNull();
  });
});

describe('stored readings (304)', () => {
  it('the newest page read is compared with the citation as it is now', () => {
    const history = [at(48), at(24, { title: 'Old headline', date: '2024-11-19' }), at(1, { verdict: 'error', status: null, title: null, date: null })];
    const reading = storedReading(history)!;
    expect(reading.title).toBe('Old headline');
    const ref = reference({ title: 'Old headline', date: '2024-11-19' });
    const page = pageFromReading(reading);
    expect(decideVerdict(ref, fetched({ url: ref.url! }), page, { titleThreshold: 0.85, dateTolerance: 1 }).verdict).toBe('verified');
    // A citation that does not match the stored reading does not pass because of the 304.
    const other = reference({ title: 'Seoul unveils a new satellite launch plan', date: '2024-11-19' });
    expect(decideVerdict(other, fetched({ url: other.url! }), page, { titleThreshold: 0.85, dateTolerance: 1 }).verdict).toBe('title-mismatch');
  });
});

describe('fingerprints and drift', () => {
  it('fold whitespace and case, and notice a changed text', () => {
    const first = textFingerprint('North Korea sent troops.\n\n  Seoul  said so.');
    expect(first).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(textFingerprint('north korea sent troops. seoul said so.')).toBe(first);
    const changed = textFingerprint('North Korea sent 12,000 troops. Seoul said so.');
    expect(changed).not.toBe(first);
    const history = [at(48, { fingerprint: first }), at(24, { fingerprint: null })];
    expect(hasDrifted(history, first)).toBe(false);
    expect(hasDrifted(history, changed)).toBe(true);
    expect(hasDrifted(history, null)).toBe(false);
    expect(hasDrifted([], changed)).toBe(false);
  });
});
