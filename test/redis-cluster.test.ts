import { DECIDE_JOB_OPTIONS, decidePartitionPrefixes, packDecideComment, QUEUES } from '@cm/contracts';
import { type Harness, harness, type ThrowawayCluster, throwawayCluster } from '@cm/testing';
import { Queue } from 'bullmq';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const PARTITIONS = 6;
const PREFIX = '{cm}';

interface Readiness {
  status: string;
  checks: Record<string, { ok: boolean; error?: string }>;
}

describe('on a Redis Cluster (3 primaries, 3 replicas) with 6 decide partitions', () => {
  let cluster: ThrowawayCluster;
  let h: Harness;
  beforeAll(async () => {
    // Without full coverage the cluster keeps serving the slots it has when one shard is lost (the last test).
    cluster = await throwawayCluster({ requireFullCoverage: false });
    h = await harness({
      env: {
        REDIS_CLUSTER_NODES: cluster.seeds,
        REDIS_QUEUE_PARTITIONS: String(PARTITIONS),
        REDIS_PREFIX: PREFIX,
        REDIS_WAIT_REPLICAS: '1',
      },
    });
  }, 90_000);
  afterAll(async () => {
    await h?.close();
    await cluster?.stop();
  });

  const readiness = async () => {
    const res = await h.fetch('/readyz');
    return { status: res.status, body: (await res.json()) as Readiness };
  };

  it('takes a comment, decides it, and answers a replay with the same id', async () => {
    const comment = { articleId: 'cluster-article', author: { id: 'ada', name: 'Ada' }, body: 'A fair point.' };
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'cluster-replay' };
    const post = async () => {
      const res = await h.fetch('/v1/comments', { method: 'POST', headers, body: JSON.stringify(comment) });
      expect(res.status).toBe(202);
      return ((await res.json()) as { id: string }).id;
    };
    const id = await post();
    expect(await h.waitForDecision(id)).toBe('approved');
    expect(await post()).toBe(id);
    const read = await h.fetch(`/v1/comments/${id}`);
    expect(await read.json()).toEqual({ id, status: 'approved' });
    const flagged = await h.postComment({
      articleId: 'cluster-article',
      body: 'Buy now at cheap-pills.example.com !!!',
    });
    expect(await h.waitForDecision(flagged)).not.toBe('approved');
  });

  it('spreads the decide queues over every primary, and every worker drains them all', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push(
        await h.postComment({ articleId: `spread-${i}`, body: `Comment on article ${i}: the budget deserves a look.` }),
      );
    }
    for (const id of ids) await h.waitForDecision(id);

    const primaries = await cluster.primaries();
    expect(primaries).toHaveLength(3);
    const holders = await Promise.all(
      decidePartitionPrefixes(PREFIX, PARTITIONS).map((p) => cluster.primaryOf(`${p}:comments-decide:id`)),
    );
    for (const { node } of primaries) {
      // Keys a partition's queue wrote (its job counter at least) are on that partition's primary.
      const mine = decidePartitionPrefixes(PREFIX, PARTITIONS).filter((_, i) => holders[i] === node);
      expect(mine.length).toBeGreaterThan(0);
      const counters = await Promise.all(mine.map((p) => h.redis.get(`${p}:comments-decide:id`)));
      expect(counters.some((n) => Number(n) > 0)).toBe(true);
    }
    const { status, body } = await readiness();
    expect(status).toBe(200);
    expect(Object.keys(body.checks).filter((k) => k.startsWith('queue:'))).toHaveLength(PARTITIONS);
  });

  it('still decides what an API queued before the split, in the unpartitioned queue', async () => {
    const legacy = new Queue(QUEUES.decide, { connection: h.redis, prefix: PREFIX });
    const id = uuidv7();
    const comment = {
      id,
      siteId: 'demo',
      articleId: 'before-the-split',
      articleUrl: null,
      articleTitle: null,
      parentId: null,
      author: { key: 'early-reader', name: 'Early Reader', email: null },
      body: 'Queued by an API that had one decide queue.',
      receivedAt: Date.now(),
      requestId: 'req-legacy',
      clientIp: null,
      signals: { honeypot: false, tooFast: false },
    };
    await legacy.add(QUEUES.decide, { comments: [packDecideComment(comment)] }, DECIDE_JOB_OPTIONS);
    await legacy.close();
    expect(await h.waitForDecision(id)).toBe('approved');
  });

  it('/readyz names the partitions whose slot nobody serves while a primary and its replica are gone', async () => {
    const prefixes = decidePartitionPrefixes(PREFIX, PARTITIONS);
    const victim = await cluster.primaryOf(`${prefixes[0]}:x`);
    const replicas = await cluster.replicasOf(victim);
    const owners = await Promise.all(prefixes.map((p) => cluster.primaryOf(`${p}:x`)));
    const lost = prefixes.flatMap((_, i) => (owners[i] === victim ? [`queue:${i}`] : []));
    const kept = prefixes.flatMap((_, i) => (owners[i] === victim ? [] : [`queue:${i}`]));
    expect(kept.length).toBeGreaterThan(0);
    await Promise.all([victim.kill(), ...replicas.map((r) => r.kill())]);

    await vi.waitFor(
      async () => {
        const { status, body } = await readiness();
        expect(status).toBe(503);
        expect(body.status).toBe('unavailable');
        for (const k of lost) expect(body.checks[k]?.ok).toBe(false);
        for (const k of kept) expect(body.checks[k]?.ok).toBe(true);
      },
      { timeout: 30_000, interval: 250 },
    );

    // Back (empty, as these nodes keep nothing on disk): every partition is served again, and ready.
    await Promise.all([victim.start(), ...replicas.map((r) => r.start())]);
    await cluster.waitUntilHealthy();
    await vi.waitFor(async () => expect((await readiness()).status).toBe(200), { timeout: 30_000, interval: 250 });
  });
});
