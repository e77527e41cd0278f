import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeader,
  type OutgoingHttpHeaders,
  type RequestListener,
  type ServerOptions,
  ServerResponse,
} from 'node:http';

/**
 * Security headers, written by the Node response itself (`SecureResponse`), so that a route's own value replaces
 * the default. (Hono's secure-headers middleware sets them on the finished Response through web Headers instead,
 * which is much slower on the ingest path.)
 *
 * JSON answers under /v1 get the set the OWASP REST Security Cheat Sheet gives for APIs; everything else (the
 * review page, the demo, the docs, scripts) gets Hono's full document set, whose other headers only mean
 * something to a document a browser renders. Both add Strict-Transport-Security over HTTPS (`HSTS`).
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export const DOCUMENT_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

/**
 * Strict-Transport-Security, on answers that reach the browser over HTTPS only: RFC 6797 (7.2) says a host must
 * not send it over plain HTTP, where a browser ignores it anyway. Behind a proxy that terminates TLS (TRUST_PROXY),
 * its `X-Forwarded-Proto: https` says so.
 */
export const HSTS: readonly [string, string] = ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'];

/** Name, value and lower-case name of each default header (a name is compared in lower case, per request). */
type HeaderSet = readonly (readonly [name: string, value: string, lower: string])[];
const headerSet = (headers: (readonly [string, string])[]): HeaderSet =>
  headers.map(([name, value]) => [name, value, name.toLowerCase()] as const);
const API = headerSet(Object.entries(API_SECURITY_HEADERS));
const DOCUMENT = headerSet(Object.entries(DOCUMENT_SECURITY_HEADERS));
const API_HTTPS = headerSet([...Object.entries(API_SECURITY_HEADERS), HSTS]);
const DOCUMENT_HTTPS = headerSet([...Object.entries(DOCUMENT_SECURITY_HEADERS), HSTS]);

/** Whether the client's connection is HTTPS: ours, or the proxy's in front when it is trusted. */
function overHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!trustProxy) return false;
  const proto = req.headers['x-forwarded-proto'];
  return typeof proto === 'string' && /^\s*https\s*(,|$)/i.test(proto);
}

type Headers = OutgoingHttpHeaders | OutgoingHttpHeader[];

/**
 * The Node response of this server: it writes the security headers, and the headers the app set on it
 * (`setResponseHeader`), together with the answer's own in one `writeHead`. A header of the answer replaces a
 * default or app header of the same name (the embed's Cross-Origin-Resource-Policy, a page's CSP, a public list's
 * Cache-Control). `setHeader` per header, as before, made Node keep a second header table and copy the answer's
 * headers into it.
 */
export class SecureResponse extends ServerResponse {
  /** Name, value, name, value…: what the app set for this answer. */
  private readonly appHeaders: string[] = [];
  private readonly defaults: HeaderSet;

  constructor(req: IncomingMessage, trustProxy = false) {
    super(req);
    const https = overHttps(req, trustProxy);
    this.defaults = req.url?.startsWith('/v1/') ? (https ? API_HTTPS : API) : https ? DOCUMENT_HTTPS : DOCUMENT;
  }

  /** Sets a header for this answer, unless the answer sets the same one itself. */
  addHeader(name: string, value: string): void {
    this.appHeaders.push(name, value);
  }

  override writeHead(statusCode: number, reasonOrHeaders?: string | Headers, maybeHeaders?: Headers): this {
    const reason = typeof reasonOrHeaders === 'string' ? reasonOrHeaders : undefined;
    const own = toPairs(typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders);
    const taken = new Set<string>();
    for (let i = 0; i < own.length; i += 2) taken.add(String(own[i]).toLowerCase());
    // Names set with setHeader before this answer (by a library) win over the defaults too.
    for (const name of this.getHeaderNames()) taken.add(name);
    const all: OutgoingHttpHeader[] = [];
    for (const [name, value, lower] of this.defaults) if (!taken.has(lower)) all.push(name, value);
    const app = this.appHeaders;
    for (let i = 0; i < app.length; i += 2) if (!taken.has(app[i]!.toLowerCase())) all.push(app[i]!, app[i + 1]!);
    for (const item of own) all.push(item);
    return reason === undefined ? super.writeHead(statusCode, all) : super.writeHead(statusCode, reason, all);
  }
}

/** The headers of a `writeHead` call as one flat list, name, value, name, value… */
function toPairs(headers: Headers | undefined): OutgoingHttpHeader[] {
  if (headers === undefined) return [];
  if (!Array.isArray(headers)) {
    const pairs: OutgoingHttpHeader[] = [];
    for (const name in headers) {
      const value = headers[name];
      if (value !== undefined) pairs.push(name, value);
    }
    return pairs;
  }
  // [[name, value], …] or already flat.
  return Array.isArray(headers[0]) ? (headers as unknown as OutgoingHttpHeader[][]).flat() : headers;
}

/**
 * `http.createServer` whose responses carry the security headers, for @hono/node-server's `createServer`;
 * `trustProxy` as the config's TRUST_PROXY.
 */
export function createServerWithSecurityHeaders(trustProxy: boolean): typeof createServer {
  class Response extends SecureResponse {
    constructor(req: IncomingMessage) {
      super(req, trustProxy);
    }
  }
  return ((options: ServerOptions, listener: RequestListener) =>
    createServer({ ...options, ServerResponse: Response as typeof ServerResponse }, listener)) as typeof createServer;
}
