// Loopback servers for the fetch tests: real node:http / node:https / node:net servers that record
// what they saw (request paths and times, connections, sockets still open).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Hit {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  origin: string;
  host: string;
  port: number;
  hits: Hit[];
  /** TCP connections accepted so far. */
  connections: number;
  openSockets: Set<net.Socket>;
  hitsOn(path: string): Hit[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function track(server: net.Server, scheme: string, host: string): Promise<TestServer> {
  const openSockets = new Set<net.Socket>();
  const state: TestServer = {
    origin: '',
    host,
    port: 0,
    hits: [],
    connections: 0,
    openSockets,
    hitsOn: (path) => state.hits.filter((h) => h.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of openSockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  // For TLS the tcp 'connection' event is on the server too; count raw TCP connections.
  server.on('connection', (socket: net.Socket) => {
    state.connections++;
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      state.port = port;
      state.origin = `${scheme}://${host}:${port}`;
      resolve(state);
    });
  });
}

function recording(state: () => TestServer, handler: Handler): Handler {
  return (req, res) => {
    state().hits.push({ path: req.url ?? '', at: performance.now(), headers: req.headers });
    handler(req, res);
  };
}

export async function startHttp(host: string, handler: Handler): Promise<TestServer> {
  let tracked!: TestServer;
  const server = http.createServer(recording(() => tracked, handler));
  tracked = await track(server, 'http', host);
  return tracked;
}

export async function startHttps(host: string, tls: { key: Buffer; cert: Buffer }, handler: Handler): Promise<TestServer> {
  let tracked!: TestServer;
  const server = https.createServer(tls, recording(() => tracked, handler));
  server.on('tlsClientError', () => {});
  tracked = await track(server, 'https', host);
  return tracked;
}

/** A raw TCP server: each connection gets `onSocket`, for answers that are not HTTP. */
export async function startRaw(host: string, onSocket: (socket: net.Socket) => void): Promise<TestServer> {
  const server = net.createServer(onSocket);
  return track(server, 'http', host);
}

/** Polls until `condition` holds or `ms` pass; returns whether it held. */
export async function eventually(condition: () => boolean, ms = 2_000): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return condition();
}

export const html = (title: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

export interface TestCertificates {
  ca: Buffer;
  selfSigned: { key: Buffer; cert: Buffer };
  /** Signed by `ca`, for the given IP. */
  valid: { key: Buffer; cert: Buffer };
  expired: { key: Buffer; cert: Buffer };
  wrongHost: { key: Buffer; cert: Buffer };
}

/** Throwaway certificates made with openssl in a temp dir (EC keys: fast). */
export function makeCertificates(ip: string): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-tls-'));
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    run('req', '-x509', ...ec, '-days', '2', '-subj', '/CN=citecheck test CA', '-keyout', 'ca.key', '-out', 'ca.pem');
    run('req', '-x509', ...ec, '-days', '2', '-subj', `/CN=${ip}`, '-addext', `subjectAltName=IP:${ip}`,
      '-keyout', 'self.key', '-out', 'self.pem');
    const leaf = (name: string, san: string, days: string): void => {
      writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
      run('req', ...ec, '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
      run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
        '-days', days, '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    };
    leaf('valid', `IP:${ip}`, '2');
    // A negative validity puts notAfter before now: expired (OpenSSL 3.0 has no -not_after).
    leaf('expired', `IP:${ip}`, '-1');
    leaf('wronghost', 'DNS:elsewhere.example', '2');
    const pair = (name: string) => ({
      key: readFileSync(join(dir, `${name}.key`)),
      cert: readFileSync(join(dir, `${name}.pem`)),
    });
    return {
      ca: readFileSync(join(dir, 'ca.pem')),
      selfSigned: pair('self'),
      valid: pair('valid'),
      expired: pair('expired'),
      wrongHost: pair('wronghost'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ChainCertificates {
  ca: Buffer;
  /** The intermediate, DER-encoded, as CAs publish it at their issuer address. */
  intermediateDer: Buffer;
  /** The intermediate in a PKCS#7 certs-only bundle (".p7c"), as some CAs publish it. */
  intermediateP7c: Buffer;
  /** Signed by the intermediate, naming `issuerUrl` as where its issuer can be fetched. */
  leaf: { key: Buffer; cert: Buffer };
  /** Signed by the intermediate, with no issuer address. */
  leafWithoutAddress: { key: Buffer; cert: Buffer };
  /** A root nobody trusts (DER), and a leaf it signed directly that names `issuerUrl`: an attacker's. */
  rogueRootDer: Buffer;
  rogueLeaf: { key: Buffer; cert: Buffer };
}

/** A root, an intermediate and leaves for `ip`: for servers that forget to send the intermediate. */
export function makeChainCertificates(ip: string, issuerUrl: string): ChainCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-chain-'));
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    run('req', '-x509', ...ec, '-days', '2', '-subj', '/CN=citecheck chain root', '-keyout', 'ca.key', '-out', 'ca.pem',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    writeFileSync(join(dir, 'inter.ext'), 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n');
    run('req', ...ec, '-subj', '/CN=citecheck chain intermediate', '-keyout', 'inter.key', '-out', 'inter.csr');
    run('x509', '-req', '-in', 'inter.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
      '-extfile', 'inter.ext', '-out', 'inter.pem', '-outform', 'PEM');
    run('x509', '-in', 'inter.pem', '-outform', 'DER', '-out', 'inter.der');
    run('crl2pkcs7', '-nocrl', '-certfile', 'inter.pem', '-outform', 'DER', '-out', 'inter.p7c');
    const leaf = (name: string, aia: boolean): void => {
      writeFileSync(join(dir, `${name}.ext`), `subjectAltName=IP:${ip}\n${aia ? `authorityInfoAccess=caIssuers;URI:${issuerUrl}\n` : ''}`);
      run('req', ...ec, '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
      run('x509', '-req', '-in', `${name}.csr`, '-CA', 'inter.pem', '-CAkey', 'inter.key', '-CAcreateserial', '-days', '2',
        '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    };
    leaf('leaf', true);
    leaf('bare', false);
    run('req', '-x509', ...ec, '-days', '2', '-subj', '/CN=rogue root', '-keyout', 'rogue.key', '-out', 'rogue.pem',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    run('x509', '-in', 'rogue.pem', '-outform', 'DER', '-out', 'rogue.der');
    writeFileSync(join(dir, 'rogueleaf.ext'), `subjectAltName=IP:${ip}\nauthorityInfoAccess=caIssuers;URI:${issuerUrl}\n`);
    run('req', ...ec, '-subj', '/CN=rogueleaf', '-keyout', 'rogueleaf.key', '-out', 'rogueleaf.csr');
    run('x509', '-req', '-in', 'rogueleaf.csr', '-CA', 'rogue.pem', '-CAkey', 'rogue.key', '-CAcreateserial', '-days', '2',
      '-extfile', 'rogueleaf.ext', '-out', 'rogueleaf.pem');
    const pair = (name: string) => ({ key: readFileSync(join(dir, `${name}.key`)), cert: readFileSync(join(dir, `${name}.pem`)) });
    return {
      ca: readFileSync(join(dir, 'ca.pem')), intermediateDer: readFileSync(join(dir, 'inter.der')), intermediateP7c: readFileSync(join(dir, 'inter.p7c')),
      leaf: pair('leaf'), leafWithoutAddress: pair('bare'),
      rogueRootDer: readFileSync(join(dir, 'rogue.der')), rogueLeaf: pair('rogueleaf'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
