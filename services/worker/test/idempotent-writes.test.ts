import { DECIDE_JOB_OPTIONS, type DecideCommentJob, QUEUES } from '@cm/contracts';
import { type DecidedComment, saveDecidedComments } from '@cm/db';
import { type Harness, harness } from '@cm/testing';
import { QueueEvents } from 'bullmq';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it, vi } from 'vitest';

const job = (id: string): DecideCommentJob => ({
  id,
  siteId: 'demo',
  articleId: 'twice',
  articleUrl: null,
  articleTitle: null,
  parentId: null,
  author: { key: 'u-twice', name: 'Twice', email: null },
  body: 'The same job, processed twice, must leave one comment and one decision.',
  receivedAt: Date.now(),
  requestId: 'req-twice',
  clientIp: null,
  signals: { honeypot: false, tooFast: false },
});

async function counts(h: Harness, id: string) {
  const one = async (table: 'comments' | 'decisions' | 'outbox') => {
    const col =
      table === 'comments' ? 'id' : table === 'decisions' ? 'comment_id' : sql<string>`payload->'data'->>'commentId'`;
    const r = await h.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(col as 'id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  return { comments: await one('comments'), decisions: await one('decisions'), events: await one('outbox') };
}

/** An enabled endpoint of the demo site subscribed to `events` (never delivered to in these tests). */
async function subscribe(h: Harness, events: string[], disabled = false): Promise<void> {
  await h.db
    .insertInto('webhook_endpoints')
    .values({
      id: uuidv7(),
      site_id: 'demo',
      url: 'https://hooks.example/cm',
      events,
      secret: 'plain:whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      disabled_at: disabled ? new Date() : null,
    })
    .execute();
}

const decided = (status: 'approved' | 'flagged'): DecidedComment => ({
  id: uuidv7(),
  siteId: 'demo',
  articleId: 'outbox',
  articleUrl: null,
  articleTitle: null,
  parentId: null,
  authorKey: 'reader-outbox',
  authorName: 'Outbox Reader',
  authorEmail: null,
  body: `A comment the rules ${status}.`,
  status,
  reasons: [],
  scores: {},
  receivedAt: new Date(),
  requestId: null,
  clientIp: null,
});

describe('outbox events of the rules', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('are written only for the event types an enabled endpoint of the site subscribes to', async () => {
    h = await harness({ worker: false });
    const types = async () =>
      (await h.db.selectFrom('outbox').select('type').orderBy('type').execute()).map((r) => r.type);
    const save = () =>
      saveDecidedComments(h.db, [decided('approved'), decided('flagged')], { publicUrl: h.config.http.publicUrl });

    await save();
    expect(await types()).toEqual([]);
    await subscribe(h, ['comment.approved'], true);
    await save();
    expect(await types()).toEqual([]);
    await subscribe(h, ['comment.flagged']);
    await save();
    expect(await types()).toEqual(['comment.flagged']);
    await subscribe(h, ['comment.approved', 'comment.flagged']);
    await save();
    expect(await types()).toEqual(['comment.approved', 'comment.flagged', 'comment.flagged']);
  });
});

describe('articles named by decided comments', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('are created once, and take a new URL or title from a later comment without losing the other', async () => {
    h = await harness({ worker: false });
    const opts = { publicUrl: h.config.http.publicUrl };
    const article = async () =>
      h.db.selectFrom('articles').select(['url', 'title']).where('id', '=', 'outbox').executeTakeFirstOrThrow();
    await saveDecidedComments(
      h.db,
      [{ ...decided('approved'), articleUrl: 'https://n.example/a', articleTitle: 'A' }],
      opts,
    );
    expect(await article()).toEqual({ url: 'https://n.example/a', title: 'A' });
    await saveDecidedComments(h.db, [{ ...decided('approved'), articleTitle: 'A, updated' }, decided('flagged')], opts);
    expect(await article()).toEqual({ url: 'https://n.example/a', title: 'A, updated' });
    const again = { ...decided('approved'), articleUrl: 'https://n.example/moved' };
    expect(await saveDecidedComments(h.db, [again], opts)).toEqual([again.id]);
    // A retried batch: nothing inserted twice, and its article change is still applied.
    expect(await saveDecidedComments(h.db, [{ ...again, articleUrl: 'https://n.example/b' }], opts)).toEqual([]);
    expect(await article()).toEqual({ url: 'https://n.example/b', title: 'A, updated' });
    const n = await h.db
      .selectFrom('decisions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(4);
  });
});

describe('idempotent decisions', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('a comment queued twice leaves one comment, one decision and one event', async () => {
    h = await harness();
    const events = new QueueEvents(QUEUES.decide, {
      connection: { url: h.config.redis.url },
      prefix: h.config.redis.prefix,
    });
    await events.waitUntilReady();
    await subscribe(h, ['comment.approved', 'comment.flagged']);
    const id = '019ab8e0-0000-7000-8000-000000000001';
    const first = await h.queue.add(QUEUES.decide, { comments: [job(id)] }, DECIDE_JOB_OPTIONS);
    expect(await first.waitUntilFinished(events)).toEqual({ inserted: 1, already: 0 });
    // The same comment queued again, as a replayed request or a retry after a lost acknowledgement would.
    const second = await h.queue.add(QUEUES.decide, { comments: [job(id)] }, DECIDE_JOB_OPTIONS);
    expect(await second.waitUntilFinished(events)).toEqual({ inserted: 0, already: 1 });
    expect(await counts(h, id)).toEqual({ comments: 1, decisions: 1, events: 1 });
    await events.close();
  });

  /**
   * Posts a comment while the comments table is locked, waits until the worker's write is blocked on the lock,
   * SIGKILLs the worker, then releases the lock. The worker's Postgres backend does not know yet that its client is
   * gone: left alone it runs the worker's one-statement write once the lock is released, and commits it.
   * `endBackend` ends it first, as Postgres does once it notices the closed connection.
   */
  async function killWorkerMidWrite(endBackend: boolean): Promise<string> {
    await subscribe(h, ['comment.approved', 'comment.flagged']);
    const child = h.spawnWorker();
    return h.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      await sql`lock table comments in exclusive mode`.execute(conn);
      const id = await h.postComment({ body: 'Decided exactly once, even if the worker dies mid-way.' });
      await expectEventually(async () => (await h.queue.getActiveCount()) === 1);
      await expectEventually(async () => {
        const waiting = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(h.db);
        return (waiting.rows[0]?.n ?? 0) > 0;
      });
      child.kill('SIGKILL');
      await new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (endBackend) {
        await sql`
          select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(h.db);
      }
      await sql`rollback`.execute(conn);
      return id;
    });
  }

  it('a worker killed before its write committed: a new worker decides the comment, exactly once', async () => {
    h = await harness({ worker: false });
    const id = await killWorkerMidWrite(true);
    expect(await h.db.selectFrom('comments').select('id').where('id', '=', id).execute()).toEqual([]);
    // A new worker finds the stalled job and decides it.
    await h.startWorker();
    expect(await h.waitForDecision(id, 30_000)).toBe('approved');
    expect(await counts(h, id)).toEqual({ comments: 1, decisions: 1, events: 1 });
  });

  it('a worker killed whose write still committed: its stalled job ends without writing anything twice', async () => {
    h = await harness({ worker: false });
    const id = await killWorkerMidWrite(false);
    await expectEventually(async () => (await counts(h, id)).comments === 1);
    await h.startWorker();
    // The stalled job is taken again and finds the comment stored: nothing is written twice, and the queue drains.
    await expectEventually(
      async () => (await h.queue.getActiveCount()) + (await h.queue.getWaitingCount()) === 0,
      30_000,
    );
    expect(await counts(h, id)).toEqual({ comments: 1, decisions: 1, events: 1 });
  });
});

async function expectEventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error('not yet');
    },
    { timeout: timeoutMs, interval: 50 },
  );
}
