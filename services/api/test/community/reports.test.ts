import { as, type Harness, harness, makeToken, seedComment, seedFlagged } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface QueueItem {
  id: string;
  reports: { count: number; weight: number; reasons: Record<string, number> } | null;
  reasons: { rule: string; message: string; category: string }[];
}

describe('reader reports', () => {
  let h: Harness;
  let mod: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness({ worker: false });
    mod = as(h, (await makeToken(h, { name: 'Ana', siteIds: ['demo'] })).token);
  });
  afterAll(() => h.close());

  const report = (id: string, reporter: string, reason = 'abuse', extra: object = {}) =>
    h.post(`/v1/comments/${id}/reports`, { reason, reporter: { id: reporter, name: reporter }, ...extra });
  const publicIds = async (articleId: string) => {
    const res = await h.fetch(`/v1/articles/${articleId}/comments`);
    const page = (await res.json()) as { comments: { id: string }[]; total: number };
    return { ids: page.comments.map((c) => c.id), total: page.total };
  };
  const statusOf = async (id: string) =>
    (await h.db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  it('stores a report once per reader (202, then 200) and holds the comment at the threshold', async () => {
    const id = await seedComment(h, { articleId: 'reported-article' });
    expect((await publicIds('reported-article')).ids).toContain(id);
    const first = await report(id, 'r1', 'abuse', { note: 'Attacks another reader.' });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: 'received' });
    expect((await report(id, 'r1', 'spam')).status).toBe(200);
    expect((await report(id, 'r2', 'abuse')).status).toBe(202);
    expect(await statusOf(id)).toBe('approved');
    expect((await report(id, 'r3', 'spam')).status).toBe(202);

    expect(await statusOf(id)).toBe('flagged');
    expect(await publicIds('reported-article')).toEqual({ ids: [], total: 0 });
    const rows = await h.db.selectFrom('comment_reports').selectAll().where('comment_id', '=', id).execute();
    expect(rows.map((r) => [r.reporter_key, r.reason, r.state]).sort()).toEqual([
      ['r1', 'abuse', 'open'],
      ['r2', 'abuse', 'open'],
      ['r3', 'spam', 'open'],
    ]);
    const event = await h.db
      .selectFrom('outbox')
      .select(['type', 'payload'])
      .where('type', '=', 'comment.reported')
      .executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({
      type: 'comment.reported',
      data: { commentId: id, status: 'flagged', reports: { count: 3, weight: 3, reasons: { abuse: 2, spam: 1 } } },
    });

    const queue = await mod.get('/v1/moderation/queue?reported=true');
    const page = (await queue.json()) as { items: QueueItem[] };
    expect(page.items.map((i) => i.id)).toEqual([id]);
    expect(page.items[0]?.reports).toEqual({ count: 3, weight: 3, reasons: { abuse: 2, spam: 1 } });
    expect(page.items[0]?.reasons).toContainEqual(
      expect.objectContaining({
        category: 'reports',
        rule: 'reports.threshold',
        message: 'Reported by 3 readers: abuse (2), spam (1)',
      }),
    );
    const detail = (await (await mod.get(`/v1/moderation/comments/${id}`)).json()) as {
      reports: { reason: string; note: string | null; reporter: { id: string }; state: string }[];
    };
    expect(detail.reports.map((r) => [r.reporter.id, r.reason, r.note])).toEqual([
      ['r1', 'abuse', 'Attacks another reader.'],
      ['r2', 'abuse', null],
      ['r3', 'spam', null],
    ]);
  });

  it('approving a reported comment dismisses its reports, and dismissed reporters weigh less next time', async () => {
    const id = await seedComment(h, { articleId: 'dismissed-article' });
    for (const r of ['d1', 'd2', 'd3']) expect((await report(id, r)).status).toBe(202);
    expect(await statusOf(id)).toBe('flagged');
    expect((await mod.post(`/v1/moderation/comments/${id}/approve`)).status).toBe(200);
    expect(await statusOf(id)).toBe('approved');
    expect((await publicIds('dismissed-article')).ids).toEqual([id]);
    const states = await h.db.selectFrom('comment_reports').select('state').where('comment_id', '=', id).execute();
    expect(states.map((s) => s.state)).toEqual(['dismissed', 'dismissed', 'dismissed']);
    const record = await h.db.selectFrom('reporters').selectAll().where('reporter_key', '=', 'd1').executeTakeFirst();
    expect(record).toMatchObject({ upheld: 0, dismissed: 1 });

    // The same three readers now weigh 0.5 each: three reports no longer reach the threshold of 3.
    const next = await seedComment(h, { articleId: 'dismissed-article' });
    for (const r of ['d1', 'd2', 'd3']) expect((await report(next, r)).status).toBe(202);
    expect(await statusOf(next)).toBe('approved');
    const stats = (await (await mod.get('/v1/moderation/stats')).json()) as { reports: object };
    expect(stats.reports).toMatchObject({ dismissed: 3, open: expect.any(Number) });
  });

  it('rejecting a reported comment upholds its reports', async () => {
    const id = await seedComment(h, { articleId: 'upheld-article' });
    for (const r of ['u1', 'u2', 'u3']) await report(id, r);
    expect((await mod.post(`/v1/moderation/comments/${id}/reject`)).status).toBe(200);
    const record = await h.db.selectFrom('reporters').selectAll().where('reporter_key', '=', 'u2').executeTakeFirst();
    expect(record).toMatchObject({ upheld: 1, dismissed: 0 });
  });

  it('answers 404 for a comment that is not published, whether it exists or not, and 422 for a bad reason', async () => {
    const held = await seedFlagged(h);
    for (const id of [held, '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10', 'not-a-uuid']) {
      const res = await report(id, 'x');
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'COMMENT_NOT_FOUND' });
    }
    const published = await seedComment(h);
    const bad = await report(published, 'x', 'boring');
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const long = await report(published, 'x', 'other', { note: 'n'.repeat(501) });
    expect(long.status).toBe(422);
    expect(await h.db.selectFrom('comment_reports').select('id').where('comment_id', '=', published).execute()).toEqual(
      [],
    );
  });
});

describe('reader reports: rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { RATE_LIMITS: 'ip=100/60,author=2/60' } });
  });
  afterAll(() => h.close());

  it('limits reports per reporter with 429 and Retry-After, storing nothing over the limit', async () => {
    const ids = [await seedComment(h), await seedComment(h), await seedComment(h)];
    const answers = [];
    for (const id of ids) {
      answers.push((await h.post(`/v1/comments/${id}/reports`, { reason: 'spam', reporter: { id: 'eager' } })).status);
    }
    expect(answers).toEqual([202, 202, 429]);
    const rows = await h.db.selectFrom('comment_reports').select('id').where('reporter_key', '=', 'eager').execute();
    expect(rows).toHaveLength(2);
  });
});
