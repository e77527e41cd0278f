import { decidePartitionPrefix } from '@cm/contracts';
import { type Harness, harness, type ThrowawayCluster, throwawayCluster } from '@cm/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elapse, report, steadyLoad, verifyLedger } from './ledger.js';

const PARTITIONS = 6;
const PREFIX = '{cm}';

describe('faults under load: a Redis Cluster loses a primary', () => {
  let h: Harness | undefined;
  let cluster: ThrowawayCluster | undefined;
  afterEach(async () => {
    await h?.close();
    await cluster?.stop();
    h = cluster = undefined;
  });

  it('a primary SIGKILLed: its replica takes over, the API answers 503 at most meanwhile, nothing accepted is lost', async () => {
    cluster = await throwawayCluster({ nodeTimeoutMs: 2_000 });
    h = await harness({
      env: {
        REDIS_CLUSTER_NODES: cluster.seeds,
        REDIS_QUEUE_PARTITIONS: String(PARTITIONS),
        REDIS_PREFIX: PREFIX,
        // A job is on a replica before its 202: the promoted replica has every accepted comment.
        REDIS_WAIT_REPLICAS: '1',
      },
    });
    const partitionKey = `${decidePartitionPrefix(PREFIX, 0, PARTITIONS)}:comments-decide:id`;
    const victim = await cluster.primaryOf(partitionKey);
    const [replica] = await cluster.replicasOf(victim);
    expect(replica).toBeDefined();

    const load = steadyLoad(h, { perSecond: 200, maxSeconds: 18 });
    await elapse(4_000);
    await victim.kill();
    const killedAt = Date.now();
    await vi.waitFor(async () => expect(await cluster?.primaryOf(partitionKey)).toBe(replica), {
      timeout: 30_000,
      interval: 100,
    });
    const promotedAfterMs = Date.now() - killedAt;
    const acceptedAtPromotion = load.ledger.accepted.length;
    const ledger = await load.done();
    const verdict = await verifyLedger(h, ledger);
    report('redis cluster primary SIGKILLed', verdict, ledger, {
      promotedAfterMs,
      acceptedAfterPromotion: ledger.accepted.length - acceptedAtPromotion,
    });

    expect([...ledger.refused.keys()].filter((s) => s !== 503)).toEqual([]);
    expect(ledger.networkErrors).toBe(0);
    // The API took comments again once the replica served the partition's slot.
    expect(ledger.accepted.length).toBeGreaterThan(acceptedAtPromotion);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, missingReasons: 0 });
    expect((await h.fetch('/readyz')).status).toBe(200);
  });
});
