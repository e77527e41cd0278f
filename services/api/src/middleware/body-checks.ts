import type { Context, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from '../errors.js';

/** application/json, or a +json type, with any parameters. */
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/**
 * The checks every /v1 request body passes before a route reads it: JSON only (415 otherwise), and no larger
 * than the limit (413).
 */
export function bodyChecks(limitBytes: number): (c: Context, next: Next) => Promise<void> {
  const tooLarge = () =>
    // The rest of the body is never read: close the connection so the client does not reuse a socket that
    // still has our unread bytes in it.
    new ProblemError('PAYLOAD_TOO_LARGE', `The body exceeds ${limitBytes} bytes.`, {
      headers: { Connection: 'close' },
    });
  const streamingLimit = bodyLimit({
    maxSize: limitBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    const method = c.req.method;
    const length = c.req.header('content-length');
    const chunked = c.req.header('transfer-encoding') !== undefined;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      const type = c.req.header('content-type');
      if (((length !== undefined && length !== '0') || chunked) && !(type && JSON_TYPE.test(type))) {
        throw new ProblemError(
          'UNSUPPORTED_MEDIA_TYPE',
          type
            ? `Send JSON (Content-Type: application/json), not "${type}".`
            : 'Send JSON with Content-Type: application/json.',
        );
      }
    }
    // A declared length is checked from the header alone. Hono's bodyLimit wraps the body in a web stream to
    // count it, which costs a sixth of the ingest path's CPU; it is kept for chunked bodies, whose size only
    // shows while reading.
    if (length !== undefined && !chunked) {
      if (Number(length) > limitBytes) throw tooLarge();
      return next();
    }
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    await streamingLimit(c, next);
  };
}
