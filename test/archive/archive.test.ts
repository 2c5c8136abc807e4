// The archive lookup against a loopback archive shaped like web.archive.org, through real HTTP:
// the CDX index by the index client, the captures by the project's polite fetcher.
import { afterEach, describe, expect, it } from 'vitest';
import {
  archiveField,
  archiveFix,
  checkCapture,
  createIndexClient,
  findArchivedCopy,
  rawCaptureUrl,
  type ArchiveDeps,
  type IndexClient,
} from '../../src/archive/index.js';
import type { FetchEvent } from '../../src/fetch/index.js';
import { articleHtml, notFoundHtml, startArchive, type ArchiveStub, type StubCapture } from '../helpers/cdx-server.js';
import { reference } from '../helpers/page.js';
import { closedAfterEach } from '../fetch/cleanup.js';
import { testOptions } from '../fetch/options.js';

const ORIGINAL = 'https://www.dailyexample.com/news/2024/11/07/talks-go-on';
const TITLE = 'Seoul and Washington agree the nuclear talks will go on';
const CITED = reference({ id: '7', title: TITLE, outlet: 'The Daily Example', date: '2024-11-07', url: ORIGINAL });
const VERIFY = { titleThreshold: 0.85, dateTolerance: 1 };

const tools = closedAfterEach();
const stubs: ArchiveStub[] = [];
const clients: IndexClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

async function archiveWith(captures: StubCapture[]): Promise<{ stub: ArchiveStub; deps: ArchiveDeps; events: FetchEvent[] }> {
  const stub = await startArchive(captures);
  stubs.push(stub);
  const events: FetchEvent[] = [];
  const fetcher = tools.fetcher(testOptions(), (event) => events.push(event));
  const index = createIndexClient({ userAgent: 'citecheck-test/1.0', timeout: 1000, interval: 0, retryDelayMs: 10 });
  clients.push(index);
  return { stub, events, deps: { endpoint: stub.endpoint, queryIndex: index.query, fetchCapture: fetcher.fetchPage, verify: VERIFY } };
}

const article = (timestamp: string, title = TITLE, published = '2024-11-07T09:20:00+09:00'): StubCapture => ({
  original: ORIGINAL,
  timestamp,
  body: articleHtml(title, published),
});

describe('findArchivedCopy', () => {
  it('tries captures from the day before the date onward, earliest first, skipping redirects, until one verifies', async () => {
    const { stub, deps, events } = await archiveWith([
      article('20241105120000'),
      { original: ORIGINAL, timestamp: '20241106230000', statuscode: 301, location: 'https://www.dailyexample.com/' },
      { original: ORIGINAL, timestamp: '20241107030000', body: notFoundHtml() },
      article('20241107080000'),
      article('20241120000000', 'Seoul says the talks are off'),
    ]);
    const found = await findArchivedCopy(CITED, `${ORIGINAL}#comments`, deps);
    expect(found.status).toBe('verified');
    expect(found.capture).toMatchObject({
      url: `${stub.endpoint}/web/20241107080000/${ORIGINAL}`,
      timestamp: '20241107080000',
      verdict: 'verified',
      title: TITLE,
      date: '2024-11-07',
    });
    expect(found.tried.map((t) => [t.timestamp, t.verdict])).toEqual([
      ['20241107030000', 'soft-404'],
      ['20241107080000', 'verified'],
    ]);
    expect(archiveField(found)).toEqual({ url: found.capture!.url, timestamp: '20241107080000', verdict: 'verified', title: TITLE, date: '2024-11-07' });
    expect(archiveFix(found)).toEqual({ url: found.capture!.url, why: 'archived copy of 2024-11-07: headline and date verified' });
    const [query] = stub.queries();
    expect(query!.get('url')).toBe(ORIGINAL);
    expect(query!.get('from')).toBe('20241106');
    expect(query!.getAll('filter')).toEqual(['statuscode:200']);
    // The redirect capture and the later ones were never requested; the captures went through the fetcher.
    expect(stub.requests.filter((path) => path.startsWith('/web/'))).toEqual([
      `/web/20241107030000id_/${ORIGINAL}`,
      `/web/20241107080000id_/${ORIGINAL}`,
    ]);
    expect(events.filter((e) => e.type === 'started').map((e) => (e as { url: string }).url)).toEqual([
      rawCaptureUrl(stub.endpoint, { timestamp: '20241107030000', original: ORIGINAL }),
      rawCaptureUrl(stub.endpoint, { timestamp: '20241107080000', original: ORIGINAL }),
    ]);
  });

  it('when nothing from the date onward verifies, checks the closest capture before that day', async () => {
    const { stub, deps } = await archiveWith([
      article('20240301000000', 'An older story on the same page'),
      article('20241104070000'),
      article('20241108000000', 'Seoul says the talks are off'),
      { original: ORIGINAL, timestamp: '20241109000000', body: notFoundHtml() },
    ]);
    const found = await findArchivedCopy(CITED, ORIGINAL, deps);
    expect(found.status).toBe('verified');
    expect(found.capture?.timestamp).toBe('20241104070000');
    expect(found.tried.map((t) => t.verdict)).toEqual(['title-mismatch', 'soft-404', 'verified']);
    const before = stub.queries()[1]!;
    expect([before.get('from'), before.get('to'), before.get('limit')]).toEqual(['20231106', '20241105235959', '-5']);
  });

  it('reports the nearest capture it checked when none verifies, with its headline', async () => {
    const { deps } = await archiveWith([article('20241108000000', 'Seoul says the talks are off')]);
    const found = await findArchivedCopy(CITED, ORIGINAL, deps);
    expect(found.status).toBe('not-verified');
    expect(found.capture).toMatchObject({ timestamp: '20241108000000', verdict: 'title-mismatch', title: 'Seoul says the talks are off' });
    expect(archiveField(found)).toMatchObject({ verdict: 'title-mismatch' });
    expect(archiveFix(found)).toBeNull();
  });

  it('no capture at all: two index queries, no capture request', async () => {
    const { stub, deps } = await archiveWith([article('20241108000000')].map((c) => ({ ...c, original: 'https://other.example/x' })));
    expect(await findArchivedCopy(CITED, ORIGINAL, deps)).toEqual({ status: 'no-captures', capture: null, tried: [] });
    expect(stub.requests.every((path) => path.startsWith('/cdx/'))).toBe(true);
    expect(stub.queries()).toHaveLength(2);
  });

  it('an index that cannot be reached is "unavailable", not reached', async () => {
    const stub = await startArchive([]);
    const endpoint = stub.endpoint;
    await stub.close();
    const index = createIndexClient({ userAgent: 'citecheck-test/1.0', timeout: 500, interval: 0, retryDelayMs: 10 });
    clients.push(index);
    const fetcher = tools.fetcher(testOptions());
    const found = await findArchivedCopy(CITED, ORIGINAL, { endpoint, queryIndex: index.query, fetchCapture: fetcher.fetchPage, verify: VERIFY });
    expect(found).toMatchObject({ status: 'unavailable', reachedServer: false });
    expect(found.status === 'unavailable' && found.detail).toMatch(/ECONNREFUSED/);
  });

  it('an index answering an error page is "unavailable" with the server reached', async () => {
    const site = await tools.serve('127.0.0.4', (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html>busy</html>');
    });
    const index = createIndexClient({ userAgent: 'citecheck-test/1.0', timeout: 500, interval: 0, retryDelayMs: 10 });
    clients.push(index);
    const fetcher = tools.fetcher(testOptions());
    const found = await findArchivedCopy(CITED, ORIGINAL, { endpoint: site.origin, queryIndex: index.query, fetchCapture: fetcher.fetchPage, verify: VERIFY });
    expect(found).toMatchObject({ status: 'unavailable', reachedServer: true, detail: 'the index answered HTTP 503' });
  });

  it('a reference without a date starts from the earliest captures', async () => {
    const { stub, deps } = await archiveWith([article('20241107080000')]);
    const found = await findArchivedCopy({ ...CITED, date: undefined }, ORIGINAL, deps);
    expect(found.status).toBe('verified');
    expect(stub.queries()[0]!.get('from')).toBeNull();
  });
});

describe('checkCapture', () => {
  it('a capture that is itself a redirect is never offered, even when the index did not filter it out', async () => {
    const { stub, deps } = await archiveWith([
      { original: ORIGINAL, timestamp: '20241107010000', statuscode: 302, location: 'https://www.dailyexample.com/' },
      { original: 'https://www.dailyexample.com/', timestamp: '20241107010000', body: articleHtml(TITLE, '2024-11-07T09:20:00+09:00') },
    ]);
    const capture = { timestamp: '20241107010000', original: ORIGINAL, statusCode: 200, mimeType: 'text/html', digest: null };
    const fetched = await deps.fetchCapture(rawCaptureUrl(stub.endpoint, capture));
    expect(fetched.redirects).toHaveLength(1);
    expect(checkCapture(stub.endpoint, CITED, capture, fetched, VERIFY)).toMatchObject({
      verdict: 'skipped',
      reason: 'the capture is a redirect to https://www.dailyexample.com/',
    });
  });

  it('a timestamp the archive redirects to the nearest capture of the same URL is judged under that timestamp', async () => {
    const { stub, deps } = await archiveWith([article('20241107080000')]);
    const asked = { timestamp: '20241107000000', original: ORIGINAL, statusCode: 200, mimeType: 'text/html', digest: null };
    const fetched = await deps.fetchCapture(rawCaptureUrl(stub.endpoint, asked));
    expect(checkCapture(stub.endpoint, CITED, asked, fetched, VERIFY)).toMatchObject({
      verdict: 'verified',
      timestamp: '20241107080000',
      url: `${stub.endpoint}/web/20241107080000/${ORIGINAL}`,
    });
  });
});

describe('createIndexClient', () => {
  it('retries once after a server error, keeps its interval between queries, and reads a gzip answer', async () => {
    const { gzipSync } = await import('node:zlib');
    let calls = 0;
    const site = await tools.serve('127.0.0.5', (_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('busy');
        return;
      }
      // The CDX server documents gzip by default, whatever the request said.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(gzipSync('[]'));
    });
    const index = createIndexClient({ userAgent: 'citecheck-test/1.0', timeout: 1000, interval: 150, retryDelayMs: 10 });
    clients.push(index);
    const [first, second] = await Promise.all([index.query(`${site.origin}/cdx/search/cdx?url=a`), index.query(`${site.origin}/cdx/search/cdx?url=b`)]);
    expect(first).toEqual({ ok: true, text: '[]' });
    expect(second).toEqual({ ok: true, text: '[]' });
    expect(site.hits.map((hit) => hit.path)).toEqual(['/cdx/search/cdx?url=a', '/cdx/search/cdx?url=a', '/cdx/search/cdx?url=b']);
    const starts = site.hits.map((hit) => hit.at);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(140);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(140);
  });
});
