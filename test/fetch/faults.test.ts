import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { html, makeCertificates, startHttp, startHttps, startRaw, type TestCertificates } from './servers.js';
import { tableLookup } from '../helpers/dns-table.js';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';

const { server, fetcher } = closedAfterEach();

describe('DNS', () => {
  const lookup = tableLookup({ 'gone.invalid': 'ENOTFOUND', 'flaky.invalid': 'EAI_AGAIN' });

  it('names a host that does not exist dns with noSuchHost, not reached', async () => {
    for (const allowPrivate of [true, false]) {
      const result = await fetcher(testOptions({ allowPrivate, lookup })).fetchPage('http://gone.invalid/page');
      expect(result.error).toBe('dns');
      expect(result.noSuchHost).toBe(true);
      expect(result.errorDetail).toBe('ENOTFOUND');
      expect(result.reachedServer).toBe(false);
      expect(result.status).toBeNull();
    }
  });

  it('tells a temporary DNS failure from a missing host, and retries it', async () => {
    const result = await fetcher(testOptions({ lookup, retries: 1 })).fetchPage('http://flaky.invalid/page');
    expect(result).toMatchObject({ error: 'dns', noSuchHost: false, errorDetail: 'EAI_AGAIN', reachedServer: false, attempts: 2 });
  });
});

describe('connection faults', () => {
  it('names a closed port refused, not reached', async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.2', r));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`http://127.0.0.2:${port}/`);
    expect(result.error).toBe('refused');
    expect(result.reachedServer).toBe(false);
    expect(result.attempts).toBe(1); // refused is an answer: not retried
  });

  it('names a reset in the middle of the body reset, reached, and retries it', async () => {
    const s = await server(startHttp('127.0.0.3', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '10000' });
      res.write('<!doctype html><html>');
      setTimeout(() => res.socket?.destroy(), 20);
    }));
    const result = await fetcher(testOptions({ retries: 1 })).fetchPage(`${s.origin}/a`);
    expect(result.error).toBe('reset');
    expect(result.reachedServer).toBe(true);
    expect(result.attempts).toBe(2);
    expect(s.hitsOn('/a')).toHaveLength(2);
  });

  it('reads a whole document whose connection ended before its Content-Length said, as a browser shows it', async () => {
    const s = await server(startHttp('127.0.6.7', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '10000' });
      res.write('<!doctype html><html><head><title>Harbour quay approved</title></head><body><h1>Harbour quay approved</h1></body></html>\n');
      setTimeout(() => res.socket?.destroy(), 20);
    }));
    const result = await fetcher(testOptions({ retries: 1 })).fetchPage(`${s.origin}/a`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toContain('<h1>Harbour quay approved</h1>');
    expect(result.attempts).toBe(1);
  });

  it('names headers that never come timeout, reached', async () => {
    const s = await server(startHttp('127.0.0.4', () => {}));
    const result = await fetcher(testOptions({ timeout: 200 })).fetchPage(`${s.origin}/slow`);
    expect(result.error).toBe('timeout');
    expect(result.reachedServer).toBe(true);
    expect(result.status).toBeNull();
  });

  it('names a body that never ends timeout, reached, and closes the socket', async () => {
    const s = await server(startHttp('127.0.0.5', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><body>');
    }));
    const started = performance.now();
    const result = await fetcher(testOptions({ timeout: 200 })).fetchPage(`${s.origin}/endless`);
    expect(result.error).toBe('timeout');
    expect(result.status).toBe(200);
    expect(result.reachedServer).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.body).toBeNull();
  });

  it('names raw garbage instead of HTTP reset with "malformed response"', async () => {
    const s = await server(startRaw('127.0.0.6', (socket) => {
      socket.once('data', () => socket.end('SPAM SPAM SPAM\r\n\r\n'));
    }));
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`${s.origin}/`);
    expect(result.error).toBe('reset');
    expect(result.errorDetail).toMatch(/^malformed response/);
    expect(result.reachedServer).toBe(true);
    // Once strictly, once by the tolerant reader; garbage is not retried beyond that.
    expect(result.attempts).toBe(2);
    expect(s.connections).toBe(2);
  });

  it('retries a 503 and then names it http-status', async () => {
    const s = await server(startHttp('127.0.0.7', (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('busy');
    }));
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`${s.origin}/x`);
    expect(result.status).toBe(503);
    expect(result.error).toBe('http-status');
    expect(result.attempts).toBe(3);
    expect(s.hitsOn('/x')).toHaveLength(3);
    expect(result.body).toBeNull();
  });

  it('does not retry a 404, and reads no body', async () => {
    const s = await server(startHttp('127.0.0.7', (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(html('Not found'));
    }));
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`${s.origin}/gone`);
    expect(result).toMatchObject({ status: 404, error: 'http-status', attempts: 1, body: null, reachedServer: true });
  });
});

describe('TLS', () => {
  const ip = '127.0.0.8';
  let certs: TestCertificates;
  beforeAll(() => {
    certs = makeCertificates(ip);
  });
  const ok = (_req: unknown, res: import('node:http').ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html('secure'));
  };

  it('reads a page whose certificate chains to a trusted CA (the test CA)', async () => {
    const s = await server(startHttps(ip, certs.valid, ok));
    const result = await fetcher(testOptions({ ca: certs.ca })).fetchPage(`${s.origin}/`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toContain('secure');
  });

  it.each([
    ['self-signed', () => certs.selfSigned, /SELF_SIGNED/],
    ['expired', () => certs.expired, /CERT_HAS_EXPIRED/],
    ['wrong host', () => certs.wrongHost, /ERR_TLS_CERT_ALTNAME_INVALID/],
  ])('names a %s certificate tls, with the reason, reached', async (_name, pair, reason) => {
    const s = await server(startHttps(ip, pair(), ok));
    const result = await fetcher(testOptions({ ca: certs.ca, retries: 2 })).fetchPage(`${s.origin}/`);
    expect(result.error).toBe('tls');
    expect(result.errorDetail).toMatch(reason);
    expect(result.reachedServer).toBe(true);
    expect(result.attempts).toBe(1);
  });
});

describe('address guard', () => {
  it('refuses loopback unless allowPrivate, before any connection', async () => {
    const s = await server(startHttp('127.0.0.1', (_req, res) => res.end(html('private'))));
    const f = fetcher(testOptions({ allowPrivate: false, ignoreRobots: false, retries: 2 }));
    const byAddress = await f.fetchPage(`http://127.0.0.1:${s.port}/`);
    expect(byAddress.error).toBe('private-address');
    expect(byAddress.reachedServer).toBe(false);
    const byName = await f.fetchPage(`http://localhost:${s.port}/`);
    expect(byName.error).toBe('private-address');
    expect(byName.errorDetail).toMatch(/localhost resolves to/);
    expect(s.connections).toBe(0);

    const allowed = await fetcher(testOptions({ allowPrivate: true })).fetchPage(`http://127.0.0.1:${s.port}/`);
    expect(allowed.error).toBeNull();
    expect(s.connections).toBe(1);
  });
});

