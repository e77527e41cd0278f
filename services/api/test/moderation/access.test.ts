import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSite, as, makeToken, seedFlagged } from './seed.js';

interface Call {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  /** Administrators only. */
  admin?: boolean;
}

describe('every moderation and admin route refuses a missing, wrong, revoked, expired or out-of-scope token', () => {
  let h: Harness;
  let calls: Call[];
  const tokens: Record<string, string | undefined> = {};

  beforeAll(async () => {
    h = await harness({ worker: false });
    await addSite(h, 'other');
    const id = await seedFlagged(h, { authorKey: 'troll', authorName: 'Troll' });
    const author = '/v1/moderation/sites/demo/authors/troll';
    calls = [
      { name: 'me', method: 'GET', path: '/v1/moderation/me' },
      { name: 'queue', method: 'GET', path: '/v1/moderation/queue?siteId=demo' },
      { name: 'detail', method: 'GET', path: `/v1/moderation/comments/${id}` },
      { name: 'approve', method: 'POST', path: `/v1/moderation/comments/${id}/approve` },
      { name: 'reject', method: 'POST', path: `/v1/moderation/comments/${id}/reject` },
      { name: 'requeue', method: 'POST', path: `/v1/moderation/comments/${id}/requeue` },
      { name: 'bulk', method: 'POST', path: '/v1/moderation/bulk', body: { action: 'approve', comments: [{ id }] } },
      { name: 'author', method: 'GET', path: author },
      { name: 'ban', method: 'PUT', path: `${author}/ban`, body: {} },
      { name: 'unban', method: 'DELETE', path: `${author}/ban` },
      { name: 'premoderate', method: 'PUT', path: `${author}/premoderation` },
      { name: 'unpremoderate', method: 'DELETE', path: `${author}/premoderation` },
      { name: 'reject-all', method: 'POST', path: `${author}/reject-all`, body: {} },
      { name: 'audit', method: 'GET', path: '/v1/moderation/audit?siteId=demo' },
      { name: 'stats', method: 'GET', path: '/v1/moderation/stats?siteId=demo' },
      { name: 'backtest', method: 'POST', path: '/v1/admin/sites/demo/backtest', body: {} },
      {
        name: 'create token',
        method: 'POST',
        path: '/v1/admin/tokens',
        body: { name: 'x', siteIds: ['demo'] },
        admin: true,
      },
      { name: 'list tokens', method: 'GET', path: '/v1/admin/tokens', admin: true },
      {
        name: 'revoke token',
        method: 'DELETE',
        path: '/v1/admin/tokens/019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10',
        admin: true,
      },
    ];
    tokens.missing = undefined;
    tokens.wrong = 'cm_this-token-was-never-issued';
    const revoked = await makeToken(h, { name: 'revoked' });
    await as(h, h.adminToken).send('DELETE', `/v1/admin/tokens/${revoked.id}`);
    tokens.revoked = revoked.token;
    const expired = await makeToken(h, { name: 'expired', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    // Expire it without waiting: its expiry moves into the past.
    await h.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expired.id)
      .execute();
    tokens.expired = expired.token;
    tokens.otherSite = (await makeToken(h, { name: 'other site', siteIds: ['other'] })).token;
    tokens.moderator = (await makeToken(h, { name: 'demo mod', siteIds: ['demo'] })).token;
  });
  afterAll(() => h.close());

  const send = (call: Call, headers: Record<string, string>) =>
    h.fetch(call.path, {
      method: call.method,
      headers: { ...headers, ...(call.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    });

  const expectProblem = async (res: Response, status: number, code: string, label: string) => {
    expect(res.status, label).toBe(status);
    expect(res.headers.get('content-type'), label).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { code: string }).code, label).toBe(code);
  };

  it.each([
    ['missing', {}],
    ['malformed', { authorization: 'Token abc' }],
    ['wrong', 'wrong'],
    ['revoked', 'revoked'],
    ['expired', 'expired'],
  ] as const)('401 for a %s token on every route', async (_label, which) => {
    const headers = typeof which === 'string' ? { authorization: `Bearer ${tokens[which]}` } : which;
    for (const call of calls) await expectProblem(await send(call, headers), 401, 'UNAUTHORIZED', `${call.name}`);
  });

  it("403 for a moderator of another site on every route that touches this site's data", async () => {
    for (const call of calls.filter((c) => c.name !== 'me')) {
      await expectProblem(
        await send(call, { authorization: `Bearer ${tokens.otherSite}` }),
        403,
        'FORBIDDEN',
        call.name,
      );
    }
  });

  it('403 for a moderator on the admin routes; their own routes work', async () => {
    const auth = { authorization: `Bearer ${tokens.moderator}` };
    for (const call of calls.filter((c) => c.admin))
      await expectProblem(await send(call, auth), 403, 'FORBIDDEN', call.name);
    for (const call of calls.filter((c) => !c.admin))
      expect((await send(call, auth)).status, call.name).toBeLessThan(300);
  });

  it('documents every route in the OpenAPI document, with bearer security', async () => {
    const doc = (await (await h.fetch('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
    };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    const ids = ops.map((o) => o.operationId);
    for (const id of [
      'getModerationQueue',
      'getModerationComment',
      'approveComment',
      'rejectComment',
      'bulkDecide',
      'banAuthor',
      'rejectAllByAuthor',
      'getAuditLog',
      'getModerationStats',
      'createToken',
      'revokeToken',
      'putSitePolicy',
      'dryRun',
      'backtestSitePolicy',
    ]) {
      expect(ids).toContain(id);
      expect(ops.find((o) => o.operationId === id)?.security).toEqual([{ bearerAuth: [] }]);
    }
  });

  it('the revoked and expired tokens say why they are refused', async () => {
    const revoked = await h.fetch('/v1/moderation/me', { headers: { authorization: `Bearer ${tokens.revoked}` } });
    expect(((await revoked.json()) as { detail: string }).detail).toMatch(/revoked/);
    const expired = await h.fetch('/v1/moderation/me', { headers: { authorization: `Bearer ${tokens.expired}` } });
    expect(((await expired.json()) as { detail: string }).detail).toMatch(/expired/);
  });
});

describe('token administration', () => {
  let h: Harness;
  let admin: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness({ worker: false });
    admin = as(h, h.adminToken);
  });
  afterAll(() => h.close());

  it('creates a scoped moderator token shown once, stores only its hash, lists it, revokes it, and audits both', async () => {
    const res = await admin.post('/v1/admin/tokens', { name: 'Night shift', siteIds: ['demo'] });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; token: string; role: string; siteIds: string[] };
    expect(created).toMatchObject({ role: 'moderator', siteIds: ['demo'] });
    expect(created.token).toMatch(/^cm_[\w-]{40,}$/);
    const stored = await h.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(created.token);
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const me = (await (await as(h, created.token).get('/v1/moderation/me')).json()) as {
      name: string;
      sites: { id: string }[];
    };
    expect(me).toMatchObject({ name: 'Night shift', role: 'moderator', sites: [{ id: 'demo', name: 'Demo site' }] });

    const list = (await (await admin.get('/v1/admin/tokens')).json()) as { items: Record<string, unknown>[] };
    expect(list.items.map((t) => t.name)).toEqual(['Night shift', 'bootstrap admin']);
    expect(JSON.stringify(list)).not.toMatch(/token_hash|tokenHash/);

    const revoked = await admin.send('DELETE', `/v1/admin/tokens/${created.id}`);
    expect(((await revoked.json()) as { revokedAt: string | null }).revokedAt).not.toBeNull();
    expect((await as(h, created.token).get('/v1/moderation/me')).status).toBe(401);
    // Twice is harmless and not audited twice.
    expect((await admin.send('DELETE', `/v1/admin/tokens/${created.id}`)).status).toBe(200);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('target_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['token.create', 'token.revoke']);
    expect(JSON.stringify(audit)).not.toContain(created.token);
  });

  it('refuses a moderator without sites, an unknown site, a past expiry, and revoking the bootstrap token', async () => {
    expect((await admin.post('/v1/admin/tokens', { name: 'x', siteIds: [] })).status).toBe(422);
    const unknown = await admin.post('/v1/admin/tokens', { name: 'x', siteIds: ['nope'] });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('SITE_NOT_FOUND');
    expect(
      (await admin.post('/v1/admin/tokens', { name: 'x', siteIds: ['demo'], expiresAt: '2020-01-01T00:00:00Z' }))
        .status,
    ).toBe(422);
    expect((await admin.post('/v1/admin/tokens', { name: 'x', role: 'admin', siteIds: ['demo'] })).status).toBe(422);
    const list = (await (await admin.get('/v1/admin/tokens')).json()) as {
      items: { id: string; bootstrap: boolean }[];
    };
    const boot = list.items.find((t) => t.bootstrap)!;
    const res = await admin.send('DELETE', `/v1/admin/tokens/${boot.id}`);
    expect(res.status).toBe(409);
    expect((await admin.send('DELETE', '/v1/admin/tokens/019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10')).status).toBe(404);
  });

  it('an administrator token made by the API can make moderator tokens', async () => {
    const second = await admin.post('/v1/admin/tokens', { name: 'Second admin', role: 'admin' });
    const { token } = (await second.json()) as { token: string };
    expect((await as(h, token).post('/v1/admin/tokens', { name: 'y', siteIds: ['demo'] })).status).toBe(201);
  });
});

describe('GET /v1/moderation/audit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
    await addSite(h, 'other');
  });
  afterAll(() => h.close());

  it("shows a moderator their sites' entries, newest first, paged; an administrator everything", async () => {
    const admin = as(h, h.adminToken);
    const ids = [await seedFlagged(h), await seedFlagged(h), await seedFlagged(h)];
    const foreign = await seedFlagged(h, { siteId: 'other' });
    for (const id of [...ids, foreign]) await admin.post(`/v1/moderation/comments/${id}/approve`);
    const mod = as(h, (await makeToken(h, { siteIds: ['demo'] })).token);

    const first = (await (await mod.get('/v1/moderation/audit?limit=2')).json()) as {
      items: { target: { id: string }; action: string; before: unknown; after: unknown }[];
      nextBefore: string | null;
    };
    expect(first.items.map((i) => i.target.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[0]).toMatchObject({
      action: 'comment.approve',
      before: { status: 'flagged' },
      after: { status: 'approved' },
    });
    const second = (await (
      await mod.get(`/v1/moderation/audit?limit=2&before=${first.nextBefore}`)
    ).json()) as typeof first;
    expect(second.items.map((i) => i.target.id)).toEqual([ids[0]]);
    expect(second.nextBefore).toBeNull();

    const all = (await (await admin.get('/v1/moderation/audit')).json()) as typeof first;
    expect(all.items.map((i) => i.action)).toEqual(expect.arrayContaining(['token.create', 'comment.approve']));
    expect(all.items.some((i) => i.target.id === foreign)).toBe(true);
  });

  it('refuses to change or delete audit rows, even from SQL', async () => {
    await expect(h.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
