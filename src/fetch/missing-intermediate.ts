// Servers that send their certificate without the intermediate that issued it: browsers fetch the
// missing one from the address the certificate names (Authority Information Access, RFC 5280
// §4.2.2.1) and show the page; Node stops at "unable to verify the first certificate". citecheck
// does what the browser does, and no more: the intermediate only fills the gap in the chain, which
// OpenSSL must still verify up to a trusted root, for the host name, with the usual checks.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { buildConnector } from 'undici';

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

/** The certificate in `bytes` (DER or PEM) as PEM, when it is a CA's and it signed `leaf`; else null. */
export function issuingCertificate(bytes: Buffer, leaf: X509Certificate): string | null {
  try {
    const issuer = new X509Certificate(bytes);
    if (!issuer.ca || !leaf.checkIssued(issuer) || !leaf.verify(issuer.publicKey)) return null;
    return issuer.toString();
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
      // A context made here has the bundled roots but not the ones Node added at start-up.
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
        found = learn(options).catch(() => false);
        learned.set(key, found);
      }
      if (!(await found)) return null;
      completedHosts.add(key);
      return completed;
    },
    connectorFor: (key) => (completedHosts.has(key) ? completed : null),
  };
}
