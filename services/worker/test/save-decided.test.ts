import type { Reason } from '@cm/contracts';
import { type DecidedComment, getCommentRecord, saveDecidedComments } from '@cm/db';
import { type Harness, harness } from '@cm/testing';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';

/** Bodies with what JSON has to escape or carry as is: quotes, backslashes, newlines, accents, astral characters. */
const BODIES = [
  'A plain comment about the harbour levy.',
  'She said "no" twice\\and then\nleft the meeting.',
  'Très bien: the café reopened 🎉 after the flood 🌊.',
];

const reason = (category: Reason['category'], rule: string, body: string, k: number): Reason => ({
  category,
  rule,
  severity: k % 2 === 0 ? 'medium' : 'high',
  score: 0.25 * (k + 1),
  message: `Rule ${rule} fired on "${body.slice(0, 8)}" (${k})`,
  evidence: k === 0 ? [] : [{ text: body.slice(0, 5), start: 0, end: 5 }],
});

/** The reason lists the batch covers: none, one, several, and one category twice. */
const REASON_SETS: [Reason['category'], string][][] = [
  [],
  [['duplicate', 'duplicate.campaign']],
  [
    ['abuse', 'abuse.insult.directed'],
    ['link', 'link.shortener'],
  ],
  [
    ['spam', 'spam.self-promotion'],
    ['policy', 'author.new'],
    ['spam', 'spam.contact'],
  ],
];

/** Every combination of optional fields set or absent, reason list and body. */
function batch(): DecidedComment[] {
  const out: DecidedComment[] = [];
  let n = 0;
  for (const optional of [false, true]) {
    for (const set of REASON_SETS) {
      for (const body of BODIES) {
        n++;
        const reasons = set.map(([category, rule], k) => reason(category, rule, body, k));
        out.push({
          id: uuidv7(),
          siteId: 'demo',
          articleId: `saved-${n % 3}`,
          articleUrl: null,
          articleTitle: null,
          parentId: optional ? uuidv7() : null,
          authorKey: `reader-${n}`,
          authorName: `Reader "${n}"`,
          authorEmail: optional ? `reader${n}@example.org` : null,
          body,
          status: reasons.length === 0 ? 'approved' : n % 4 === 0 ? 'rejected' : 'flagged',
          reasons,
          scores: { abuse: reasons.length > 0 ? 0.5 : 0, duplicate: 0 },
          receivedAt: new Date(Date.UTC(2026, 0, 1, 12, 0, n)),
          requestId: optional ? `req-${n}` : null,
          clientIp: optional ? '203.0.113.7' : null,
          receiptHash: optional ? 'ab'.repeat(32) : null,
        });
      }
    }
  }
  return out;
}

describe('saving decided comments', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('stores every field, reason and rule of each comment as decided, and nothing twice', async () => {
    h = await harness({ worker: false, api: false });
    const comments = batch();
    const opts = { publicUrl: h.config.http.publicUrl };
    expect((await saveDecidedComments(h.db, comments, opts)).sort()).toEqual(comments.map((c) => c.id).sort());

    for (const c of comments) {
      const record = await getCommentRecord(h.db, c.id);
      expect(record).toMatchObject({
        siteId: c.siteId,
        articleId: c.articleId,
        parentId: c.parentId,
        author: { id: c.authorKey, name: c.authorName, email: c.authorEmail },
        body: c.body,
        status: c.status,
        reasons: c.reasons,
        receivedAt: c.receivedAt.toISOString(),
      });
      const row = await h.db
        .selectFrom('comments')
        .select(['categories', 'scores', 'request_id', 'client_ip', 'receipt_hash'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      expect(row.categories).toEqual([...new Set(c.reasons.map((r) => r.category))]);
      expect(row.scores).toEqual(c.scores);
      expect(row.request_id).toBe(c.requestId);
      expect(row.client_ip).toBe(c.clientIp);
      expect(row.receipt_hash?.toString('hex') ?? null).toBe(c.receiptHash);
      const decisions = await h.db
        .selectFrom('decisions')
        .select(['status', 'previous_status', 'source', 'rules', 'site_id'])
        .where('comment_id', '=', c.id)
        .execute();
      expect(decisions).toEqual([
        {
          status: c.status,
          previous_status: 'pending',
          source: 'rules',
          rules: c.reasons.map((r) => r.rule),
          site_id: 'demo',
        },
      ]);
    }

    // The same batch again (a retried job): nothing inserted, nothing added.
    expect(await saveDecidedComments(h.db, comments, opts)).toEqual([]);
    const count = async (table: 'comments' | 'comment_reasons' | 'decisions') =>
      Number(
        (
          await h.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('comments')).toBe(comments.length);
    expect(await count('decisions')).toBe(comments.length);
    expect(await count('comment_reasons')).toBe(comments.reduce((n, c) => n + c.reasons.length, 0));
  });
});
