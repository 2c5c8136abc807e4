// Responses that break HTTP/1.1 the way old servers and hand-written proxies do. Browsers and curl
// show these pages; undici refuses them, so citecheck reads them a second time, tolerantly.
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bodyFraming, ChunkedDecoder, HeadScanner, parseHead } from '../../src/fetch/tolerant-response.js';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';
import { html, makeCertificates, startRaw } from './servers.js';

describe('reading a response head tolerantly (pure)', () => {
  it('finds the head end after CRLF CRLF or bare LF LF, and not before, however the bytes are cut', () => {
    const endOf = (text: string, cuts: number[]): number => {
      const scanner = new HeadScanner();
      let at = 0;
      for (const cut of [...cuts, text.length]) {
        const end = scanner.push(Buffer.from(text.slice(at, cut), 'latin1'));
        if (end !== -1) return at + end;
        at = cut;
      }
      return -1;
    };
    for (const [text, end] of [['HTTP/1.1 200 OK\r\nA: b\r\n\r\nbody', 25], ['HTTP/1.1 200 OK\nA: b\n\nbody', 22], ['HTTP/1.1 200 OK\r\nA: b\r\n', -1]] as const) {
      expect(endOf(text, [])).toBe(end);
      for (let cut = 1; cut < text.length; cut++) expect(endOf(text, [cut]), `cut at ${cut}`).toBe(end);
      // One byte at a time.
      expect(endOf(text, Array.from({ length: text.length - 1 }, (_, i) => i + 1))).toBe(end);
    }
  });

  it('reads bare LF lines, a space before the colon and folded lines; skips lines that name no header', () => {
    const head = parseHead('HTTP/1.1 200 OK\nServer : Apache\nX-Long: one\n two\nnot a header\n: empty\nSet-Cookie: a=1\nSet-Cookie: b=2\n\n');
    expect(head).toEqual({ status: 200, headers: { server: 'Apache', 'x-long': 'one two', 'set-cookie': 'a=1\nb=2' } });
    expect(parseHead('HTTP/1.0 404\r\n\r\n')?.status).toBe(404);
    expect(parseHead('SPAM SPAM\r\n\r\n')).toBeNull();
    // A blank line before the status line; a lone CR ends a line; control bytes leave values.
    expect(parseHead('\r\nHTTP/1.1 200 OK\nA: b\n\n')?.headers).toEqual({ a: 'b' });
    expect(parseHead('HTTP/1.1 302 Found\nSet-Cookie: a=b\rX-Other: yes\nX-Nul: a\u0000b\n\n')?.headers).toEqual({ 'set-cookie': 'a=b', 'x-other': 'yes', 'x-nul': 'ab' });
  });

  it('frames the body: chunked over a length, one length sent twice, none to the close, conflicting lengths refused', () => {
    const framing = (status: number, headers: Record<string, string>) => bodyFraming({ status, headers });
    expect(framing(200, { 'transfer-encoding': 'chunked', 'content-length': '10' })).toEqual({ kind: 'chunked', codings: [] });
    expect(framing(200, { 'transfer-encoding': 'gzip, chunked' })).toEqual({ kind: 'chunked', codings: ['gzip'] });
    expect(framing(200, { 'content-length': '73, 73' })).toEqual({ kind: 'length', length: 73 });
    expect(framing(200, {})).toEqual({ kind: 'until-close', codings: [] });
    expect(framing(200, { 'transfer-encoding': 'gzip' })).toEqual({ kind: 'until-close', codings: ['gzip'] });
    expect(framing(304, { 'content-length': '10' })).toEqual({ kind: 'none' });
    expect(framing(200, { 'content-length': '73, 5' })).toMatchObject({ kind: 'invalid' });
  });

  it('undoes chunked coding split anywhere, with bare LF, extensions and spaces after the size', () => {
    const wire = Buffer.from('5 ;ext=1\r\nHello\r\n7\n, world\n0\r\nTrailer: x\r\n\r\n');
    for (let cut = 1; cut < wire.length; cut++) {
      const decoder = new ChunkedDecoder();
      const parts = [...decoder.push(wire.subarray(0, cut)), ...decoder.push(wire.subarray(cut))];
      expect(Buffer.concat(parts).toString(), `cut at ${cut}`).toBe('Hello, world');
      expect(decoder.done).toBe(true);
    }
    const bad = new ChunkedDecoder();
    bad.push(Buffer.from('zz\r\n'));
    expect(bad.error).toMatch(/bad chunk size/);
  });
});

const { server, fetcher } = closedAfterEach();
const page = html('Heritage railway reopens');

/** A raw server answering every request with `raw` and recording the requests it saw. */
function rawServer(host: string, raw: (request: string) => string | Buffer) {
  const requests: string[] = [];
  const started = server(startRaw(host, (socket: net.Socket) => {
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n\r\n')) return;
      requests.push(seen);
      socket.end(raw(seen));
      seen = '';
    });
    socket.on('error', () => {});
  }));
  return { started, requests };
}

describe('pages behind malformed responses', () => {
  const cases: Array<[string, string]> = [
    ['bare LF line ends', `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${page.length}\n\n${page}`],
    ['a space before the colon', `HTTP/1.1 200 OK\r\nServer : Apache\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\n\r\n${page}`],
    ['Content-Length twice with one value', `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\nContent-Length: ${page.length}\r\n\r\n${page}`],
    ['Content-Length beside chunked', `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n${page.length.toString(16)}\r\n${page}\r\n0\r\n\r\n`],
  ];
  for (const [name, raw] of cases) {
    it(`reads the page with ${name}, on a second connection of its own`, async () => {
      const { started, requests } = rawServer('127.0.0.7', () => raw);
      const s = await started;
      const result = await fetcher(testOptions()).fetchPage(`${s.origin}/news/a?x=1`);
      expect(result.error).toBeNull();
      expect(result.status).toBe(200);
      expect(result.body?.toString()).toBe(page);
      expect(result.attempts).toBe(2);
      expect(requests).toHaveLength(2);
      // The second request asks for the same path with the same headers, and closes.
      expect(requests[1]).toMatch(/^GET \/news\/a\?x=1 HTTP\/1\.1\r\n/);
      expect(requests[1]).toMatch(/\r\nuser-agent: citecheck-test\/1\.0\r\n/i);
      expect(requests[1]).toMatch(/\r\nconnection: close\r\n/i);
    });
  }

  it('decompresses a gzip body read tolerantly, and follows a redirect given that way', async () => {
    const zipped = gzipSync(page);
    const { started } = rawServer('127.0.0.8', (request) =>
      request.startsWith('GET /old')
        ? 'HTTP/1.1 301 Moved\nLocation: /new\nContent-Length: 0\n\n'
        : Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\nContent-Length: ${zipped.length}\n\n`), zipped]));
    const s = await started;
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/old`);
    expect(result.error).toBeNull();
    expect(result.finalUrl).toBe(`${s.origin}/new`);
    expect(result.redirects).toHaveLength(1);
    expect(result.body?.toString()).toBe(page);
  });

  it('refuses two different lengths as a malformed response, after one tolerant try', async () => {
    const { started, requests } = rawServer('127.0.0.9', () =>
      `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\nContent-Length: 5\r\n\r\n${page}`);
    const s = await started;
    const result = await fetcher(testOptions({ retries: 3 })).fetchPage(`${s.origin}/`);
    expect(result.error).toBe('reset');
    expect(result.errorDetail).toMatch(/^malformed response \(conflicting Content-Length/);
    expect(requests).toHaveLength(2);
  });

  it('holds the tolerant try to the same body cap and deadline', async () => {
    const big = `<html><body>${'x'.repeat(5_000)}</body></html>`;
    const { started } = rawServer('127.0.0.10', () => `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${big.length}\n\n${big}`);
    const s = await started;
    const capped = await fetcher(testOptions({ maxBytes: 1_000 })).fetchPage(`${s.origin}/`);
    expect(capped.error).toBe('too-large');

    // A malformed head, then a body that never ends: the deadline still holds.
    const hanging = await server(startRaw('127.0.0.11', (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.write('HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 100000\n\n<html>'));
    }));
    const started2 = performance.now();
    const slow = await fetcher(testOptions({ timeout: 300 })).fetchPage(`${hanging.origin}/`);
    expect(slow.error).toBe('timeout');
    expect(performance.now() - started2).toBeLessThan(2_000);
  });

  it('reads a 100 Continue before a well-formed answer (undici refuses it), a blank line before the status, gzip as a transfer coding', async () => {
    const zipped = gzipSync(page);
    const chunkedZip = `${zipped.length.toString(16)}\r\n`;
    const { started } = rawServer('127.0.0.32', (request) =>
      request.startsWith('GET /continue') ? `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\n\r\n${page}`
        : request.startsWith('GET /blank') ? `\r\nHTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${page.length}\n\n${page}`
          : Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: gzip, chunked\n\n${chunkedZip}`), zipped, Buffer.from('\r\n0\r\n\r\n')]));
    const s = await started;
    const fetch = fetcher(testOptions());
    for (const path of ['/continue', '/blank', '/zipped']) {
      const result = await fetch.fetchPage(`${s.origin}${path}`);
      expect(result.error, path).toBeNull();
      expect(result.body?.toString(), path).toBe(page);
    }
  });

  it('names a server that sends no HTTP at all malformed: one tolerant try, then no retry', async () => {
    const { started, requests } = rawServer('127.0.0.33', () => 'SSH-2.0-OpenSSH_9.6\r\n');
    const s = await started;
    const result = await fetcher(testOptions({ retries: 2 })).fetchPage(`${s.origin}/`);
    expect(result.errorDetail).toBe('malformed response (not an HTTP response)');
    expect(requests).toHaveLength(2);
  });

  it('does not count the tolerant try against --retries, and reads a known malformed site tolerantly from the start', async () => {
    let served = 0;
    const { started, requests } = rawServer('127.0.0.34', () => (served++ < 2
      ? 'HTTP/1.1 503 Busy\nRetry-After: 0\nContent-Length: 0\n\n'
      : `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${page.length}\n\n${page}`));
    const s = await started;
    const fetch = fetcher(testOptions({ retries: 1 }));
    const first = await fetch.fetchPage(`${s.origin}/a`);
    expect(first.error).toBeNull();
    expect(first.attempts).toBe(3);
    const second = await fetch.fetchPage(`${s.origin}/b`);
    expect(second.error).toBeNull();
    expect(second.attempts).toBe(1);
    expect(requests).toHaveLength(4);
  });

  it('lets a slow reader set the pace: an endless body of empty deflate blocks is not buffered', async () => {
    const header = Buffer.from('HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n\n');
    // A stored deflate block of no bytes: 00, then LEN 0000 and NLEN ffff. It decodes to nothing.
    const emptyBlocks = Buffer.from('000000ffff'.repeat(13_000), 'hex');
    const endless = await server(startRaw('127.0.0.35', (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => {
        socket.write(Buffer.concat([header, Buffer.from('1f8b08000000000000ff', 'hex')]));
        const pump = (): void => {
          while (!socket.destroyed && socket.write(emptyBlocks));
          if (!socket.destroyed) socket.once('drain', pump);
        };
        pump();
      });
    }));
    const before = process.memoryUsage().arrayBuffers;
    const result = await fetcher(testOptions({ timeout: 1_500 })).fetchPage(`${endless.origin}/`);
    expect(result.error).not.toBeNull();
    // Without the pause, this read a gigabyte into memory in that time.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('reads an interim 100 Continue before the answer, and a body that ends with the connection', async () => {
    const { started } = rawServer('127.0.0.12', () => `HTTP/1.1 100 Continue\n\nHTTP/1.1 200 OK\nContent-Type: text/html\n\n${page}`);
    const s = await started;
    const result = await fetcher(testOptions()).fetchPage(`${s.origin}/`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toBe(page);
  });

  it('reads it from an IPv6 literal address, and when it comes one byte at a time', async () => {
    const bareLf = `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${page.length}\n\n${page}`;
    const v6 = await server(startRaw('::1', (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(bareLf));
    }));
    const result = await fetcher(testOptions()).fetchPage(`http://[::1]:${v6.port}/`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toBe(page);

    const dripping = await server(startRaw('127.0.0.14', (socket) => {
      socket.on('error', () => {});
      socket.setNoDelay(true);
      socket.once('data', async () => {
        for (const byte of Buffer.from(bareLf)) {
          if (socket.destroyed) return;
          socket.write(Buffer.from([byte]));
          await new Promise((resolve) => setImmediate(resolve));
        }
        socket.end();
      });
    }));
    const slowly = await fetcher(testOptions({ timeout: 5_000 })).fetchPage(`${dripping.origin}/`);
    expect(slowly.error).toBeNull();
    expect(slowly.body?.toString()).toBe(page);
  });

  it('ignores a Content-Length beside chunked, even one over the body cap; refuses a head over 256 KiB', async () => {
    const { started } = rawServer('127.0.0.15', () =>
      `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000000\r\nTransfer-Encoding: chunked\r\n\r\n${page.length.toString(16)}\r\n${page}\r\n0\r\n\r\n`);
    const s = await started;
    const result = await fetcher(testOptions({ maxBytes: 1_000_000 })).fetchPage(`${s.origin}/`);
    expect(result.error).toBeNull();
    expect(result.body?.toString()).toBe(page);

    const { started: huge } = rawServer('127.0.0.16', () => `HTTP/1.1 200 OK\nX-Pad: ${'a'.repeat(300 * 1024)}\nContent-Type: text/html\n\n${page}`);
    const big = await fetcher(testOptions()).fetchPage(`${(await huge).origin}/`);
    expect(big.error).toBe('reset');
    expect(big.errorDetail).toMatch(/head over 262144 bytes/);
  });

  it('checks certificates on its own connection: a second connection to an untrusted certificate is refused', async () => {
    const good = makeCertificates('127.0.0.17');
    const bad = makeCertificates('127.0.0.17');
    const tls = await import('node:tls');
    const raw = `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${page.length}\n\n${page}`;
    const backends = await Promise.all([good.valid, bad.valid].map(async (pair, i) => {
      const backend = tls.createServer(pair, (socket) => {
        socket.on('error', () => {});
        socket.once('data', () => socket.end(raw));
      });
      backend.on('tlsClientError', () => {});
      await new Promise<void>((resolve) => backend.listen(0, `127.0.0.${18 + i}`, resolve));
      return backend;
    }));
    // One address in front: the first connection (strict) reaches the trusted server, the second
    // (tolerant) one with a certificate nobody trusts.
    let connections = 0;
    const front = await server(startRaw('127.0.0.17', (socket) => {
      const backend = backends[Math.min(connections++, 1)]!.address() as net.AddressInfo;
      const upstream = net.connect(backend.port, backend.address);
      socket.pipe(upstream).pipe(socket);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    }));
    try {
      const result = await fetcher(testOptions({ ca: good.ca })).fetchPage(`https://127.0.0.17:${front.port}/`);
      // (A third, when the untrusted certificate sends citecheck looking for a missing intermediate.)
      expect(connections).toBeGreaterThanOrEqual(2);
      expect(result.error).toBe('tls');
      expect(result.attempts).toBe(2);
    } finally {
      await Promise.all(backends.map((backend) => new Promise<void>((resolve) => backend.close(() => resolve()))));
    }
  });

  it('reads a malformed response over TLS too, through the same certificate checks', async () => {
    const certs = makeCertificates('127.0.0.13');
    const tls = await import('node:tls');
    const raw = `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${page.length}\n\n${page}`;
    const tlsServer = tls.createServer({ ...certs.valid }, (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(raw));
    });
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.13', resolve));
    const { port } = tlsServer.address() as net.AddressInfo;
    try {
      const trusted = await fetcher(testOptions({ ca: certs.ca })).fetchPage(`https://127.0.0.13:${port}/`);
      expect(trusted.error).toBeNull();
      expect(trusted.body?.toString()).toBe(page);
      const untrusted = await fetcher(testOptions()).fetchPage(`https://127.0.0.13:${port}/`);
      expect(untrusted.error).toBe('tls');
    } finally {
      await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
    }
  });
});
