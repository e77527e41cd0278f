import type { Context } from 'hono';
import { SecureResponse } from './security-headers.js';

/**
 * Sets a response header on the Node response itself, when the app runs under @hono/node-server, instead of
 * through Hono's `c.header`. The first `c.header` of a request makes Hono build a web `Headers` object, and the
 * answer then leaves @hono/node-server's fast path: every header goes through undici's checks and is copied
 * into a plain object again.
 * The response writes it with the answer's headers (security-headers.ts); a value the answer sets itself wins.
 * Outside our server (`app.request` in a test), Hono's way.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  if (outgoing instanceof SecureResponse && !outgoing.headersSent) outgoing.addHeader(name, value);
  else c.header(name, value);
}
