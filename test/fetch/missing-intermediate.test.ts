// A server that sends its certificate without the intermediate that issued it: browsers fetch the
// intermediate from the address in the certificate and show the page, and so does citecheck —
// the chain must still end at a trusted root.
import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuerAddress, issuingCertificate } from '../../src/fetch/missing-intermediate.js';
import { runCli } from '../e2e/run-cli.js';
import { closedAfterEach } from './cleanup.js';
import { testOptions } from './options.js';
import { html, makeCertificates, makeChainCertificates, startHttp, startHttps, startRaw } from './servers.js';

const { server, fetcher } = closedAfterEach();
const page = html('Exporters hit by sudden shortage of shipping containers');

/** The issuer's address server (plain http, as CAs publish), then certificates naming it. */
async function chainSetup(ip: string, issuerBody: (der: Buffer) => Buffer) {
  let der: Buffer = Buffer.alloc(0);
  const issuer = await server(startHttp('127.0.0.20', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pkix-cert' });
    res.end(issuerBody(der));
  }));
  const certs = makeChainCertificates(ip, `${issuer.origin}/inter.crt`);
  der = certs.intermediateDer;
  return { issuer, certs };
}

describe('a certificate sent without its intermediate', () => {
  it('is completed from the issuer address the certificate names, fetched once per host', async () => {
    const { issuer, certs } = await chainSetup('127.0.0.21', (der) => der);
    const site = await server(startHttps('127.0.0.21', certs.leaf, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    }));
    const fetch = fetcher(testOptions({ ca: certs.ca }));
    const first = await fetch.fetchPage(`${site.origin}/news/a`);
    expect(first.error).toBeNull();
    expect(first.body?.toString()).toBe(page);
    const second = await fetch.fetchPage(`${site.origin}/news/b`);
    expect(second.error).toBeNull();
    expect(issuer.hits.map((hit) => hit.path)).toEqual(['/inter.crt']);
  });

  it('stays a tls error when the certificate names no issuer, or the issuer address gives another certificate', async () => {
    const { certs } = await chainSetup('127.0.0.22', (der) => der);
    const bare = await server(startHttps('127.0.0.22', certs.leafWithoutAddress, (_req, res) => res.end(page)));
    const noAddress = await fetcher(testOptions({ ca: certs.ca })).fetchPage(`${bare.origin}/`);
    expect(noAddress.error).toBe('tls');
    expect(noAddress.errorDetail).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE/);

    const stranger = makeCertificates('127.0.0.23').ca;
    const { certs: other } = await chainSetup('127.0.0.23', () => stranger);
    const wrong = await server(startHttps('127.0.0.23', other.leaf, (_req, res) => res.end(page)));
    const result = await fetcher(testOptions({ ca: other.ca })).fetchPage(`${wrong.origin}/`);
    expect(result.error).toBe('tls');
  });

  it('still needs a trusted root: the fetched intermediate alone does not make the chain trusted', async () => {
    const { issuer, certs } = await chainSetup('127.0.0.24', (der) => der);
    const site = await server(startHttps('127.0.0.24', certs.leaf, (_req, res) => res.end(page)));
    // Trusting another root: the intermediate is found, but its chain ends at an untrusted root.
    const result = await fetcher(testOptions({ ca: makeCertificates('127.0.0.24').ca })).fetchPage(`${site.origin}/`);
    expect(result.error).toBe('tls');
    expect(issuer.hits).toHaveLength(1);
  });
});

describe('what the issuer address cannot do', () => {
  it('make a root trusted: a self-signed certificate there is refused, with the default roots or a given CA', async () => {
    const served: { body: Buffer } = { body: Buffer.alloc(0) };
    const { issuer, certs } = await chainSetup('127.0.0.28', () => served.body);
    served.body = certs.rogueRootDer;
    const site = await server(startHttps('127.0.0.28', certs.rogueLeaf, (_req, res) => res.end(page)));
    const withCa = await fetcher(testOptions({ ca: certs.ca })).fetchPage(`${site.origin}/`);
    expect(withCa.error).toBe('tls');
    const withDefaults = await fetcher(testOptions()).fetchPage(`${site.origin}/`);
    expect(withDefaults.error).toBe('tls');
    // It was asked (the address was followed) and refused on what it sent.
    expect(issuer.hits.length).toBeGreaterThan(0);
  });

  it('hold the attempt past its deadline by trickling, or send more than a certificate', async () => {
    const trickling = await server(startRaw('127.0.0.29', (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 60000\r\n\r\n');
        const drip = setInterval(() => socket.write('x'), 100);
        socket.on('close', () => clearInterval(drip));
      });
    }));
    const certs = makeChainCertificates('127.0.0.30', `${trickling.origin}/inter.crt`);
    const site = await server(startHttps('127.0.0.30', certs.leaf, (_req, res) => res.end(page)));
    const started = performance.now();
    const slow = await fetcher(testOptions({ ca: certs.ca, timeout: 500 })).fetchPage(`${site.origin}/`);
    expect(slow.error).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(3_000);

    const { certs: flooded } = await chainSetup('127.0.0.31', (der) => Buffer.concat([der, Buffer.alloc(70 * 1024)]));
    const site2 = await server(startHttps('127.0.0.31', flooded.leaf, (_req, res) => res.end(page)));
    const big = await fetcher(testOptions({ ca: flooded.ca })).fetchPage(`${site2.origin}/`);
    expect(big.error).toBe('tls');
  });
});

describe('the CLI, trusting a root given by NODE_EXTRA_CA_CERTS', () => {
  it('verifies the page of a server that forgot its intermediate', async () => {
    const { certs } = await chainSetup('127.0.0.27', (der) => der);
    const site = await server(startHttps('127.0.0.27', certs.leaf, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    }));
    const dir = await mkdtemp(join(tmpdir(), 'citecheck-chain-cli-'));
    try {
      await writeFile(join(dir, 'root.pem'), certs.ca);
      const reference = { id: 'ship', authors: [], title: 'Exporters hit by sudden shortage of shipping containers', outlet: 'Ledger', url: `${site.origin}/news/missing-intermediate` };
      await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [reference] }));
      const run = await runCli(['check', 'sources.json', '--allow-private', '--ignore-robots', '--format', 'json', '--fail-on', 'none'],
        { cwd: dir, env: { NODE_EXTRA_CA_CERTS: join(dir, 'root.pem') } });
      expect(run.code, run.stderr).toBe(0);
      const [result] = JSON.parse(run.stdout).results;
      expect(result.verdict, result.reason).toBe('verified');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('reading the issuer (pure)', () => {
  it('takes only a plain-http issuer address, and only a CA certificate that signed the leaf', () => {
    expect(issuerAddress({ infoAccess: { 'CA Issuers - URI': ['ldap://x', 'http://ca.example/i.crt'], 'OCSP - URI': ['http://o'] } } as never)).toBe('http://ca.example/i.crt');
    expect(issuerAddress({ infoAccess: { 'CA Issuers - URI': ['https://ca.example/i.crt'] } } as never)).toBeNull();
    expect(issuerAddress({} as never)).toBeNull();
    const certs = makeChainCertificates('127.0.0.26', 'http://ca.example/i.crt');
    const leaf = new X509Certificate(certs.leaf.cert);
    expect(issuingCertificate(certs.intermediateDer, leaf)).toMatch(/^-----BEGIN CERTIFICATE-----/);
    // PEM, and a PKCS#7 bundle (".p7c") as some CAs publish it.
    const pem = new X509Certificate(certs.intermediateDer).toString();
    expect(issuingCertificate(Buffer.from(pem), leaf)).toBe(pem);
    expect(issuingCertificate(certs.intermediateP7c, leaf)).toBe(pem);
    expect(issuingCertificate(certs.ca, leaf)).toBeNull();
    expect(issuingCertificate(Buffer.from('<html>not a certificate</html>'), leaf)).toBeNull();
  });
});
