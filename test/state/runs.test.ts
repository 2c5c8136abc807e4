// The state module across several runs on a clock the test moves, against a real loopback site
// through the real fetcher, with the state file on disk between runs: the way check will use it.
import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/index.js';
import { siteKey } from '../../src/fetch/index.js';
import {
  conditionalHeaders,
  confirmationStatus,
  historyFor,
  isNotModified,
  loadState,
  recordObservation,
  resultFromReading,
  saveState,
  stateForSave,
  storedReading,
  validatorsFrom,
  type Confirmation,
  type Observation,
} from '../../src/state/index.js';
import type { CheckResult, LocatedReference } from '../../src/types.js';
import { decideVerdict } from '../../src/verify/index.js';
import { closedAfterEach } from '../fetch/cleanup.js';
import { testOptions } from '../fetch/options.js';
import { articleHtml } from '../helpers/cdx-server.js';
import { reference } from '../helpers/page.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T06:00:00.000Z');
const TITLE = 'Seoul and Washington agree the nuclear talks will go on';
const VERIFY = { titleThreshold: 0.85, dateTolerance: 1 };
const CONFIRM = { n: 2, intervalMs: 24 * HOUR };

type Answer = 'article' | 'down' | 'gone';
const tools = closedAfterEach();
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-runs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function siteAnswering(script: { answer: Answer }) {
  const seen: Array<string | undefined> = [];
  const site = await tools.serve('127.0.0.7', (req, res: ServerResponse) => {
    seen.push(req.headers['if-none-match']);
    if (script.answer === 'down') {
      res.writeHead(503, { 'content-type': 'text/html' });
      return res.end('<html><title>Service Unavailable</title></html>');
    }
    if (script.answer === 'gone') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<html><title>Not Found</title></html>');
    }
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
    res.end(articleHtml(TITLE, '2024-11-07T09:20:00+09:00'));
  });
  return { site, seen };
}

/** One check run of one reference, as check will wire it: state in, request, verdict, confirmation, state out. */
async function run(path: string, ref: LocatedReference, hoursAfterT0: number, networkUp = true): Promise<{ result: CheckResult; confirmation: Confirmation; cached: boolean }> {
  const now = new Date(T0 + hoursAfterT0 * HOUR);
  const state = await loadState(path);
  const url = ref.url!;
  const history = historyFor(state, ref.id, url);
  const entry = history.length > 0 ? state.entries.get(ref.id) : undefined;
  const fetcher = tools.fetcher(testOptions({ siteOverrides: { [siteKey(url)]: { headers: conditionalHeaders(entry) } } }));
  const fetched = networkUp
    ? await fetcher.fetchPage(url)
    : { ...(await fetcher.fetchPage('http://127.0.0.1:9/')), url, finalUrl: url }; // a refused connection: nothing reached
  const reading = storedReading(history);
  const cached = isNotModified(fetched) && reading !== null;
  const result = cached
    ? resultFromReading(ref, reading, VERIFY, fetched)
    : decideVerdict(ref, fetched, fetched.body ? extractMetadata(fetched.body, { contentType: fetched.contentType, url, headers: fetched.headers, now }) : null, VERIFY);
  const observation: Observation = {
    at: now.toISOString(),
    verdict: result.verdict,
    status: fetched.status,
    title: result.title.found,
    date: result.date.found,
    fingerprint: null,
  };
  const confirmation = confirmationStatus(history, observation, CONFIRM);
  // A run without network records no sighting.
  if (fetched.reachedServer) {
    const validators = fetched.body ? validatorsFrom(fetched.headers) : undefined;
    const updated = recordObservation(state.entries.get(ref.id), url, observation, { validators, confirmIntervalMs: CONFIRM.intervalMs });
    await saveState(path, stateForSave(state, new Map([[ref.id, updated]]), [ref.id]));
  }
  return { result, confirmation, cached };
}

describe('runs with --state --confirm 2x24h', () => {
  it('a site down for a day is pending, recovers, then a confirmed failure fails', async () => {
    const script = { answer: 'article' as Answer };
    const { site, seen } = await siteAnswering(script);
    const ref = reference({ id: '7', title: TITLE, date: '2024-11-07', url: `${site.origin}/news/talks` });
    const path = join(dir, 'citecheck.state.json');

    expect(await run(path, ref, 0)).toMatchObject({ result: { verdict: 'verified' }, confirmation: { state: 'not-held' }, cached: false });
    script.answer = 'down';
    expect(await run(path, ref, 24)).toMatchObject({ result: { verdict: 'error' }, confirmation: { state: 'pending', seen: 1, needed: 2 } });
    // Without network: still held back, and nothing recorded.
    expect(await run(path, ref, 30, false)).toMatchObject({ confirmation: { state: 'pending', seen: 1 } });
    script.answer = 'article';
    // Back: the 304 reuses the stored reading; the count is reset.
    expect(await run(path, ref, 48)).toMatchObject({ result: { verdict: 'verified', http: { status: 304 } }, confirmation: { state: 'not-held' }, cached: true });
    expect(seen.at(-1)).toBe('"v1"');
    script.answer = 'gone';
    expect(await run(path, ref, 72)).toMatchObject({ result: { verdict: 'dead' }, confirmation: { state: 'pending', seen: 1 } });
    // Twelve hours later is no new sighting.
    expect(await run(path, ref, 84)).toMatchObject({ confirmation: { state: 'pending', seen: 1 } });
    expect(await run(path, ref, 96)).toMatchObject({ result: { verdict: 'dead' }, confirmation: { state: 'failing', why: 'confirmed', seen: 2 } });
    const saved = await loadState(path);
    expect(saved.entries.get('7')!.observations.map((o) => o.verdict)).toEqual(['verified', 'error', 'verified', 'dead', 'dead', 'dead']);
    expect(saved.entries.get('7')!.validators).toEqual({ etag: '"v1"', lastModified: null });
  });

  it('a 304 compares the stored reading with the citation as it is now: a corrected citation passes', async () => {
    const { site } = await siteAnswering({ answer: 'article' });
    const path = join(dir, 'citecheck.state.json');
    const wrong = reference({ id: '7', title: 'Seoul and Washington agree nuclear talks are over', date: '2024-11-07', url: `${site.origin}/news/talks` });
    expect((await run(path, wrong, 0)).result.verdict).toBe('title-mismatch');
    const corrected = { ...wrong, title: TITLE };
    expect(await run(path, corrected, 24)).toMatchObject({ result: { verdict: 'verified' }, cached: true });
  });

  it('a reference never seen working fails at once', async () => {
    const { site } = await siteAnswering({ answer: 'gone' });
    const ref = reference({ id: '7', title: TITLE, date: '2024-11-07', url: `${site.origin}/news/talks` });
    expect(await run(join(dir, 's.json'), ref, 0)).toMatchObject({ result: { verdict: 'dead' }, confirmation: { state: 'failing', why: 'never-worked' } });
  });
});
