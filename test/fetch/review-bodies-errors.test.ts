// Regression tests for review findings on bodies, error naming and the address guard. Each test
// is named after the bug it pins.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSharedAgent } from '../../src/fetch/agent.js';
import { isForbiddenAddress } from '../../src/fetch/address-guard.js';
import { classifyError } from '../../src/fetch/classify-error.js';
import { type SiteOverride } from '../../src/fetch/index.js';
import { html, startRaw } from './servers.js';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';

const { server, serve, fetcher } = closedAfterEach();
/** Lets a late 'error' event (the crash this guards against) fire before the test ends. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 30));

describe('refusing a small body crashed the process (UND_ERR_ABORTED with no listener)', () => {
  it('returns the error code for small refused bodies that undici had fully received', async () => {
    const s = await serve('127.0.0.40', (req, res) => {
      if (req.url === '/png') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(300, 1));
      else if (req.url === '/json') res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
      else if (req.url === '/octet-zip') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(600, 7)]));
      else res.writeHead(200, { 'content-type': 'text/html', 'content-length': '2000' }).end('y'.repeat(2000));
    });
    const f = fetcher(testOptions({ maxBytes: 1000 }));
    const expected: Record<string, string> = {
      '/png': 'unsupported-content', '/json': 'unsupported-content', '/octet-zip': 'unsupported-content', '/big': 'too-large',
    };
    for (const [path, code] of Object.entries(expected)) {
      const result = await f.fetchPage(`${s.origin}${path}`);
      await settle();
      expect(result.error, path).toBe(code);
      expect(result.status, path).toBe(200);
    }
  });
});

describe('bodies a browser opens though their headers say otherwise', () => {
  it('reads a PDF sent as octet-stream, binary/octet-stream or application/x-pdf, and HTML under two joined Content-Types', async () => {
    const pdf = '%PDF-1.4\n1 0 obj << /Title (Harbour report) >> endobj\ntrailer << /Info 1 0 R >>\n%%EOF\n';
    const s = await serve('127.0.6.2', (req, res) => {
      if (req.url === '/octet') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(pdf);
      else if (req.url === '/s3') res.writeHead(200, { 'content-type': 'binary/octet-stream' }).end(pdf);
      else if (req.url === '/x-pdf') res.writeHead(200, { 'content-type': 'application/x-pdf' }).end(pdf);
      else res.writeHead(200, [['content-type', 'text/html'], ['content-type', 'text/html; charset=UTF-8']]).end(html('Joined types'));
    });
    const f = fetcher(testOptions());
    for (const path of ['/octet', '/s3', '/x-pdf']) {
      const result = await f.fetchPage(`${s.origin}${path}`);
      expect(result.error, path).toBeNull();
      expect(result.body?.toString('latin1').startsWith('%PDF-'), path).toBe(true);
    }
    const octet = await f.fetchPage(`${s.origin}/octet`);
    expect(octet.contentType).toBe('application/pdf');
    const joined = await f.fetchPage(`${s.origin}/joined`);
    expect(joined.error).toBeNull();
    expect(joined.body?.toString()).toContain('Joined types');
  });

  it('sniffs as far as a browser does: 600 bytes of blank lines, then a <script>, is HTML', async () => {
    const s = await serve('127.0.6.8', (_req, res) => {
      res.writeHead(200, {}).end(`${'\n'.repeat(600)}<script>var x = 1;</script>${html('Blank start')}`);
    });
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/`);
    expect(result.error).toBeNull();
    expect(result.contentType).toBe('text/html');
  });

  it('reads a body whose Content-Encoding names no coding ("none", a charset) as it is', async () => {
    const s = await serve('127.0.6.3', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': req.url === '/none' ? 'none' : 'UTF-8' }).end(html('Plain body'));
    });
    const f = fetcher(testOptions());
    for (const path of ['/none', '/utf8']) {
      const result = await f.fetchPage(`${s.origin}${path}`);
      expect(result.error, path).toBeNull();
      expect(result.body?.toString(), path).toContain('Plain body');
    }
  });
});

describe('decoding errors were called reset and retried', () => {
  it('reads raw deflate (no zlib header) as browsers do', async () => {
    const body = html('raw deflate');
    const s = await serve('127.0.0.41', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
      res.end(zlib.deflateRawSync(body));
    });
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toBe(body);
  });

  it('names a broken gzip body unsupported-content, reached, and does not retry it', async () => {
    const s = await serve('127.0.0.41', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end('not gzip at all, sorry');
    });
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`${s.origin}/`);
    expect(result).toMatchObject({ error: 'unsupported-content', errorDetail: 'undecodable body (gzip)', reachedServer: true, attempts: 1 });
    expect(s.hits).toHaveLength(1);
  });

  it('classifies a zlib error that escapes as unsupported-content, not retryable', () => {
    const error = Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR' });
    expect(classifyError(error)).toMatchObject({ code: 'unsupported-content', retryable: false, reachedServer: true });
  });
});

describe('a TLS handshake cut was called reset and retried', () => {
  it('names it tls and does not retry', async () => {
    const s = await server(startRaw('127.0.0.42', (socket) => socket.destroy()));
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`https://127.0.0.42:${s.port}/`);
    expect(result).toMatchObject({ error: 'tls', reachedServer: true, attempts: 1 });
    expect(result.errorDetail).toMatch(/handshake cut/);
  });
});

describe('internal errors and non-http URLs had unclear details', () => {
  it('reports an internal exception as a value whose detail says internal error', async () => {
    const throwing = new Proxy({} as Record<string, SiteOverride>, {
      get: () => {
        throw new Error('boom');
      },
    });
    const result = await fetcher(testOptions({ siteOverrides: throwing })).fetchPage('http://127.0.0.43:9/');
    expect(result).toMatchObject({ error: 'reset', errorDetail: 'internal error: boom', reachedServer: false });
  });

  it('says "not an http(s) URL"', async () => {
    const result = await fetcher(testOptions()).fetchPage('ftp://example.invalid/file');
    expect(result).toMatchObject({ error: 'bad-redirect', errorDetail: 'not an http(s) URL' });
  });
});

describe('the address guard missed IPv6 forms and some IPv4 ranges', () => {
  it.each([
    '64:ff9b::127.0.0.1', '64:ff9b::a00:1', '2002:7f00:1::', '2002:a9fe:a9fe::1', '::127.0.0.1', '::ffff:0:10.0.0.1',
    '::ffff:0:c0a8:101', '198.18.0.1', '198.19.255.255', '192.0.0.8', '240.0.0.1', '255.255.255.255',
  ])('refuses %s', (address) => expect(isForbiddenAddress(address)).toBe(true));
  it.each(['64:ff9b::808:808', '2002:808:808::1', '198.20.0.1', '192.0.1.1', '2001:db8::1'])(
    'allows %s',
    (address) => expect(isForbiddenAddress(address)).toBe(false),
  );
});

describe('"ever connected" was per host:port for the whole run', () => {
  it('counts only connections made since the attempt started', async () => {
    const s = await serve('127.0.0.44', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('x')));
    const shared = createSharedAgent({ timeout: 1_000, allowPrivate: true });
    try {
      const before = performance.now();
      const response = await shared.agent.request({ origin: s.origin, path: '/', method: 'GET' });
      await response.body.dump();
      const after = performance.now();
      expect(shared.connectedSince(s.host, String(s.port), before)).toBe(true);
      // A later attempt that never connected (the network dropped) is not counted as reached.
      expect(shared.connectedSince(s.host, String(s.port), after)).toBe(false);
    } finally {
      await shared.raw.destroy();
    }
  });
});
