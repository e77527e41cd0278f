import { addSite, type Harness, harness, seedComments } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NEWS = 'https://news.example';
const EVIL = 'https://evil.example';
const comment = { articleId: 'a-1', author: { name: 'Ana' }, body: 'A fair point about the budget.' };

describe('CORS per site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
    await addSite(h, 'news', { allowedOrigins: [NEWS, 'https://*.news.example'] });
    await seedComments(h, [{ siteId: 'news', articleId: 'a-1', body: 'Visible to allowed origins.' }]);
  });
  afterAll(() => h.close());

  const get = (origin: string | undefined, path = '/v1/articles/a-1/comments?siteId=news') =>
    h.fetch(path, { headers: origin ? { Origin: origin } : {} });
  const post = (origin: string, body: unknown) =>
    h.fetch('/v1/comments', {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const jobs = () => h.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');

  it('lets an allowed origin read, with the headers a browser needs', async () => {
    const res = await get(NEWS);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(NEWS);
    expect(res.headers.get('vary')).toMatch(/origin/i);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const body = (await res.json()) as { comments: { body: string }[] };
    expect(body.comments.map((c) => c.body)).toEqual(['Visible to allowed origins.']);
  });

  it('matches subdomain wildcards, but not look-alike hosts', async () => {
    expect((await get('https://www.news.example')).status).toBe(200);
    expect((await get('https://news.example.evil.example')).status).toBe(403);
    expect((await get('http://news.example')).status).toBe(403);
  });

  it('refuses another origin with 403 ORIGIN_NOT_ALLOWED, readable by the page', async () => {
    const res = await get(EVIL);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(body.detail).toContain(EVIL);
    expect(JSON.stringify(body)).not.toContain('Visible to allowed origins');
    // The refusal is readable cross-origin, so that the widget can say why.
    expect(res.headers.get('access-control-allow-origin')).toBe(EVIL);
  });

  it('refuses a comment for a site from an origin that site does not list, and queues nothing', async () => {
    const before = await jobs();
    const res = await post(EVIL, { ...comment, siteId: 'news' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('ORIGIN_NOT_ALLOWED');
    expect(await jobs()).toEqual(before);

    const ok = await post(NEWS, { ...comment, siteId: 'news' });
    expect(ok.status).toBe(202);
    expect(ok.headers.get('access-control-allow-origin')).toBe(NEWS);
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/Location/);
  });

  it("allows any origin on the demo site ('*'), the default site of a comment", async () => {
    expect((await get(EVIL, '/v1/articles/a-1/comments?siteId=demo')).status).toBe(200);
    expect((await post(EVIL, comment)).status).toBe(202);
  });

  it('does not apply to same-origin and server-to-server requests', async () => {
    expect((await get(h.url)).status).toBe(200);
    expect((await get(undefined)).status).toBe(200);
  });

  it('guards the status endpoint the widget polls', async () => {
    const id = await h.postComment({ siteId: 'news' });
    const refused = await get(EVIL, `/v1/comments/${id}?siteId=news`);
    expect(refused.status).toBe(403);
    const allowed = await get(NEWS, `/v1/comments/${id}?siteId=news`);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ id, status: 'pending' });
  });

  it('answers preflights: allowed with methods, headers and max-age; refused without CORS headers', async () => {
    const preflight = (origin: string, path: string, headers = 'content-type,idempotency-key') =>
      h.fetch(path, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
      });
    const ok = await preflight(NEWS, '/v1/comments');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(NEWS);
    expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).not.toContain('authorization');
    expect(Number(ok.headers.get('access-control-max-age'))).toBeGreaterThan(0);

    const refused = await preflight(EVIL, '/v1/articles/a-1/comments?siteId=news');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as { code: string }).code).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('refuses a preflight from an origin no site lists', async () => {
    await addSite(h, 'demo', { allowedOrigins: [] });
    try {
      const res = await h.fetch('/v1/comments', {
        method: 'OPTIONS',
        headers: { Origin: EVIL, 'Access-Control-Request-Method': 'POST' },
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      // Without a siteId the comment goes to the demo site, which now lists nobody.
      expect((await post(EVIL, comment)).status).toBe(403);
    } finally {
      await addSite(h, 'demo', { allowedOrigins: ['*'] });
    }
  });

  it('keeps the moderation API same-origin', async () => {
    const res = await h.fetch('/v1/moderation/queue', {
      method: 'OPTIONS',
      headers: {
        Origin: NEWS,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CORS headers on errors raised before the route (415, 413)', async () => {
    const res = await h.fetch('/v1/comments', {
      method: 'POST',
      headers: { Origin: NEWS, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ ...comment, siteId: 'news' }),
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('access-control-allow-origin')).toBe(NEWS);
    const big = await post(NEWS, { ...comment, siteId: 'news', body: 'x'.repeat(200_000) });
    expect(big.status).toBe(413);
    expect(big.headers.get('access-control-allow-origin')).toBe(NEWS);
  });

  it('refuses a cross-origin comment whose size is not declared (411), queueing nothing', async () => {
    const before = await jobs();
    const bytes = new TextEncoder().encode(JSON.stringify({ ...comment, siteId: 'news' }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const res = await fetch(`${h.url}/v1/comments`, {
      method: 'POST',
      headers: { Origin: EVIL, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(411);
    expect(((await res.json()) as { code: string }).code).toBe('LENGTH_REQUIRED');
    expect(await jobs()).toEqual(before);
  });

  it('keeps CORS headers on a 304', async () => {
    const first = await get(NEWS);
    const etag = first.headers.get('etag')!;
    const res = await h.fetch('/v1/articles/a-1/comments?siteId=news', {
      headers: { Origin: NEWS, 'If-None-Match': etag },
    });
    expect(res.status).toBe(304);
    expect(res.headers.get('access-control-allow-origin')).toBe(NEWS);
  });
});
