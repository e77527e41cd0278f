import { createServer, type RequestListener, type ServerOptions } from 'node:http';

/**
 * Security headers, set on the Node response before the app runs, so that a route's own value (the embed's
 * Cross-Origin-Resource-Policy, a page's CSP, a public list's Cache-Control) replaces the default when the answer
 * is written. (Hono's secure-headers middleware sets them on the finished Response through web Headers instead,
 * which cost about a fifth of the ingest path's CPU in a profile.)
 *
 * JSON answers under /v1 get the set the OWASP REST Security Cheat Sheet gives for APIs; everything else (the
 * review page, the demo, the docs, scripts) gets Hono's full document set, whose other headers only mean
 * something to a document a browser renders.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export const DOCUMENT_SECURITY_HEADERS: Readonly<Record<string, string>> = {
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
const API = Object.entries(API_SECURITY_HEADERS);
const DOCUMENT = Object.entries(DOCUMENT_SECURITY_HEADERS);

/** `http.createServer` whose responses start with the security headers; for @hono/node-server's `createServer`. */
export const createServerWithSecurityHeaders = ((options: ServerOptions, listener: RequestListener) =>
  createServer(options, (req, res) => {
    for (const [name, value] of req.url?.startsWith('/v1/') ? API : DOCUMENT) res.setHeader(name, value);
    listener(req, res);
  })) as typeof createServer;
