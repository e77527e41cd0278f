import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';

/**
 * Sets a response header on the Node response itself, when the app runs under @hono/node-server, instead of
 * through Hono's `c.header`. The first `c.header` of a request makes Hono build a web `Headers` object, and the
 * answer then leaves @hono/node-server's fast path: every header goes through undici's checks and is copied
 * into a plain object again (with the request id and `Location`, ~7% of the ingest path's CPU in a profile).
 * Node merges the headers set here with those of the answer when it is written, as for the security headers
 * (security-headers.ts); a value the answer sets itself wins. Outside Node (`app.request` in a test), Hono's
 * way.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing && typeof outgoing.setHeader === 'function' && !outgoing.headersSent) outgoing.setHeader(name, value);
  else c.header(name, value);
}
