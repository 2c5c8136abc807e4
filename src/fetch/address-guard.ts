import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { PRIVATE_ADDRESS_CODE } from './classify-error.js';

// Addresses a checker fetching URLs from a document must not be steered to (SSRF): a cited URL
// whose name resolves to the machine itself or its private network is refused after DNS, at
// connect time, so a public name pointing at 127.0.0.1 is caught too.
const forbidden = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", includes the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  forbidden.addSubnet(net, prefix, 'ipv4');
}
forbidden.addAddress('::', 'ipv6');
forbidden.addAddress('::1', 'ipv6');
forbidden.addSubnet('fe80::', 10, 'ipv6');
forbidden.addSubnet('fc00::', 7, 'ipv6');
forbidden.addSubnet('ff00::', 8, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d in any spelling), else null. */
function mappedIPv4(address: string): string | null {
  // The WHATWG URL parser canonicalises IPv6: ::ffff:127.0.0.1 and 0:0:0:0:0:ffff:7f00:1 both
  // become [::ffff:7f00:1].
  const canonical = new URL(`http://[${address}]/`).hostname;
  const hex = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(canonical);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True for loopback, private, CGNAT, link-local, unique-local, unspecified and multicast addresses. */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.startsWith('[') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  if (family === 4) return forbidden.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = mappedIPv4(bare);
    if (v4) return forbidden.check(v4, 'ipv4');
    return forbidden.check(bare, 'ipv6');
  }
  return false;
}

export function privateAddressError(host: string, address: string): NodeJS.ErrnoException {
  const shown = host === address ? address : `${host} resolves to ${address}`;
  const error: NodeJS.ErrnoException = new Error(`refused to connect to a private address: ${shown}`);
  error.code = PRIVATE_ADDRESS_CODE;
  return error;
}

type LookupAddress = { address: string; family: number };

/**
 * Wraps a dns.lookup so that it drops forbidden addresses and fails when none is left. It keeps
 * the `all: true` shape that net's happy-eyeballs connect asks for.
 */
export const guardLookup = (resolve: LookupFunction = dns.lookup as LookupFunction): LookupFunction => (hostname, options, callback) => {
  resolve(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, '', 0);
      return;
    }
    const list = addresses as LookupAddress[];
    const allowed = list.filter((a) => !isForbiddenAddress(a.address));
    if (allowed.length === 0) {
      callback(privateAddressError(hostname, list[0]?.address ?? '?'), '', 0);
      return;
    }
    if (options.all) {
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    } else {
      callback(null, allowed[0]!.address, allowed[0]!.family);
    }
  });
};
