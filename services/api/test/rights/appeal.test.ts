import { as, type Harness, harness, makeToken, seedWithReceipt } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appeal, readAsAuthor } from './support.js';

interface QueuePage {
  items: { id: string; reasons: { rule: string }[]; appeal?: { message: string; outcome: string | null } }[];
}

describe('one appeal', () => {
  let h: Harness;
  let mod: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness({ worker: false });
    mod = as(h, (await makeToken(h, { name: 'Ana' })).token);
    await h.db
      .insertInto('webhook_endpoints')
      .values({
        id: '019ab8e0-0000-7000-8000-000000000001',
        site_id: 'demo',
        url: 'https://hooks.example/cm',
        events: ['comment.appealed'],
        secret: 'plain:whsec_dGVzdA==',
      })
      .execute();
  });
  afterAll(() => h.close());

  const appeals = (id: string) => h.db.selectFrom('appeals').selectAll().where('comment_id', '=', id).execute();

  it('is stored once before the 202, sent as comment.appealed, and a second one is APPEAL_EXISTS', async () => {
    const { id, receipt } = await seedWithReceipt(h);
    const [a, b] = await Promise.all([appeal(h, id, receipt), appeal(h, id, receipt, 'again')]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([202, 409]);
    const refused = (a.status === 409 ? a : b).clone();
    expect(((await refused.json()) as { code: string }).code).toBe('APPEAL_EXISTS');
    expect(await appeals(id)).toHaveLength(1);
    const third = await appeal(h, id, receipt);
    expect(third.status).toBe(409);
    expect(((await third.json()) as { code: string }).code).toBe('APPEAL_EXISTS');

    const events = await h.db.selectFrom('outbox').select('payload').where('type', '=', 'comment.appealed').execute();
    const event = events.map((e) => e.payload as { data: { commentId: string } }).find((p) => p.data.commentId === id);
    expect(event?.data).toMatchObject({ commentId: id, siteId: 'demo', status: 'flagged' });
    expect(await readAsAuthor(h, id, receipt)).toMatchObject({
      statement: { appealable: false },
      appeal: { state: 'open', decidedAt: null },
    });
  });

  it('refuses a published comment (NOT_APPEALABLE), a wrong receipt (RECEIPT_INVALID) and a bad message', async () => {
    const published = await seedWithReceipt(h, { status: 'approved', reasons: [] });
    const res = await appeal(h, published.id, published.receipt);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_APPEALABLE');

    const held = await seedWithReceipt(h);
    for (const receipt of [undefined, 'not-the-receipt', published.receipt]) {
      const wrong = await appeal(h, held.id, receipt, 'x'.repeat(2000));
      expect(wrong.status).toBe(403);
      expect(((await wrong.json()) as { code: string }).code).toBe('RECEIPT_INVALID');
    }
    for (const message of ['', 'x'.repeat(1001)]) {
      const bad = await appeal(h, held.id, held.receipt, message);
      expect(bad.status).toBe(422);
    }
    expect(await appeals(held.id)).toHaveLength(0);
    expect(await appeals(published.id)).toHaveLength(0);
  });

  it('puts the comment in the Appeals view with the message beside the original reasons', async () => {
    const { id, receipt } = await seedWithReceipt(h, { status: 'rejected' });
    expect((await appeal(h, id, receipt, 'It was satire.')).status).toBe(202);
    const page = (await (await mod.get('/v1/moderation/queue?siteId=demo&appealed=true')).json()) as QueuePage;
    const card = page.items.find((i) => i.id === id);
    expect(card?.appeal).toMatchObject({ message: 'It was satire.', statusAppealed: 'rejected', outcome: null });
    expect(card?.reasons.map((r) => r.rule)).toEqual(['abuse.insult.directed']);
    const flagged = (await (await mod.get('/v1/moderation/queue?siteId=demo')).json()) as QueuePage;
    expect(flagged.items.every((i) => i.appeal === undefined)).toBe(true);
  });

  it('records the decision as the outcome: a reversal is an overturn in stats and reaches the author', async () => {
    const statsOf = async () =>
      (await (await mod.get('/v1/moderation/stats?siteId=demo')).json()) as {
        rules: { rule: string; overturned: number; appeals: { filed: number; upheld: number; reversed: number } }[];
        totals: { appeals: { filed: number; upheld: number; reversed: number; open: number } };
      };
    const before = await statsOf();
    const rule = (s: Awaited<ReturnType<typeof statsOf>>) => s.rules.find((r) => r.rule === 'abuse.insult.directed');

    const reversed = await seedWithReceipt(h);
    const upheld = await seedWithReceipt(h, { status: 'rejected' });
    for (const c of [reversed, upheld]) expect((await appeal(h, c.id, c.receipt)).status).toBe(202);
    expect((await mod.post(`/v1/moderation/comments/${reversed.id}/approve`)).status).toBe(200);
    // Rejecting what is rejected changes no status, but it is the appeal's answer.
    expect((await mod.post(`/v1/moderation/comments/${upheld.id}/reject`)).status).toBe(200);

    expect((await appeals(reversed.id))[0]).toMatchObject({ outcome: 'reversed', actor_name: 'Ana' });
    expect((await appeals(upheld.id))[0]).toMatchObject({ outcome: 'upheld', actor_name: 'Ana' });
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('target_id', 'in', [reversed.id, upheld.id])
      .where('action', 'like', 'appeal.%')
      .execute();
    expect(audit.map((a) => [a.target_id, a.action]).sort()).toEqual(
      [
        [reversed.id, 'appeal.reversed'],
        [upheld.id, 'appeal.upheld'],
      ].sort(),
    );

    const after = await statsOf();
    expect(rule(after)!.appeals.reversed - (rule(before)?.appeals.reversed ?? 0)).toBe(1);
    expect(rule(after)!.appeals.upheld - (rule(before)?.appeals.upheld ?? 0)).toBe(1);
    expect(rule(after)!.overturned - (rule(before)?.overturned ?? 0)).toBe(1);
    expect(after.totals.appeals.reversed - before.totals.appeals.reversed).toBe(1);

    expect(await readAsAuthor(h, reversed.id, reversed.receipt)).toEqual({
      id: reversed.id,
      status: 'approved',
      appeal: { state: 'reversed', filedAt: expect.any(String), decidedAt: expect.any(String) },
    });
    expect(await readAsAuthor(h, upheld.id, upheld.receipt)).toMatchObject({
      status: 'rejected',
      statement: { decidedBy: 'moderator', appealable: false },
      appeal: { state: 'upheld' },
    });
    const view = (await (await mod.get('/v1/moderation/queue?siteId=demo&appealed=true')).json()) as QueuePage;
    expect(view.items.map((i) => i.id)).not.toContain(reversed.id);
  });
});
