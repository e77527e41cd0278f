import { connect } from 'node:net';
import type { Harness } from '@cm/testing';
import { expect } from 'vitest';

/** Codes the ingest route may answer a bad request with, and the one status each maps to. */
const INGEST_CODES: Record<string, number> = {
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  LENGTH_REQUIRED: 411,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  SITE_NOT_FOUND: 404,
  ORIGIN_NOT_ALLOWED: 403,
  RATE_LIMITED: 429,
};

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** POSTs raw bytes to the ingest route; every request has a deadline, so a hang fails the test instead of stalling it. */
export async function postRaw(
  h: Harness,
  body: string | Uint8Array | ReadableStream<Uint8Array>,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<Answer> {
  const res = await fetch(`${h.url}/v1/comments`, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/**
 * The invariant of every answer to bad input: a 202 with an id, or a problem+json whose stable code maps to the
 * status it came with, and never a 5xx. Returns the id of an accepted comment.
 */
export function checkAnswer(a: Answer, label = ''): string | undefined {
  expect(a.status, `${label} ${a.text.slice(0, 300)}`).toBeLessThan(500);
  if (a.status === 202) {
    const { id } = JSON.parse(a.text) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return id;
  }
  expect(a.headers.get('content-type'), label).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(a.text) as { code: string; status: number; type: string; title: string };
  expect(Object.keys(INGEST_CODES), `${label} code ${problem.code}`).toContain(problem.code);
  expect(problem.status).toBe(a.status);
  expect(INGEST_CODES[problem.code], `${label} ${problem.code}`).toBe(a.status);
  return undefined;
}

/** The parsed answer to a request written byte for byte on a socket, for what fetch refuses to send. */
export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/**
 * Writes `request` on a fresh TCP connection, half-closes it, and reads until the server closes. Rejects after
 * `timeoutMs` (a hang). Resolves undefined when the server closed without answering.
 */
export function rawExchange(url: string, request: Buffer | string, timeoutMs = 10_000): Promise<RawAnswer | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => socket.end(request));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve(undefined);
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, head, body: split < 0 ? '' : text.slice(split + 4) });
    });
  });
}
