import { CATEGORIES } from '@cm/contracts';
import { as, type Harness, harness, makeToken, newReceipt, seedComment, seedWithReceipt } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS, readAsAuthor } from './support.js';

describe('the author told why: receipt and statement of reasons', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('answers a posted comment with a receipt whose hash, not the receipt, reaches Postgres through the queue', async () => {
    const res = await h.post('/v1/comments', {
      articleId: 'rights-article',
      author: { id: 'rights-reader', name: 'Reader' },
      body: 'You absolute moron, read the article first.',
    });
    expect(res.status).toBe(202);
    const { id, receipt } = (await res.json()) as { id: string; receipt: string };
    expect(Buffer.from(receipt, 'base64url').length).toBeGreaterThanOrEqual(16);
    const status = await h.waitForDecision(id);
    expect(status).not.toBe('approved');
    const row = await h.db.selectFrom('comments').select('receipt_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.receipt_hash?.toString('hex')).toBe(
      (await import('node:crypto')).createHash('sha256').update(receipt).digest('hex'),
    );
    const view = await readAsAuthor(h, id, receipt);
    expect(view).toMatchObject({ id, status, statement: { decidedBy: 'rules', appealable: true } });
    expect((view.statement as { reasons: { category: string }[] }).reasons.map((r) => r.category)).toContain('abuse');
  });

  it('gives a replayed idempotent request the same receipt as the first', async () => {
    const body = { articleId: 'rights-article', author: { id: 'idem-reader', name: 'Reader' }, body: 'Fine piece.' };
    const first = (await (await h.post('/v1/comments', body, { 'idempotency-key': 'rights-1' })).json()) as object;
    const again = (await (await h.post('/v1/comments', body, { 'idempotency-key': 'rights-1' })).json()) as object;
    expect(again).toEqual(first);
    const other = (await (await h.post('/v1/comments', body, { 'idempotency-key': 'rights-2' })).json()) as {
      receipt: string;
    };
    expect(other.receipt).not.toBe((first as { receipt: string }).receipt);
  });

  it.each(CATEGORIES)(
    'states a %s reason: category in plain words, the rule message, no evidence',
    async (category) => {
      const { id, receipt } = await seedWithReceipt(h, { reasons: [REASONS[category]], status: 'rejected' });
      const view = await readAsAuthor(h, id, receipt);
      expect(view).toEqual({
        id,
        status: 'rejected',
        statement: {
          decidedBy: 'rules',
          decidedAt: expect.any(String),
          reasons: [{ category, summary: expect.stringMatching(/\w/), message: REASONS[category].message }],
          moderatorReason: null,
          appealable: true,
        },
      });
      expect(JSON.stringify(view)).not.toMatch(/evidence|"start"|"end"|severity|score/);
    },
  );

  it('says a person decided, with their reason and without who they are', async () => {
    const { id, receipt } = await seedWithReceipt(h);
    const mod = as(h, (await makeToken(h, { name: 'Moderator Mia' })).token);
    expect((await mod.post(`/v1/moderation/comments/${id}/reject`, { reason: 'off-topic' })).status).toBe(200);
    const view = await readAsAuthor(h, id, receipt);
    expect(view.statement).toMatchObject({ decidedBy: 'moderator', moderatorReason: 'off-topic' });
    expect(JSON.stringify(view)).not.toContain('Mia');
  });

  it('tells a published comment only its status', async () => {
    const { id, receipt } = await seedWithReceipt(h, { status: 'approved', reasons: [] });
    expect(await readAsAuthor(h, id, receipt)).toEqual({ id, status: 'approved' });
  });

  it('answers a wrong, empty or foreign receipt exactly as it answers anyone', async () => {
    const { id } = await seedWithReceipt(h);
    const other = await seedWithReceipt(h);
    const anyone = await (await h.fetch(`/v1/comments/${id}`)).json();
    expect(anyone).toEqual({ id, status: 'flagged' });
    for (const wrong of [newReceipt().receipt, '', other.receipt, `${other.receipt}x`]) {
      expect(await readAsAuthor(h, id, wrong)).toEqual(anyone);
    }
    // A comment stored before receipts has no hash: no receipt opens it.
    const old = await seedComment(h, { status: 'flagged', reasons: [REASONS.abuse] });
    expect(await readAsAuthor(h, old, '')).toEqual({ id: old, status: 'flagged' });
  });
});
