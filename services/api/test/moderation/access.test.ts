import { addSite, as, type Harness, harness, makeToken, seedFlagged } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every route × every kind of caller (missing, wrong, revoked, expired, other site, moderator, admin) is walked
// by test/security/authorization-matrix.test.ts, built from the app's own route list; this file keeps what is
// particular to tokens: why a token is refused, and how tokens are made and revoked.
describe('refused tokens and documented security', () => {
  let h: Harness;
  const tokens: Record<string, string | undefined> = {};

  beforeAll(async () => {
    h = await harness({ worker: false });
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
  });
  afterAll(() => h.close());

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
