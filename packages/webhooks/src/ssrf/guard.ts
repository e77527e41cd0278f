import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { type AddressPolicy, ipLiteral, refusalFor } from './address-policy.js';

/** A destination the SSRF guard refuses. Never retried into success: the address will not change its class. */
export class AddressRefusedError extends Error {
  override name = 'AddressRefusedError';
  readonly code = 'EWEBHOOKADDRESS';
}

/** `dns.lookup` with `all: true`; injectable so tests can play a rebinding resolver without any network. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for `net.connect` (undici's `Agent({ connect: { lookup } })`): resolves the name, and refuses the
 * connection if ANY address is not allowed. Checking at connection time is what defeats DNS rebinding: the name
 * that resolved to a public address at registration resolves again, here, right before the socket opens.
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family =
          options.family === 4 || options.family === 'IPv4'
            ? 4
            : options.family === 6 || options.family === 'IPv6'
              ? 6
              : 0;
        const usable = family === 0 ? addresses : addresses.filter((a) => a.family === family);
        const first = usable[0];
        if (!first) {
          callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
          return;
        }
        for (const a of usable) {
          const refusal = refusalFor(a.address, policy);
          if (refusal) {
            callback(new AddressRefusedError(`${hostname}: ${refusal}`), '', 0);
            return;
          }
        }
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

/**
 * The check at registration (and on every URL change): the URL must be http(s) without credentials, and every
 * address its host resolves to must be allowed. Returns why not, or undefined.
 */
export async function checkEndpointUrl(
  raw: string,
  policy: AddressPolicy,
  resolve: Resolver = systemResolver,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'only http and https URLs can receive webhooks';
  if (url.username || url.password) return 'credentials in the URL would be logged; put a token in the path instead';
  const literal = ipLiteral(url.hostname);
  if (literal) return refusalFor(literal, policy);
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(url.hostname);
  } catch {
    return `${url.hostname} does not resolve`;
  }
  if (addresses.length === 0) return `${url.hostname} does not resolve`;
  for (const a of addresses) {
    const refusal = refusalFor(a.address, policy);
    if (refusal) return `${url.hostname} resolves to ${refusal}`;
  }
  return undefined;
}
