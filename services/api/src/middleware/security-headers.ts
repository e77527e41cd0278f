import { createServer, type RequestListener, type ServerOptions } from 'node:http';

/**
 * The security headers every answer carries (Hono's secure-headers defaults). They are set on the Node response
 * before the app runs, so a route's own value (the embed's Cross-Origin-Resource-Policy, a page's CSP) replaces
 * the default when the answer is written. Hono's middleware sets them on the finished Response instead, through
 * web Headers, which cost about a fifth of the ingest path's CPU in a profile.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};
const ENTRIES = Object.entries(SECURITY_HEADERS);

/** `http.createServer` whose responses start with the security headers; for @hono/node-server's `createServer`. */
export const createServerWithSecurityHeaders = ((options: ServerOptions, listener: RequestListener) =>
  createServer(options, (req, res) => {
    for (const [name, value] of ENTRIES) res.setHeader(name, value);
    listener(req, res);
  })) as typeof createServer;
