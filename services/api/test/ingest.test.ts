import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** An op-ed and two reader comments on it, written for this test: sharp political speech, no abuse. */
const OPED = {
  article: { id: 'oped-border-talks', title: 'After the border talks: defiance over diplomacy' },
  comments: [
    {
      author: { id: 'r-1', name: 'Farah K.' },
      body:
        'The talks collapsed because the delegation refused a written commitment on cross-border attacks. Until ' +
        'Kabul acts against the militants sheltering there, recognition should stay off the table.',
    },
    {
      author: { id: 'r-2', name: 'Omar' },
      body:
        'Both governments have failed the people living along the border. Trade has been shut for weeks and ' +
        'families pay the price while ministers trade accusations on television.',
    },
  ],
};

describe('a comment goes in through the API and comes out decided in Postgres', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('answers 202 pending with a time-ordered id, then stores the decision with reasons', async () => {
    const res = await h.post('/v1/comments', {
      articleId: 'budget-2027',
      articleTitle: 'The 2027 budget',
      author: { id: 'u-1', name: 'Troll', email: 'troll@example.org' },
      body: 'You absolute moron, go read a book.',
    });
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as { id: string; status: string };
    expect(accepted.status).toBe('pending');
    expect(accepted.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.headers.get('location')).toBe(`/v1/comments/${accepted.id}`);
    // Set once each (on the Node response, not through Hono's headers: a second copy would read "a, b").
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('content-type')).toBe('application/json');

    expect(await h.waitForDecision(accepted.id)).toBe('flagged');
    const reasons = await h.db
      .selectFrom('comment_reasons')
      .selectAll()
      .where('comment_id', '=', accepted.id)
      .execute();
    expect(reasons.length).toBeGreaterThan(0);
    const abuse = reasons.find((r) => r.category === 'abuse');
    expect(abuse).toBeDefined();
    const body = 'You absolute moron, go read a book.';
    for (const e of abuse!.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
    expect(abuse!.evidence.some((e) => /moron/i.test(e.text))).toBe(true);
    const decisions = await h.db.selectFrom('decisions').selectAll().where('comment_id', '=', accepted.id).execute();
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.source).toBe('rules');
  });

  it('approves an ordinary comment with no reasons', async () => {
    const id = await h.postComment({
      body: 'Thoughtful piece. The border question deserves far more attention than it gets.',
    });
    expect(await h.waitForDecision(id)).toBe('approved');
    const reasons = await h.db.selectFrom('comment_reasons').select('rule').where('comment_id', '=', id).execute();
    expect(reasons).toEqual([]);
  });

  it('approves two reader comments of political speech on an op-ed with no reasons', async () => {
    const ids: string[] = [];
    for (const c of OPED.comments) {
      ids.push(
        await h.postComment({
          articleId: OPED.article.id,
          articleTitle: OPED.article.title,
          author: c.author,
          body: c.body,
        }),
      );
    }
    for (const id of ids) {
      expect(await h.waitForDecision(id)).toBe('approved');
      const reasons = await h.db
        .selectFrom('comment_reasons')
        .select(['rule', 'message'])
        .where('comment_id', '=', id)
        .execute();
      expect(reasons).toEqual([]);
    }
  });

  it('reads back only the status publicly and the full record with an admin token', async () => {
    const id = await h.postComment({
      author: { id: 'u-9', name: 'Mia', email: 'mia@example.org' },
      body: 'Great reporting, thank you for the detail on the vote.',
    });
    await h.waitForDecision(id);
    const pub = await h.fetch(`/v1/comments/${id}`);
    expect(pub.status).toBe(200);
    expect(await pub.json()).toEqual({ id, status: 'approved' });

    const full = await h.fetch(`/v1/comments/${id}`, { headers: { authorization: `Bearer ${h.adminToken}` } });
    const record = (await full.json()) as Record<string, unknown>;
    expect(record).toMatchObject({
      id,
      status: 'approved',
      siteId: 'demo',
      body: 'Great reporting, thank you for the detail on the vote.',
      author: { id: 'u-9', name: 'Mia', email: 'mia@example.org' },
      reasons: [],
    });
    expect(typeof record.decidedAt).toBe('string');

    const bad = await h.fetch(`/v1/comments/${id}`, { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await h.fetch('/v1/comments/019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('COMMENT_NOT_FOUND');
  });

  // The second key has the characters that JSON and Lua patterns treat specially: the admission script gets the
  // key inside a JSON argument and builds the Redis key from it.
  it.each([
    ['key-123', 'idem'],
    [`k"\\|%;{}[]'.*-1`, 'idem-odd'],
  ])('returns the same comment for the same Idempotency-Key (%s), with no second job', async (key, articleId) => {
    const payload = {
      articleId,
      author: { id: 'u-idem', name: 'Idem' },
      body: 'Posting this exactly once, please.',
    };
    const headers = { 'idempotency-key': key };
    const first = (await (await h.post('/v1/comments', payload, headers)).json()) as { id: string };
    const second = await h.post('/v1/comments', payload, headers);
    expect(second.status).toBe(202);
    expect(((await second.json()) as { id: string }).id).toBe(first.id);
    // Stored under the name the API's undo path (IngestGuard.release) builds in JavaScript.
    expect(await h.redis.exists(`${h.config.redis.prefix}:idem:demo:${key}`)).toBe(1);
    await h.waitForDecision(first.id);
    const rows = await h.db.selectFrom('comments').select('id').where('article_id', '=', articleId).execute();
    expect(rows).toEqual([{ id: first.id }]);

    const reused = await h.post('/v1/comments', { ...payload, body: 'Something else entirely.' }, headers);
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses an Idempotency-Key that is too long or not printable ASCII, naming the header', async () => {
    const payload = { articleId: 'idem-bad', author: { id: 'u-idem', name: 'Idem' }, body: 'A comment.' };
    for (const key of ['x'.repeat(201), 'has space', 'clé']) {
      const res = await h.post('/v1/comments', payload, { 'idempotency-key': key });
      expect(res.status).toBe(422);
      const problem = (await res.json()) as { code: string; errors: { path: string }[] };
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors.map((e) => e.path)).toEqual(['idempotency-key']);
    }
  });
});

describe('a comment still in the queue', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h.close());

  it('answers pending until a worker decides it', async () => {
    const id = await h.postComment();
    expect(await (await h.fetch(`/v1/comments/${id}`)).json()).toEqual({ id, status: 'pending' });
    // The ingest path wrote nothing to Postgres.
    expect(await h.db.selectFrom('comments').select('id').execute()).toEqual([]);
    await h.startWorker();
    expect(await h.waitForDecision(id)).toBe('approved');
    expect(await (await h.fetch(`/v1/comments/${id}`)).json()).toEqual({ id, status: 'approved' });
  });
});
