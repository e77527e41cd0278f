import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '@cm/contracts';
import { uuidv7 } from 'uuidv7';
import { ProblemError, problemBody } from '../errors.js';

/** Node's parser errors, mapped as Node's own default handler maps them, to our stable codes. */
function codeOf(err: NodeJS.ErrnoException): ErrorCode {
  if (err.code === 'HPE_HEADER_OVERFLOW') return 'HEADERS_TOO_LARGE';
  if (err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 'PAYLOAD_TOO_LARGE';
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'REQUEST_TIMEOUT';
  return 'BAD_REQUEST';
}

/**
 * The HTTP server's `clientError` listener. A request Node cannot parse (an invalid or conflicting
 * Content-Length, a bad chunk, garbage instead of a request line) never reaches Hono, and Node's default answer
 * is a bare `400 Bad Request` without a body. This answers it as every other error: problem+json with a stable
 * code, then closes the connection, whose framing can no longer be trusted.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem = new ProblemError(codeOf(err), 'The request could not be parsed as HTTP/1.1.');
  const body = JSON.stringify(problemBody(problem, uuidv7()));
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'X-Content-Type-Options: nosniff\r\n' +
      'Connection: close\r\n\r\n' +
      body,
  );
}
