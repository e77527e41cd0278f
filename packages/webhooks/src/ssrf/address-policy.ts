import ipaddr from 'ipaddr.js';

/**
 * Where an address may be reached from a webhook delivery:
 * - `public`: the open internet, always allowed;
 * - `private`: loopback, RFC 1918, unique-local, CGNAT, reserved ranges: allowed only when the operator sets
 *   `WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true` (a self-hosted install that posts to an intranet, and the tests);
 * - `forbidden`: link-local (where the cloud metadata services live), known metadata addresses, unspecified,
 *   multicast and broadcast: refused even with the flag, since a webhook there can only be an attack.
 */
export type AddressClass = 'public' | 'private' | 'forbidden';

/** Metadata endpoints outside the link-local ranges (AWS IPv6, Alibaba Cloud). */
const METADATA_ADDRESSES = ['fd00:ec2::254', '100.100.100.200'].map((a) => ipaddr.parse(a).toNormalizedString());

const FORBIDDEN_RANGES = new Set(['linkLocal', 'unspecified', 'multicast', 'broadcast']);

/** Classifies one IP address (IPv4-mapped IPv6 is judged as the IPv4 address it carries). */
export function classifyAddress(address: string): AddressClass {
  if (!ipaddr.isValid(address)) return 'forbidden';
  const ip = ipaddr.process(address);
  if (METADATA_ADDRESSES.includes(ip.toNormalizedString())) return 'forbidden';
  const range = ip.range();
  if (FORBIDDEN_RANGES.has(range)) return 'forbidden';
  // Anything that is not plain unicast (6to4, NAT64, Teredo included: they can embed a private IPv4) is private.
  return range === 'unicast' ? 'public' : 'private';
}

/** The operator's stance, from `config.webhooks.allowPrivateNetworks`. */
export interface AddressPolicy {
  allowPrivateNetworks: boolean;
}

/** Undefined when the address may be connected to; otherwise why not. */
export function refusalFor(address: string, policy: AddressPolicy): string | undefined {
  const cls = classifyAddress(address);
  if (cls === 'public') return undefined;
  if (cls === 'private' && policy.allowPrivateNetworks) return undefined;
  return cls === 'forbidden'
    ? `${address} is a link-local, metadata or non-unicast address; webhooks never go there`
    : `${address} is a private or loopback address (set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true to allow it)`;
}

/** The bare IP of a URL's host when it is an IP literal (`[::1]` → `::1`), else undefined. */
export function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (ipaddr.IPv6.isValid(bare) || ipaddr.IPv4.isValidFourPartDecimal(bare))
    ? bare
    : undefined;
}
