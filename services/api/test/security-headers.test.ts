import { get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_SECURITY_HEADERS,
  createServerWithSecurityHeaders,
  DOCUMENT_SECURITY_HEADERS,
  HSTS,
  type SecureResponse,
} from '../src/middleware/security-headers.js';

/** The answer's raw header lines, so that a header written twice shows twice. */
function rawHeaders(
  url: string,
  requestHeaders: Record<string, string> = {},
): Promise<{ status: number; message: string; headers: [string, string][] }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: requestHeaders }, (res) => {
      const headers: [string, string][] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, message: res.statusMessage ?? '', headers }));
    }).on('error', reject);
  });
}
const named = (headers: [string, string][], name: string) =>
  headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);

describe('SecureResponse: security headers written with the answer', () => {
  const servers: Server[] = [];
  let base: string;
  let behindProxy: string;
  const listen = async (server: Server) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  beforeAll(async () => {
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      const r = res as SecureResponse;
      switch (req.url) {
        case '/v1/plain':
          r.addHeader('X-Request-Id', 'req-1');
          r.writeHead(202, { 'content-type': 'application/json' });
          r.end('{}');
          break;
        case '/v1/own':
          // The answer's own value replaces both a default and an app header, whatever the case of its name.
          r.addHeader('Location', '/from-app');
          r.writeHead(200, 'Fine', { 'cache-control': 'public, max-age=60', LOCATION: '/from-answer' });
          r.end();
          break;
        case '/v1/preset':
          // A header a library set with setHeader before the answer wins over the default too.
          r.setHeader('X-Frame-Options', 'SAMEORIGIN');
          r.writeHead(200, [
            ['content-type', 'text/plain'],
            ['x-extra', 'a'],
          ]);
          r.end('ok');
          break;
        case '/page':
          r.statusCode = 404;
          r.end('none');
          break;
        default:
          r.writeHead(200, ['X-Flat', '1', 'Set-Cookie', 'a=1']);
          r.end();
      }
    };
    base = await listen(createServerWithSecurityHeaders(false)({}, listener));
    behindProxy = await listen(createServerWithSecurityHeaders(true)({}, listener));
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  it('writes the API set once each, with the app headers and the answer', async () => {
    const { status, headers } = await rawHeaders(`${base}/v1/plain`);
    expect(status).toBe(202);
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(named(headers, name)).toEqual([value]);
    expect(named(headers, 'x-request-id')).toEqual(['req-1']);
    expect(named(headers, 'content-type')).toEqual(['application/json']);
    expect(named(headers, 'x-dns-prefetch-control')).toEqual([]);
  });

  it("lets the answer's own header replace a default and an app header, and keeps the reason phrase", async () => {
    const { message, headers } = await rawHeaders(`${base}/v1/own`);
    expect(message).toBe('Fine');
    expect(named(headers, 'cache-control')).toEqual(['public, max-age=60']);
    expect(named(headers, 'location')).toEqual(['/from-answer']);
    expect(named(headers, 'x-content-type-options')).toEqual(['nosniff']);
  });

  it('keeps a header set before the answer, and takes headers given as pairs', async () => {
    const { headers } = await rawHeaders(`${base}/v1/preset`);
    expect(named(headers, 'x-frame-options')).toEqual(['SAMEORIGIN']);
    expect(named(headers, 'x-extra')).toEqual(['a']);
    expect(named(headers, 'content-type')).toEqual(['text/plain']);
  });

  it('gives pages outside /v1 the document set, also when the answer writes no head of its own', async () => {
    const { status, headers } = await rawHeaders(`${base}/page`);
    expect(status).toBe(404);
    for (const [name, value] of Object.entries(DOCUMENT_SECURITY_HEADERS)) {
      expect(named(headers, name)).toEqual([value]);
    }
    expect(named(headers, 'cache-control')).toEqual([]);
  });

  it('takes a flat header list', async () => {
    const { headers } = await rawHeaders(`${base}/flat`);
    expect(named(headers, 'x-flat')).toEqual(['1']);
    expect(named(headers, 'set-cookie')).toEqual(['a=1']);
    expect(named(headers, 'x-frame-options')).toEqual(['SAMEORIGIN']);
  });

  it('sends Strict-Transport-Security only over HTTPS: behind a trusted proxy that says so', async () => {
    const hsts = async (url: string, headers: Record<string, string> = {}) =>
      named((await rawHeaders(url, headers)).headers, HSTS[0]);
    expect(await hsts(`${base}/v1/plain`)).toEqual([]);
    // An untrusted client's claim changes nothing.
    expect(await hsts(`${base}/v1/plain`, { 'x-forwarded-proto': 'https' })).toEqual([]);
    expect(await hsts(`${behindProxy}/v1/plain`)).toEqual([]);
    expect(await hsts(`${behindProxy}/v1/plain`, { 'x-forwarded-proto': 'http' })).toEqual([]);
    expect(await hsts(`${behindProxy}/v1/plain`, { 'x-forwarded-proto': 'https' })).toEqual([HSTS[1]]);
    expect(await hsts(`${behindProxy}/page`, { 'x-forwarded-proto': 'HTTPS, http' })).toEqual([HSTS[1]]);
  });
});
