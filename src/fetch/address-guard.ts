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
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast 255.255.255.255
] as const) {
  forbidden.addSubnet(net, prefix, 'ipv4');
}
forbidden.addAddress('::', 'ipv6');
forbidden.addAddress('::1', 'ipv6');
forbidden.addSubnet('fe80::', 10, 'ipv6');
forbidden.addSubnet('fc00::', 7, 'ipv6');
forbidden.addSubnet('ff00::', 8, 'ipv6');

/** The eight 16-bit groups of an IPv6 address in any spelling (dotted tail, ::). */
function ipv6Groups(address: string): number[] {
  // The WHATWG URL parser canonicalises IPv6 (a dotted IPv4 tail becomes two hex groups).
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head = '', tail] = canonical.split('::');
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

const ipv4Of = (high: number, low: number): string => [high >> 8, high & 255, low >> 8, low & 255].join('.');

/**
 * The IPv4 address an IPv6 address carries and reaches, else null: IPv4-mapped ::ffff:0:0/96,
 * SIIT ::ffff:0:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96 and 6to4 2002::/16. Each can
 * lead to the embedded IPv4 host, so it is judged as that host.
 */
function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  const zero = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && g[5] === 0xffff) return ipv4Of(g[6]!, g[7]!);
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return ipv4Of(g[6]!, g[7]!);
  if (zero(0, 6)) return ipv4Of(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return ipv4Of(g[6]!, g[7]!);
  if (g[0] === 0x2002) return ipv4Of(g[1]!, g[2]!);
  return null;
}

/**
 * True for loopback, private, CGNAT, link-local, unique-local, unspecified, multicast, reserved and
 * benchmarking addresses, also when written as an IPv6 address that embeds one.
 */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.startsWith('[') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  if (family === 4) return forbidden.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIPv4(bare);
    if (v4) return forbidden.check(v4, 'ipv4');
    return forbidden.check(bare, 'ipv6');
  }
  return false;
}

export function privateAddressError(host: string, address: string): NodeJS.ErrnoException {
  const shown = host === address ? address : `${host} resolves to ${address}`;
  const error: NodeJS.ErrnoException = new Error(`refused to connect to a private address: ${shown} (--allow-private allows it)`);
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
