import { DECIDE_JOB_OPTIONS, type DecideCommentJob, QUEUES } from '@cm/contracts';
import { type Harness, harness } from '@cm/testing';
import { type Job, QueueEvents } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';

const comment = (id: string, siteId = 'demo'): DecideCommentJob => ({
  id,
  siteId,
  articleId: 'batch-jobs',
  articleUrl: null,
  articleTitle: null,
  parentId: null,
  author: { key: `u-${id.slice(-4)}`, name: 'Reader', email: null },
  body: `A comment of a batch job, number ${id.slice(-4)}.`,
  receivedAt: Date.now(),
  requestId: `req-${id.slice(-4)}`,
  clientIp: null,
  signals: { honeypot: false, tooFast: false },
});

describe('a decide job carrying several comments', () => {
  let h: Harness;
  let events: QueueEvents | undefined;
  afterEach(async () => {
    await events?.close();
    await h.close();
  });
  const start = async (): Promise<QueueEvents> => {
    h = await harness();
    const ev = new QueueEvents(QUEUES.decide, {
      connection: { url: h.config.redis.url },
      prefix: h.config.redis.prefix,
    });
    events = ev;
    await ev.waitUntilReady();
    return ev;
  };
  /** Waits for a job that must fail for good on its first attempt, and returns the ids stored meanwhile. */
  const failsOnceStoring = async (job: Job, reason: RegExp): Promise<string[]> => {
    await expect(job.waitUntilFinished(events as QueueEvents)).rejects.toThrow(reason);
    const failed = await h.queue.getJob(job.id ?? '');
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
    const stored = await h.db.selectFrom('comments').select('id').where('article_id', '=', 'batch-jobs').execute();
    return stored.map((r) => r.id).sort();
  };

  it('stores the good comments and fails for good, naming them, on a comment that can never be decided', async () => {
    await start();
    const good = ['019ab8e0-0000-7000-8000-00000000a001', '019ab8e0-0000-7000-8000-00000000a002'];
    const orphan = '019ab8e0-0000-7000-8000-00000000a003';
    const job = await h.queue.add(
      QUEUES.decide,
      {
        comments: [comment(good[0]!), { not: 'a comment' }, comment(orphan, 'no-such-site'), comment(good[1]!)],
      },
      DECIDE_JOB_OPTIONS,
    );
    expect(await failsOnceStoring(job, /comment 1: invalid payload.*site "no-such-site"/s)).toEqual(good);
  });

  it('stores the rest of a batch when Postgres refuses one comment of it, and fails for good naming that one', async () => {
    await start();
    const good = ['019ab8e0-0000-7000-8000-00000000c001', '019ab8e0-0000-7000-8000-00000000c002'];
    const bad = '019ab8e0-0000-7000-8000-00000000c003';
    // A valid job for the contract, but a timestamp Postgres cannot hold (year 255,479): SQLSTATE 22008.
    const poison = { ...comment(bad), receivedAt: 8e15 };
    const job = await h.queue.add(
      QUEUES.decide,
      { comments: [comment(good[0]!), poison, comment(good[1]!)] },
      DECIDE_JOB_OPTIONS,
    );
    expect(await failsOnceStoring(job, new RegExp(`comment ${bad} cannot be stored`))).toEqual(good);
  });

  it('retries a job whose batch failed, and its retry stores each comment once', async () => {
    const ev = await start();
    const ids = ['019ab8e0-0000-7000-8000-00000000b001', '019ab8e0-0000-7000-8000-00000000b002'];
    // The first comment is stored already (as after a crash between commit and acknowledgement).
    const first = await h.queue.add(QUEUES.decide, { comments: [comment(ids[0]!)] }, DECIDE_JOB_OPTIONS);
    expect(await first.waitUntilFinished(ev)).toEqual({ inserted: 1, already: 0 });
    const both = await h.queue.add(
      QUEUES.decide,
      { comments: [comment(ids[0]!), comment(ids[1]!)] },
      DECIDE_JOB_OPTIONS,
    );
    expect(await both.waitUntilFinished(ev)).toEqual({ inserted: 1, already: 1 });
    const decisions = await h.db.selectFrom('decisions').select('comment_id').where('comment_id', 'in', ids).execute();
    expect(decisions.map((d) => d.comment_id).sort()).toEqual(ids);
  });
});
