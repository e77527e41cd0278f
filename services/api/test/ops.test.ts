import { connect } from 'node:net';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

describe('operations endpoints', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('answers /healthz and /readyz', async () => {
    expect(await (await h.fetch('/healthz')).json()).toEqual({ status: 'ok' });
    // Each check may take up to 2 s; on a machine busy with other suites one can run out: ask again for a while.
    let ready = await h.fetch('/readyz');
    for (let i = 0; i < 10 && ready.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      ready = await h.fetch('/readyz');
    }
    const body = await ready.json();
    expect(ready.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      status: 'ready',
      checks: { postgres: { ok: true }, redis: { ok: true } },
    });
  });

  it('exposes Prometheus metrics: requests, queue depth, decisions by status and category, rule latency', async () => {
    const id = await h.postComment({
      body: 'Visit cheap-pills-online.example.com for deals!!! cheap-pills-online.example.com',
    });
    await h.waitForDecision(id);
    const res = await h.fetch('/metrics');
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/cm_http_requests_total\{method="POST",route="\/v1\/comments",status="202"\} 1/);
    expect(text).toMatch(/cm_comments_accepted_total\{site="demo"\} 1\n/);
    // The duration histogram: cumulative buckets, ending in +Inf, which equals the count.
    const route = 'method="POST",route="/v1/comments"';
    const buckets = [
      ...text.matchAll(
        /cm_http_request_duration_seconds_bucket\{le="([^"]+)",method="POST",route="\/v1\/comments"\} (\d+)/g,
      ),
    ];
    expect(buckets.map((m) => m[1])).toEqual([
      '0.001',
      '0.0025',
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2.5',
      '+Inf',
    ]);
    const counts = buckets.map((m) => Number(m[2]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(1);
    expect(text).toContain(`cm_http_request_duration_seconds_count{${route}} 1\n`);
    const sum = /cm_http_request_duration_seconds_sum\{method="POST",route="\/v1\/comments"\} (\S+)/.exec(text)?.[1];
    expect(Number(sum)).toBeGreaterThan(0);
    expect(text).toMatch(/cm_queue_jobs\{state="waiting"\} \d+/);
    expect(text).toMatch(/cm_decisions_total\{status="flagged",category="link"\} 1/);
    expect(text).toMatch(/cm_rules_duration_seconds_count \d+/);
  });

  it('serves the OpenAPI document generated from the routes, and a reference page', async () => {
    const doc = (await (await h.fetch('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[] }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/v1/comments']?.post?.operationId).toBe('postComment');
    expect(doc.paths['/v1/comments']?.post?.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    expect(doc.paths['/v1/comments/{id}']?.get?.operationId).toBe('getComment');
    const page = await h.fetch('/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/openapi.json');
  });

  it('echoes the request id and sets security headers', async () => {
    const res = await h.fetch('/healthz', { headers: { 'x-request-id': 'trace-me-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-me-123');
    // A request id that is not a plain token is replaced by a new one, not echoed.
    const odd = await h.fetch('/healthz', { headers: { 'x-request-id': 'two words' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('/metrics behind METRICS_TOKEN', () => {
  let h: Harness;
  const token = 'metrics-token-0123456789';
  beforeAll(async () => {
    h = await harness({ env: { METRICS_TOKEN: token }, worker: false });
  });
  afterAll(() => h.close());

  it('answers only the bearer of the token, and leaves the health checks open', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${token}`, `Bearer ${token}x`]) {
      const res = await h.fetch('/metrics', authorization ? { headers: { authorization } } : {});
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    }
    const ok = await h.fetch('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/cm_http_requests_total/);
    expect((await h.fetch('/healthz')).status).toBe(200);
    expect((await h.fetch('/readyz')).status).toBe(200);
  });
});

describe('idle keep-alive connections', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ env: { KEEP_ALIVE_TIMEOUT_MS: '1500' }, worker: false });
  });
  afterAll(() => h.close());

  it('stay open for KEEP_ALIVE_TIMEOUT_MS (65 s by default, past a proxy’s 60), then close', async () => {
    const socket = connect(h.api.port, '127.0.0.1');
    const answers: string[] = [];
    let closed = false;
    socket.on('data', (d) => answers.push(d.toString()));
    socket.on('close', () => {
      closed = true;
    });
    const ask = () => socket.write('GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n');
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    ask();
    await vi.waitFor(() => expect(answers.join('')).toContain('200 OK'));
    await pause(800);
    expect(closed).toBe(false);
    ask();
    await vi.waitFor(() => expect(answers.join('').match(/200 OK/g)).toHaveLength(2));
    // Idle past the timeout: the server closes it (Node's own default would keep it 5 s).
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 4000, interval: 50 });
    expect(answers.join('')).toMatch(/keep-alive: timeout=1\b/i);
  });
});

describe('shutting down with a keep-alive connection mid-request', () => {
  it('answers the request, then closes the connection without waiting for its idle timeout', async () => {
    // The default idle timeout (65 s) would outlast the check below by far if shutdown waited for it.
    const h = await harness({ worker: false });
    const socket = connect(h.api.port, '127.0.0.1');
    const answers: string[] = [];
    const socketClosed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('data', (d) => answers.push(d.toString()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // A request whose body waits for "100 Continue": once that arrives, the server holds the request in progress.
    socket.write(
      'POST /v1/comments HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 2\r\n' +
        'Expect: 100-continue\r\nConnection: keep-alive\r\n\r\n',
    );
    await vi.waitFor(() => expect(answers.join('')).toContain('100 Continue'));
    const closing = h.close();
    // Shutdown has begun once the port refuses new connections.
    await vi.waitFor(
      () =>
        new Promise<void>((resolve, reject) => {
          const probe = connect(h.api.port, '127.0.0.1');
          probe.once('connect', () => {
            probe.destroy();
            reject(new Error('still accepting'));
          });
          probe.once('error', () => resolve());
        }),
      { timeout: 10_000, interval: 20 },
    );
    socket.write('{}');
    const outcome = await Promise.race([
      Promise.all([closing, socketClosed]).then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still open after 20 s'), 20_000)),
    ]);
    expect(outcome).toBe('closed');
    // The request was answered (a problem+json for the empty comment) before the connection closed.
    expect(answers.join('')).toMatch(/HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 4\d\d /);
  }, 40_000);
});
