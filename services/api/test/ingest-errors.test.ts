import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const valid = { articleId: 'a-1', author: { name: 'Ana' }, body: 'A fair point about the budget.' };

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as {
    code: string;
    status: number;
    requestId: string;
    detail?: string;
    errors?: { path: string }[];
  };
  expect(body.status).toBe(res.status);
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  return body;
}

describe('POST /v1/comments errors', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { BODY_LIMIT_BYTES: '65536' } });
  });
  afterAll(() => h.close());

  it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
    const res = await h.fetch('/v1/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"articleId": ',
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).code).toBe('MALFORMED_JSON');
  });

  it('answers 422 naming the field for a schema violation', async () => {
    const res = await h.post('/v1/comments', { ...valid, author: { name: '' } });
    expect(res.status).toBe(422);
    const body = await problem(res);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.path)).toContain('author.name');
    expect(body.detail).toMatch(/author\.name/);
  });

  it('answers 422 for a missing body field and wrong types', async () => {
    const res = await h.post('/v1/comments', { articleId: 42, author: 'me' });
    expect(res.status).toBe(422);
    const paths = (await problem(res)).errors?.map((e) => e.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['articleId', 'author', 'body']));
  });

  it('answers 422 for a NUL byte in the body', async () => {
    const res = await h.post('/v1/comments', { ...valid, body: 'hello\u0000world' });
    expect(res.status).toBe(422);
    const body = await problem(res);
    expect(body.errors?.[0]?.path).toBe('body');
    expect(body.detail).toMatch(/NUL/);
  });

  it('answers 422 for a lone surrogate', async () => {
    const raw = `{"articleId":"a-1","author":{"name":"Ana"},"body":"broken \\ud800 text"}`;
    const res = await h.fetch('/v1/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw,
    });
    expect(res.status).toBe(422);
    expect((await problem(res)).detail).toMatch(/surrogate/);
  });

  it('answers 413 for a body over the limit (1 MB of text)', async () => {
    const res = await h.post('/v1/comments', { ...valid, body: 'x'.repeat(1024 * 1024) });
    expect(res.status).toBe(413);
    expect((await problem(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 422 for a comment longer than the maximum that fits the byte limit', async () => {
    const res = await h.post('/v1/comments', { ...valid, body: 'y'.repeat(20_000) });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.[0]?.path).toBe('body');
  });

  it('answers 415 for a non-JSON content type', async () => {
    const res = await h.fetch('/v1/comments', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(valid),
    });
    expect(res.status).toBe(415);
    expect((await problem(res)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 415 for a chunked body without a content type, and 413 for a chunked body over the limit', async () => {
    const chunked = (text: string, headers: Record<string, string>) =>
      h.fetch('/v1/comments', {
        method: 'POST',
        headers,
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(text));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const untyped = await chunked(JSON.stringify(valid), {});
    expect(untyped.status).toBe(415);
    expect((await problem(untyped)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await chunked(JSON.stringify({ ...valid, body: 'z'.repeat(70_000) }), {
      'content-type': 'application/json',
    });
    expect(big.status).toBe(413);
    expect((await problem(big)).code).toBe('PAYLOAD_TOO_LARGE');
    const fits = await chunked(JSON.stringify(valid), { 'content-type': 'application/json' });
    expect(fits.status).toBe(202);
  });

  it('answers 422 naming the required fields for an empty JSON body', async () => {
    const res = await h.fetch('/v1/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '0' },
    });
    expect(res.status).toBe(422);
    const paths = (await problem(res)).errors?.map((e) => e.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['articleId', 'author', 'body']));
  });

  it('answers 404 SITE_NOT_FOUND for an unknown site', async () => {
    const res = await h.post('/v1/comments', { ...valid, siteId: 'nope' });
    expect(res.status).toBe(404);
    expect((await problem(res)).code).toBe('SITE_NOT_FOUND');
  });

  it('answers 404 problem+json for an unknown route and 422 for a malformed comment id', async () => {
    expect((await problem(await h.fetch('/v1/nothing'))).code).toBe('NOT_FOUND');
    const res = await h.fetch('/v1/comments/not-a-uuid');
    expect(res.status).toBe(422);
  });
});

describe('rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { RATE_LIMITS: 'ip=1000/60,author=3/60' } });
  });
  afterAll(() => h.close());

  it('answers 429 with Retry-After once an author exceeds the limit', async () => {
    const author = { id: 'flooder', name: 'Flood' };
    for (let i = 0; i < 3; i++) {
      expect((await h.post('/v1/comments', { ...valid, author, body: `message ${i}` })).status).toBe(202);
    }
    const res = await h.post('/v1/comments', { ...valid, author, body: 'one too many' });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await problem(res)).code).toBe('RATE_LIMITED');
    // Another author from the same address is not limited by this one.
    expect((await h.post('/v1/comments', { ...valid, author: { id: 'calm', name: 'Calm' } })).status).toBe(202);
  });
});

describe('rate limit windows', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { RATE_LIMITS: 'ip=1000/60,author=1/2' } });
  });
  afterAll(() => h.close());

  const until = async (ready: () => boolean) => {
    while (!ready()) await new Promise((r) => setTimeout(r, 10));
  };

  it('open with the first comment: a second one moments later is limited across a turn of the clock', async () => {
    const author = { id: 'edge', name: 'Edge' };
    // The first comment in the last 300 ms of a 2-second stretch of the clock, the second just after it turns: a
    // window tied to the clock would let both through.
    await until(() => Date.now() % 2000 >= 1700);
    const turn = Date.now() - (Date.now() % 2000) + 2000;
    expect((await h.post('/v1/comments', { ...valid, author, body: 'first' })).status).toBe(202);
    await until(() => Date.now() >= turn);
    const res = await h.post('/v1/comments', { ...valid, author, body: 'second' });
    expect(res.status).toBe(429);
    expect((await problem(res)).code).toBe('RATE_LIMITED');
  });
});

describe('rate limit per IP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { RATE_LIMITS: 'ip=2/60,author=100/60' } });
  });
  afterAll(() => h.close());

  it('limits one address across authors', async () => {
    expect((await h.post('/v1/comments', { ...valid, author: { name: 'A' } })).status).toBe(202);
    expect((await h.post('/v1/comments', { ...valid, author: { name: 'B' } })).status).toBe(202);
    const res = await h.post('/v1/comments', { ...valid, author: { name: 'C' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
  });
});
