// HTTP_PROXY / HTTPS_PROXY / NO_PROXY, as curl honours them, with a real proxy on loopback.
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proxyFromEnv } from '../../src/fetch/proxy.js';
import { runMain } from '../helpers/main-in-process.js';
import { startArchive } from '../helpers/cdx-server.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
const headline = 'Ports agree on a new quay after ten years of talks';
let site: SiteServer;
let proxy: Server;
let proxyUrl: string;
let seen: string[] = [];
let dir: string;

beforeAll(async () => {
  site = await startSite({ '/a': `<html><head><title>${headline}</title><meta property="og:title" content="${headline}"></head><body><article><h1>${headline}</h1></article></body></html>` }, '127.0.0.48');
  // A forward proxy: absolute-URI requests for http, CONNECT tunnels for anything.
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url!);
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host!, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  proxy.listen(0, '127.0.0.49');
  await once(proxy, 'listening');
  proxyUrl = `http://127.0.0.49:${(proxy.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'citecheck-proxy-'));
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [{ id: '1', authors: [], title: headline, outlet: 'X', url: `${site.origin}/a` }] }));
});
beforeEach(() => {
  seen = [];
});
afterAll(async () => {
  await site?.close();
  proxy?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('proxies from the environment', () => {
  it('reads lower case first, then upper case, as curl does', () => {
    expect(proxyFromEnv({})).toBeNull();
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'a.example' })).toEqual({ http: '', https: 'http://p:1', noProxy: 'a.example' });
    expect(proxyFromEnv({ http_proxy: 'http://low:1', HTTP_PROXY: 'http://up:1' })).toMatchObject({ http: 'http://low:1' });
  });

  it('sends the request through HTTP_PROXY', async () => {
    const run = await runMain(['sources.json', '-f', 'json', ...FAST], { cwd: dir, env: { HTTP_PROXY: proxyUrl } });
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ verdict: 'verified' });
    expect(seen.some((line) => line.includes('127.0.0.48'))).toBe(true);
  });

  it('connects directly to a host NO_PROXY names', async () => {
    const run = await runMain(['sources.json', '-f', 'json', ...FAST], { cwd: dir, env: { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.48' } });
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ verdict: 'verified' });
    expect(seen).toEqual([]);
  });

  it('asks the archive index through the proxy too', async () => {
    const archive = await startArchive([], '127.0.0.50');
    try {
      const gone = join(dir, 'gone.json');
      await writeFile(gone, JSON.stringify({ references: [{ id: '1', authors: [], title: headline, outlet: 'X', date: '2024-11-20', url: `${site.origin}/gone` }] }));
      const run = await runMain([gone, '-f', 'json', '--archive-endpoint', archive.endpoint, ...FAST], { cwd: dir, env: { HTTP_PROXY: proxyUrl } });
      expect(JSON.parse(run.stdout).results[0]).toMatchObject({ verdict: 'dead' });
      // The index was asked (two queries) and every connection to the archive went through the proxy.
      expect(archive.queries().length).toBeGreaterThan(0);
      expect(seen.some((line) => line.includes(new URL(archive.endpoint).host))).toBe(true);
    } finally {
      await archive.close();
    }
  });
});
