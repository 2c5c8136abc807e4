// Servers that send their certificate without the intermediate that issued it: browsers fetch the
// missing one from the address the certificate names (Authority Information Access, RFC 5280
// §4.2.2.1) and show the page; Node stops at "unable to verify the first certificate". citecheck
// does what the browser does, and no more: the intermediate only fills the gap in the chain, which
// OpenSSL must still verify up to a trusted root, for the host name, with the usual checks.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { buildConnector, type Dispatcher } from 'undici';
import { readCapped } from './read-capped.js';

/** OpenSSL's names for a chain that stops short of a trusted root. */
const CHAIN_GAP_CODES = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT']);

export function isChainGap(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CHAIN_GAP_CODES.has(code);
}

/**
 * The plain-http address of the certificate that issued this one. Only http: CAs publish there
 * (RFC 5280 says so), and fetching it over TLS could need another missing intermediate.
 */
export function issuerAddress(peer: Pick<tls.PeerCertificate, 'infoAccess'>): string | null {
  const addresses = (peer.infoAccess as Record<string, string[] | undefined> | undefined)?.['CA Issuers - URI'] ?? [];
  return addresses.find((address) => address.startsWith('http://')) ?? null;
}

/**
 * The certificate in `bytes` (DER or PEM) as PEM, when it is an intermediate CA's that signed
 * `leaf`; else null. Never a root (a certificate that issued itself): added to the trust store, a
 * root anyone can publish would be trusted — an intermediate must still chain to a trusted root.
 */
export function issuingCertificate(bytes: Buffer, leaf: X509Certificate): string | null {
  for (const certificate of certificatesIn(bytes)) {
    try {
      const issuer = new X509Certificate(certificate);
      if (!issuer.ca || issuer.checkIssued(issuer) || issuer.subject === issuer.issuer) continue;
      if (!leaf.checkIssued(issuer) || !leaf.verify(issuer.publicKey)) continue;
      return issuer.toString();
    } catch {
      // Not a certificate: the next one, if any.
    }
  }
  return null;
}

/**
 * The certificates an issuer address may send: one, DER or PEM, or a PKCS#7 bundle of them
 * (".p7c", RFC 5280 §4.2.2.1), whose certificates are DER sequences inside it. Node reads no
 * PKCS#7, so each long-form sequence in the bundle is offered (the wrappers fail to parse as
 * certificates and are skipped).
 */
function certificatesIn(bytes: Buffer): Buffer[] {
  const found = [bytes];
  if (bytes.subarray(0, 10).toString('latin1').startsWith('-----')) return found;
  for (let at = 1; at + 4 <= bytes.length; at++) {
    if (bytes[at] !== 0x30 || bytes[at + 1] !== 0x82) continue;
    const end = at + 4 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (end <= bytes.length) found.push(bytes.subarray(at, end));
  }
  return found;
}

/** Bytes an issuer address may send: a certificate is one or two KB. */
const MAX_ISSUER_BYTES = 64 * 1024;

/**
 * The bytes at a certificate's issuer address, or null: through the run's own client (so its
 * address guard), within `timeout` in all (a trickling server cannot hold the connection open).
 */
export async function fetchIssuer(agent: Dispatcher, address: string, timeout: number): Promise<Buffer | null> {
  try {
    const url = new URL(address);
    const response = await agent.request({ origin: url.origin, path: `${url.pathname}${url.search}`, method: 'GET', signal: AbortSignal.timeout(timeout) });
    const bytes = await readCapped(response.body, MAX_ISSUER_BYTES);
    return response.statusCode === 200 ? bytes : null;
  } catch {
    return null;
  }
}

/** The certificates of NODE_EXTRA_CA_CERTS, which Node trusts by default (none when unreadable). */
function extraRoots(): string[] {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return [];
  try {
    return readFileSync(file, 'latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  } catch {
    return [];
  }
}

export interface ChainCompleter {
  /**
   * Learns the intermediate `host:port` left out, once per host: the connector that knows it, or
   * null when none could be found.
   */
  complete(key: string, options: buildConnector.Options): Promise<buildConnector.connector | null>;
  /** The connector that knows the intermediates found so far, once `key` has needed one. */
  connectorFor(key: string): buildConnector.connector | null;
}

/**
 * `connectOptions` are the run's (address guard, CA, timeout); `fetchIssuer` gets an address's
 * bytes through the run's own client (and so its address guard), or null.
 */
export function createChainCompleter(
  connectOptions: buildConnector.BuildOptions,
  fetchIssuer: (address: string) => Promise<Buffer | null>,
  timeout: number,
): ChainCompleter {
  const learned = new Map<string, Promise<boolean>>();
  const completedHosts = new Set<string>();
  let context: tls.SecureContext | null = null;
  let completed: buildConnector.connector | null = null;
  // Only to read the certificate the server sends; nothing is requested over this connection.
  const peek = buildConnector({ ...connectOptions, rejectUnauthorized: false });

  const peerCertificate = (options: buildConnector.Options): Promise<tls.PeerCertificate | null> =>
    new Promise((resolve) => {
      peek(options, (error, socket) => {
        if (error || !socket) return resolve(null);
        const peer = (socket as tls.TLSSocket).getPeerCertificate(false);
        socket.destroy();
        resolve(peer && peer.raw ? peer : null);
      });
    });

  const learn = async (options: buildConnector.Options): Promise<boolean> => {
    const peer = await peerCertificate(options);
    const address = peer ? issuerAddress(peer) : null;
    const bytes = address ? await fetchIssuer(address) : null;
    const pem = bytes && peer ? issuingCertificate(bytes, new X509Certificate(peer.raw)) : null;
    if (!pem) return false;
    if (!context) {
      // The run's trust (the default roots, NODE_EXTRA_CA_CERTS, or the CA it was given) plus the
      // intermediates found: OpenSSL still needs the chain to end at one of those roots.
      const { ca } = connectOptions as { ca?: tls.SecureContextOptions['ca'] };
      context = tls.createSecureContext(ca ? { ca } : {});
      // Once a certificate is added, the context's store is its own copy of Node's bundled roots,
      // without NODE_EXTRA_CA_CERTS (tested: the CLI test fails without these lines).
      if (!ca) for (const root of extraRoots()) (context.context as { addCACert(pem: string): void }).addCACert(root);
      completed = buildConnector({ ...connectOptions, secureContext: context });
    }
    (context.context as { addCACert(pem: string): void }).addCACert(pem);
    return true;
  };

  return {
    async complete(key, options) {
      let found = learned.get(key);
      if (!found) {
        // One deadline over the peek, the fetch and the checks: the attempt waiting on this
        // connection cannot end before it does. A host that missed it stays without its
        // intermediate for the run (an issuer that slow is not asked again per connection).
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeout)));
        found = Promise.race([learn(options).catch(() => false), deadline]).finally(() => clearTimeout(timer));
        learned.set(key, found);
      }
      if (!(await found)) return null;
      completedHosts.add(key);
      return completed;
    },
    connectorFor: (key) => (completedHosts.has(key) ? completed : null),
  };
}
