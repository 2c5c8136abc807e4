// Regression tests for review findings on the gate, robots.txt and close(). Each test is named
// after the bug it pins.
import { describe, expect, it } from 'vitest';
import { GateClosedError, SiteGate, type GateTicket } from '../../src/fetch/site-gate.js';
import { eventually, html } from './servers.js';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';

const { serve, fetcher } = closedAfterEach();
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Whether the promise has settled after the pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(() => (done = true), () => (done = true));
  await turn();
  await turn();
  return done;
}

describe('requests never sent still used up the site interval', () => {
  it('gives the turn back for a ticket released unused, and keeps it for a tried one', async () => {
    const clock = { now: 0 };
    const gate = new SiteGate(4, () => ({ interval: 60_000, concurrency: 1 }), () => clock.now);
    try {
      const unused: GateTicket = await gate.acquire('site');
      unused.release(false);
      const tried = await gate.acquire('site'); // granted at once: the unused turn came back
      tried.release();
      const next = gate.acquire('site');
      next.catch(() => {});
      expect(await settled(next)).toBe(false); // a tried request keeps the interval
    } finally {
      gate.dispose();
    }
  });

  it('does not take a turn for URLs robots.txt forbids', async () => {
    const s = await serve('127.0.0.50', (req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      res.writeHead(200, { 'content-type': 'text/html' }).end(html('ok'));
    });
    const f = fetcher(testOptions({ ignoreRobots: false, hostInterval: 400 }));
    const forbidden = await Promise.all([1, 2, 3, 4].map((i) => f.fetchPage(`${s.origin}/private/${i}`)));
    expect(forbidden.every((r) => r.robotsDisallowed)).toBe(true);
    const ok = await f.fetchPage(`${s.origin}/ok`);
    expect(ok.status).toBe(200);
    expect(s.hits.map((h) => h.path)).toEqual(['/robots.txt', '/ok']);
    // One interval after robots.txt; with a turn per forbidden URL it would be five (2000 ms).
    expect(s.hits[1]!.at - s.hits[0]!.at).toBeLessThan(1_200);
  });
});

describe('robots.txt reached through a redirect was ignored for the origin that asked', () => {
  it('applies the redirected robots.txt to the requesting origin', async () => {
    const target = await serve('127.0.0.52', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: citecheck\nDisallow: /private\n'));
    const s = await serve('127.0.0.51', (req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(301, { location: `${target.origin}/robots.txt` }).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(html('page'));
    });
    const result = await fetcher(testOptions({ ignoreRobots: false })).fetchPage(`${s.origin}/private/a`);
    expect(result.robotsDisallowed).toBe(true);
    expect(s.hits.map((h) => h.path)).toEqual(['/robots.txt']);
  });
});

describe('close() did not stop pending retries', () => {
  it('ends a backoff sleep and resolves the pending fetchPage as cancelled', async () => {
    const s = await serve('127.0.0.53', (_req, res) => res.writeHead(503).end());
    const f = fetcher(testOptions({ retries: 3, backoffBaseMs: 60_000 }));
    const pending = f.fetchPage(`${s.origin}/x`);
    expect(await eventually(() => s.hits.length >= 1)).toBe(true);
    await f.close();
    const result = await pending;
    expect(result.errorDetail).toBe('cancelled: the run was closed');
    const hits = s.hits.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(s.hits).toHaveLength(hits);
  });

  it('resolves queued requests and later calls as cancelled, and the gate refuses after dispose', async () => {
    const s = await serve('127.0.0.54', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('x')));
    const f = fetcher(testOptions({ hostInterval: 60_000, hostConcurrency: 1 }));
    const first = await f.fetchPage(`${s.origin}/0`);
    expect(first.status).toBe(200);
    const queued = [1, 2, 3].map((i) => f.fetchPage(`${s.origin}/${i}`));
    await turn();
    await f.close();
    const results = await Promise.all([...queued, f.fetchPage(`${s.origin}/late`)]);
    for (const r of results) expect(r).toMatchObject({ error: 'reset', errorDetail: 'cancelled: the run was closed', reachedServer: false });
    expect(s.hits).toHaveLength(1);

    const gate = new SiteGate(1, () => ({ interval: 0, concurrency: 1 }));
    gate.dispose();
    await expect(gate.acquire('site')).rejects.toBeInstanceOf(GateClosedError);
  });
});

describe('requests waiting at the gate were sent into a long pause', () => {
  it('sends nothing more to a site once it asked for a wait longer than we take', async () => {
    const s = await serve('127.0.0.45', (_req, res) => {
      res.writeHead(503, { 'retry-after': '5', 'content-type': 'text/html' });
      res.end(html('busy'));
    });
    const f = fetcher(testOptions({ hostConcurrency: 1, hostInterval: 20, retries: 1, maxRetryAfterMs: 2_000 }));
    const results = await Promise.all(['/a', '/b', '/c'].map((path) => f.fetchPage(`${s.origin}${path}`)));
    // The first answer sets a 5 s pause; the two URLs already queued behind it are not sent.
    expect(s.hits).toHaveLength(1);
    expect(results.map((result) => result.status)).toEqual([503, 503, 503]);
    expect(results.filter((result) => result.attempts === 0)).toHaveLength(2);
    expect(results[0]!.errorDetail).toMatch(/asked to wait 5 s/);
  });
});
