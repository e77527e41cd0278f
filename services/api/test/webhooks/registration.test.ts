import { createToken } from '@cm/db';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// No test here creates an endpoint that could deliver to a non-loopback host: every refused URL is refused by
// the registration check, before anything is stored or any connection is opened.

async function register(h: Harness, url: string, token = h.adminToken) {
  return h.post(
    '/v1/admin/webhooks',
    { siteId: 'demo', url, events: ['comment.flagged'] },
    { authorization: `Bearer ${token}` },
  );
}

describe('webhook registration without WEBHOOKS_ALLOW_PRIVATE_NETWORKS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(async () => h?.close());

  it.each([
    ['http://10.0.0.1/hook', /private or loopback/],
    ['http://192.168.1.20:8080/hook', /private or loopback/],
    ['http://127.0.0.1:9/hook', /private or loopback/],
    ['http://localhost:9/hook', /private or loopback/],
    ['http://[::1]:9/hook', /private or loopback/],
    ['http://[::ffff:10.0.0.1]/hook', /private or loopback/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['ftp://127.0.0.1/hook', /http/],
  ])('refuses %s', async (url, why) => {
    const res = await register(h, url);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    const problem = (await res.json()) as { code: string; detail: string };
    expect(problem.code).toBe('WEBHOOK_URL_REFUSED');
    expect(problem.detail).toMatch(why);
  });

  it('stored nothing for the refused URLs', async () => {
    expect(await h.db.selectFrom('webhook_endpoints').select('id').execute()).toEqual([]);
  });

  it('is for administrators only', async () => {
    expect(
      (await h.post('/v1/admin/webhooks', { siteId: 'demo', url: 'https://x.example/', events: ['comment.flagged'] }))
        .status,
    ).toBe(401);
    const moderator = await createToken(h.db, { name: 'mod', role: 'moderator', siteIds: ['demo'], expiresAt: null });
    expect((await register(h, 'https://x.example/', moderator.token)).status).toBe(403);
    const list = await h.fetch('/v1/admin/webhooks', { headers: { authorization: `Bearer ${moderator.token}` } });
    expect(list.status).toBe(403);
  });

  it('validates the body', async () => {
    const res = await h.post(
      '/v1/admin/webhooks',
      { siteId: 'demo', url: 'https://x.example/', events: ['comment.deleted'] },
      { authorization: `Bearer ${h.adminToken}` },
    );
    expect(res.status).toBe(422);
    const missingSite = await h.post(
      '/v1/admin/webhooks',
      { siteId: 'nope', url: 'https://x.example/', events: ['comment.flagged'] },
      { authorization: `Bearer ${h.adminToken}` },
    );
    expect(((await missingSite.json()) as { code: string }).code).toBe('SITE_NOT_FOUND');
  });
});

describe('webhook registration with WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' } });
  });
  afterAll(async () => h?.close());

  it('accepts a loopback receiver', async () => {
    // Port 9 (discard): nothing in this file ever sends an event to it.
    expect((await register(h, 'http://127.0.0.1:9/hook')).status).toBe(201);
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/hook', 'http://0.0.0.0:9/hook'])(
    'still refuses %s',
    async (url) => {
      const res = await register(h, url);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { code: string }).code).toBe('WEBHOOK_URL_REFUSED');
    },
  );

  it('checks a changed URL again', async () => {
    const created = (await (await register(h, 'http://127.0.0.1:9/other')).json()) as { id: string };
    const res = await h.fetch(`/v1/admin/webhooks/${created.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.adminToken}` },
      body: JSON.stringify({ url: 'http://169.254.169.254/' }),
    });
    expect(res.status).toBe(422);
    const row = await h.db
      .selectFrom('webhook_endpoints')
      .select('url')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.url).toBe('http://127.0.0.1:9/other');
  });
});
