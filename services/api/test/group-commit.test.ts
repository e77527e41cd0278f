import { pendingCommentKey } from '@cm/contracts';
import { type Harness, harness } from '@cm/testing';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CommentEnqueuer } from '../src/ingest/enqueuer.js';

/**
 * Ingest groups the comments that arrive while an enqueue is in flight into one job: fewer queue round trips
 * under a burst, and still one 202 per comment, each after its job is in Redis.
 */
describe('comments accepted together go out in one job', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h.close());

  const post = (i: number, headers: Record<string, string> = {}) =>
    h.post(
      '/v1/comments',
      { articleId: 'burst', author: { id: `burst-${i}`, name: `Burst ${i}` }, body: `Comment ${i} of a burst.` },
      headers,
    );

  it('queues a burst of 60 comments in fewer jobs, every comment once, each pending until decided', async () => {
    // The first enqueues are held in flight until all 60 requests have reached the enqueuer, so the burst really
    // arrives while they are in flight (over loopback, a quick Redis could otherwise finish each enqueue before
    // the next request is parsed, and every comment would go alone).
    let submitted = 0;
    let open = () => {};
    const allArrived = new Promise<void>((resolve) => {
      open = resolve;
    });
    const submit = CommentEnqueuer.prototype.submit;
    vi.spyOn(CommentEnqueuer.prototype, 'submit').mockImplementation(function (this: CommentEnqueuer, s) {
      if (++submitted === 60) open();
      return submit.call(this, s);
    });
    const add = Queue.prototype.add;
    vi.spyOn(Queue.prototype, 'add').mockImplementation(async function (this: Queue, ...args) {
      await allArrived;
      return add.apply(this, args);
    });
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => post(i))).finally(() =>
      vi.restoreAllMocks(),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(60).fill(202));
    expect(submitted).toBe(60);
    const ids = await Promise.all(answers.map(async (a) => ((await a.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(60);

    const jobs = await h.queue.getJobs(['waiting', 'prioritized', 'delayed', 'active'], 0, -1);
    const queued = (await h.queuedComments()).map((c) => c.id);
    expect(queued.sort()).toEqual([...ids].sort());
    expect(jobs.length).toBeLessThan(60);
    expect(Math.max(...jobs.map((j) => (j.data as { comments: unknown[] }).comments.length))).toBeGreaterThan(1);

    for (const id of ids.slice(0, 5)) {
      expect(await (await h.fetch(`/v1/comments/${id}`)).json()).toEqual({ id, status: 'pending' });
    }
    await h.startWorker();
    await Promise.all(ids.map((id) => h.waitForDecision(id)));
    const stored = await h.db.selectFrom('comments').select('id').where('article_id', '=', 'burst').execute();
    expect(stored.map((r) => r.id).sort()).toEqual([...ids].sort());
    // Decided: the pending markers are gone, and the answer comes from Postgres.
    expect(await h.redis.exists(...ids.map((id) => pendingCommentKey(h.config.redis.prefix, id)))).toBe(0);
    expect(await (await h.fetch(`/v1/comments/${ids[0]}`)).json()).toEqual({ id: ids[0], status: 'approved' });
  });

  it('answers a replay in the same burst with the first id, and refuses a reused key', async () => {
    const key = { 'idempotency-key': 'burst-key' };
    const answers = await Promise.all([post(100, key), post(100, key)]);
    expect(answers.map((r) => r.status)).toEqual([202, 202]);
    const [idA, idB] = await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(idA).toBe(idB);
    const reused = await post(101, key);
    expect(reused.status).toBe(422);
  });
});
