// Two additions for --state and --archive: per-request headers (a conditional request that a 304
// can answer) and origins trusted as given (the archive endpoint) past the private-address guard.
import { describe, expect, it } from 'vitest';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';

const tools = closedAfterEach();
const page = (res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<html><title>A page</title></html>');
};

describe('per-request headers', () => {
  it('sends them to the site asked for only, not after a redirect to another site', async () => {
    const other = await tools.serve('127.0.0.25', (_req, res) => page(res));
    const first = await tools.serve('127.0.0.24', (req, res) => {
      if (req.url === '/away') {
        res.writeHead(301, { location: `${other.origin}/there` });
        return res.end();
      }
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      page(res);
    });
    const fetcher = tools.fetcher(testOptions());
    const answered = await fetcher.fetchPage(`${first.origin}/page`, { headers: { 'If-None-Match': '"v1"' } });
    expect(answered.status).toBe(304);
    expect(answered.body).toBeNull();
    expect((await fetcher.fetchPage(`${first.origin}/page`)).status).toBe(200);
    await fetcher.fetchPage(`${first.origin}/away`, { headers: { 'if-none-match': '"v1"' } });
    expect(first.hitsOn('/away')[0]!.headers['if-none-match']).toBe('"v1"');
    expect(other.hitsOn('/there')[0]!.headers['if-none-match']).toBeUndefined();
  });
});

describe('trusted origins', () => {
  it('reach a trusted loopback origin while every other private address stays refused', async () => {
    const archive = await tools.serve('127.0.0.26', (_req, res) => page(res));
    const site = await tools.serve('127.0.0.27', (_req, res) => page(res));
    const fetcher = tools.fetcher(testOptions({ allowPrivate: false, trustedOrigins: [archive.origin] }));
    expect((await fetcher.fetchPage(`${archive.origin}/web/1id_/x`)).status).toBe(200);
    const refused = await fetcher.fetchPage(`${site.origin}/page`);
    expect(refused.error).toBe('private-address');
    expect(site.hits).toHaveLength(0);
    // Another port on the trusted host is not trusted.
    const samehost = await tools.serve('127.0.0.26', (_req, res) => page(res));
    expect((await fetcher.fetchPage(`${samehost.origin}/page`)).error).toBe('private-address');
  });
});
