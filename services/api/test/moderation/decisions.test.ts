import { addSite, as, type Harness, harness, makeToken, seedComment, seedFlagged } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Outcome {
  id: string;
  outcome: string;
  status?: string;
  version?: number;
  etag?: string;
}

describe('moderator decisions', () => {
  let h: Harness;
  let mod: ReturnType<typeof as>;
  let modId: string;
  beforeAll(async () => {
    h = await harness({ worker: false });
    const t = await makeToken(h, { name: 'Ana', siteIds: ['demo'] });
    mod = as(h, t.token);
    modId = t.id;
  });
  afterAll(() => h.close());

  const row = (id: string) =>
    h.db.selectFrom('comments').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();

  it('approves a flagged comment: status, version, a decision beside the rules one, audit row and event', async () => {
    const id = await seedFlagged(h);
    const res = await mod.post(`/v1/moderation/comments/${id}/approve`, {
      reason: 'fair criticism',
      note: 'context matters',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v2"');
    expect(await res.json()).toMatchObject({
      id,
      outcome: 'decided',
      status: 'approved',
      previousStatus: 'flagged',
      version: 2,
    });
    expect(await row(id)).toEqual({ status: 'approved', version: 2 });

    const decisions = await h.db
      .selectFrom('decisions')
      .selectAll()
      .where('comment_id', '=', id)
      .orderBy('id')
      .execute();
    expect(decisions.map((d) => [d.source, d.status, d.previous_status])).toEqual([
      ['rules', 'flagged', 'pending'],
      ['moderator', 'approved', 'flagged'],
    ]);
    expect(decisions[1]).toMatchObject({
      actor_id: modId,
      actor_name: 'Ana',
      rules: ['abuse.insult.directed'],
      reason: 'fair criticism',
      note: 'context matters',
    });

    const audit = await h.db.selectFrom('audit_log').selectAll().where('target_id', '=', id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'comment.approve', actor_id: modId, actor_name: 'Ana', site_id: 'demo' });
    expect(audit[0]!.before).toEqual({ status: 'flagged', version: 1 });
    expect(audit[0]!.after).toMatchObject({ status: 'approved', version: 2 });
    expect(audit[0]!.request_id).toBe(res.headers.get('x-request-id'));

    const events = await h.db
      .selectFrom('outbox')
      .select(['type', 'payload'])
      .where('type', '=', 'comment.approved')
      .execute();
    const ev = events
      .map((e) => e.payload as { data: { commentId: string; decidedBy: string; moderator: string } })
      .find((p) => p.data.commentId === id);
    expect(ev?.data).toMatchObject({ decidedBy: 'moderator', moderator: 'Ana' });
  });

  it('rejects with no body at all, and deciding again what is already so changes nothing', async () => {
    const id = await seedFlagged(h);
    const first = await mod.post(`/v1/moderation/comments/${id}/reject`);
    expect(first.status).toBe(200);
    expect(await row(id)).toEqual({ status: 'rejected', version: 2 });
    const again = await mod.post(`/v1/moderation/comments/${id}/reject`);
    expect(await again.json()).toMatchObject({ outcome: 'unchanged', version: 2 });
    expect(await h.db.selectFrom('decisions').select('id').where('comment_id', '=', id).execute()).toHaveLength(2);
  });

  it('honours If-Match: the ETag as read decides; a stale one gets 412 and changes nothing', async () => {
    const id = await seedFlagged(h);
    const read = await mod.get(`/v1/moderation/comments/${id}`);
    const etag = read.headers.get('etag')!;
    // Another moderator decides first.
    expect((await as(h, h.adminToken).post(`/v1/moderation/comments/${id}/reject`)).status).toBe(200);
    const stale = await mod.post(`/v1/moderation/comments/${id}/approve`, undefined, { 'if-match': etag });
    expect(stale.status).toBe(412);
    const problem = (await stale.json()) as { code: string; detail: string };
    expect(problem.code).toBe('PRECONDITION_FAILED');
    expect(stale.headers.get('etag')).toBe('"v2"');
    expect(await row(id)).toEqual({ status: 'rejected', version: 2 });
    const fresh = await mod.post(`/v1/moderation/comments/${id}/approve`, undefined, { 'if-match': '"v2"' });
    expect(fresh.status).toBe(200);
    expect((await mod.post(`/v1/moderation/comments/${id}/reject`, undefined, { 'if-match': 'garbage' })).status).toBe(
      412,
    );
    expect((await mod.post(`/v1/moderation/comments/${id}/reject`, undefined, { 'if-match': '*' })).status).toBe(200);
  });

  it('requeues (undo) a decision back to flagged', async () => {
    const id = await seedFlagged(h);
    await mod.post(`/v1/moderation/comments/${id}/approve`);
    const undo = await mod.post(`/v1/moderation/comments/${id}/requeue`, undefined, { 'if-match': '"v2"' });
    expect(await undo.json()).toMatchObject({ outcome: 'decided', status: 'flagged', version: 3 });
    const actions = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['comment.approve', 'comment.requeue']);
  });

  it('answers 404, 422 and 403 for an unknown comment, a bad body and another site', async () => {
    expect((await mod.post('/v1/moderation/comments/019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10/approve')).status).toBe(404);
    const id = await seedFlagged(h);
    expect((await mod.post(`/v1/moderation/comments/${id}/approve`, { reason: 42 })).status).toBe(422);
    await addSite(h, 'elsewhere');
    const foreign = await seedFlagged(h, { siteId: 'elsewhere' });
    const res = await mod.post(`/v1/moderation/comments/${foreign}/approve`);
    expect(res.status).toBe(403);
    expect(await row(foreign)).toEqual({ status: 'flagged', version: 1 });
  });

  it('decides many comments in one request, each with its own outcome', async () => {
    const a = await seedFlagged(h);
    const b = await seedFlagged(h);
    const c = await seedComment(h, { status: 'rejected' });
    const stale = await seedFlagged(h);
    const foreign = await seedFlagged(h, { siteId: 'elsewhere' });
    const missing = '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10';
    const res = await mod.post('/v1/moderation/bulk', {
      action: 'reject',
      reason: 'spam wave',
      comments: [{ id: a }, { id: b, version: 1 }, { id: c }, { id: stale, version: 7 }, { id: missing }],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Outcome[]; summary: Record<string, number> };
    expect(body.results.map((r) => [r.id, r.outcome])).toEqual([
      [a, 'decided'],
      [b, 'decided'],
      [c, 'unchanged'],
      [stale, 'conflict'],
      [missing, 'not_found'],
    ]);
    expect(body.summary).toEqual({ decided: 2, unchanged: 1, conflict: 1, forbidden: 0, notFound: 1 });
    expect((await row(a)).status).toBe('rejected');
    expect((await row(stale)).status).toBe('flagged');
    // One comment of another site refuses the whole request.
    const d = await seedFlagged(h);
    const mixed = await mod.post('/v1/moderation/bulk', { action: 'reject', comments: [{ id: d }, { id: foreign }] });
    expect(mixed.status).toBe(403);
    expect((await row(foreign)).status).toBe('flagged');
    expect((await row(d)).status).toBe('flagged');
    expect((await mod.post('/v1/moderation/bulk', { action: 'reject', comments: [] })).status).toBe(422);
    expect((await mod.post('/v1/moderation/bulk', { action: 'delete', comments: [{ id: a }] })).status).toBe(422);
  });
});

describe('authors: ban, pre-moderation, reject everything', () => {
  let h: Harness;
  let admin: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness();
    admin = as(h, h.adminToken);
  });
  afterAll(() => h.close());

  const path = (key: string, suffix = '') => `/v1/moderation/sites/demo/authors/${encodeURIComponent(key)}${suffix}`;

  it('rejects everything an author wrote on the site and bans them in one request; their next comment is rejected with a reason saying so', async () => {
    const key = 'anon:troll/42';
    const ids = [
      await seedFlagged(h, { authorKey: key, authorName: 'Troll' }),
      await seedComment(h, { authorKey: key, authorName: 'Troll', status: 'approved' }),
      await seedComment(h, { authorKey: key, authorName: 'Troll', status: 'rejected' }),
    ];
    const bystander = await seedFlagged(h);
    const res = await admin.post(path(key, '/reject-all'), { ban: { reason: 'harassment' }, note: 'cleanup' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { summary: Record<string, number>; ban: { banned: boolean; banReason: string } };
    expect(body.summary.decided).toBe(2);
    expect(body.ban).toMatchObject({ banned: true, banReason: 'harassment' });
    const rows = await h.db.selectFrom('comments').select(['id', 'status']).where('id', 'in', ids).execute();
    expect(rows.every((r) => r.status === 'rejected')).toBe(true);
    expect(
      (await h.db.selectFrom('comments').select('status').where('id', '=', bystander).executeTakeFirstOrThrow()).status,
    ).toBe('flagged');
    const banned = await h.db.selectFrom('outbox').select('payload').where('type', '=', 'author.banned').execute();
    expect(banned.map((b) => (b.payload as { data: { authorKey: string } }).data.authorKey)).toEqual([key]);

    const record = (await (await admin.get(path(key))).json()) as {
      banned: { reason: string } | null;
      counts: Record<string, number>;
    };
    expect(record.banned?.reason).toBe('harassment');
    expect(record.counts).toEqual({ approved: 0, flagged: 0, rejected: 3 });

    // The worker reads the ban: the author's next comment is rejected, and says why.
    const next = await h.postComment({
      author: { id: key, name: 'Troll' },
      body: 'A perfectly polite comment this time.',
    });
    expect(await h.waitForDecision(next)).toBe('rejected');
    const reasons = await h.db
      .selectFrom('comment_reasons')
      .select(['category', 'message'])
      .where('comment_id', '=', next)
      .execute();
    expect(reasons.some((r) => /banned/i.test(r.message))).toBe(true);
  });

  it('lifts a ban, pre-moderates an author (their next comment is held), and records each change in the audit log', async () => {
    const key = 'regular-7';
    await seedComment(h, { authorKey: key, authorName: 'Regular' });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const ban = await admin.send('PUT', path(key, '/ban'), { until, reason: 'cool off' });
    expect(await ban.json()).toMatchObject({ banned: true, bannedUntil: until, banReason: 'cool off' });
    const unban = await admin.send('DELETE', path(key, '/ban'));
    expect(await unban.json()).toMatchObject({ banned: false, bannedUntil: null });
    const pre = await admin.send('PUT', path(key, '/premoderation'));
    expect(await pre.json()).toMatchObject({ premoderated: true, banned: false });

    const next = await h.postComment({
      author: { id: key, name: 'Regular' },
      body: 'Thanks for the careful reporting on the vote.',
    });
    expect(await h.waitForDecision(next)).toBe('flagged');

    await admin.send('DELETE', path(key, '/premoderation'));
    const actions = await h.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('target_id', '=', key)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'author.ban',
      'author.unban',
      'author.premoderate',
      'author.unpremoderate',
    ]);
    expect(actions[1]!.before).toMatchObject({ banned: true });
    expect(actions[1]!.after).toMatchObject({ banned: false });
  });

  it('refuses a ban in the past, an unknown site and an unknown author', async () => {
    const past = await admin.send('PUT', path('x', '/ban'), { until: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    const site = await admin.send('PUT', '/v1/moderation/sites/nowhere/authors/x/ban', {});
    expect(site.status).toBe(404);
    expect(((await site.json()) as { code: string }).code).toBe('SITE_NOT_FOUND');
    const author = await admin.get(path('never-seen'));
    expect(author.status).toBe(404);
    expect(((await author.json()) as { code: string }).code).toBe('AUTHOR_NOT_FOUND');
  });
});

describe('GET /v1/moderation/stats', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h.close());

  it('reports per rule how often moderators upheld or overturned it', async () => {
    const admin = as(h, h.adminToken);
    const insult = [await seedFlagged(h), await seedFlagged(h), await seedFlagged(h), await seedFlagged(h)];
    const threat = await seedFlagged(h, { rule: 'abuse.threat' });
    const missed = await seedComment(h, { status: 'approved' });
    await admin.post('/v1/moderation/bulk', {
      action: 'reject',
      comments: [{ id: insult[0] }, { id: insult[1] }, { id: threat }],
    });
    await admin.post(`/v1/moderation/comments/${insult[2]}/approve`);
    // Approved, then changed their mind: the last word counts.
    await admin.post(`/v1/moderation/comments/${insult[1]}/approve`);
    await admin.post(`/v1/moderation/comments/${missed}/reject`);

    const res = await admin.get('/v1/moderation/stats?siteId=demo');
    expect(res.status).toBe(200);
    const stats = (await res.json()) as {
      rules: {
        rule: string;
        fired: number;
        reviewed: number;
        upheld: number;
        overturned: number;
        precision: number | null;
      }[];
      totals: {
        decidedByRules: Record<string, number>;
        moderatorDecisions: number;
        overturnedHolds: number;
        missed: number;
      };
    };
    const noAppeals = { filed: 0, upheld: 0, reversed: 0 };
    expect(stats.rules).toEqual([
      {
        rule: 'abuse.insult.directed',
        fired: 4,
        reviewed: 3,
        upheld: 1,
        overturned: 2,
        precision: 1 / 3,
        appeals: noAppeals,
      },
      { rule: 'abuse.threat', fired: 1, reviewed: 1, upheld: 1, overturned: 0, precision: 1, appeals: noAppeals },
    ]);
    expect(stats.totals).toEqual({
      decidedByRules: { flagged: 5, approved: 1 },
      moderatorDecisions: 6,
      overturnedHolds: 2,
      missed: 1,
      appeals: { ...noAppeals, open: 0 },
    });
  });
});
