import { API_NODE_FLAGS, createRedis, isCluster, loadConfig, WORKER_NODE_FLAGS } from '@cm/config';
import { decidePartitionPrefixes, QUEUES } from '@cm/contracts';
import { type ThrowawayCluster, throwawayCluster } from '@cm/testing/redis-cluster';
import { Queue } from 'bullmq';
import pg from 'pg';
import { type LoadResult, load } from '../lib/load.js';
import { type Service, startService } from '../lib/processes.js';
import { BENCH_DB_URL, clearKeys, commentPayloads, PREFIX, REDIS_URL } from '../lib/setup.js';
import { rateUntil, startWorkerProcess } from './decisions.js';
import { apiEnv, round2, startApiProcess } from './ingest.js';

/** The decide partitions of the cluster runs: two per primary. */
const PARTITIONS = 6;

/** What the services are told to run on the cluster: partitioned queues, each job on a replica before its 202. */
const clusterEnv = (cluster: ThrowawayCluster): Record<string, string> => ({
  REDIS_CLUSTER_NODES: cluster.seeds,
  REDIS_QUEUE_PARTITIONS: String(PARTITIONS),
  REDIS_WAIT_REPLICAS: '1',
});

export interface ClusterFigures {
  ingest?: {
    singleRps: number;
    clusterRps: number;
    ratio: number;
    rounds: { singleRps: number; clusterRps: number }[];
  };
  decisions?: {
    singlePerSecond: number;
    clusterPerSecond: number;
    ratio: number;
    rounds: { singlePerSecond: number; clusterPerSecond: number }[];
  };
}

/**
 * The same API and worker on the single Redis and on a 6-node Redis Cluster on loopback (3 primaries, 3
 * replicas, every process on this machine's cores), in alternating rounds so the machine's drift falls on both.
 */
export async function benchCluster(
  want: { ingest: boolean; decisions: boolean },
  bodies: string[],
  ingestSeconds: number,
  backlog: number,
  nextText: () => string,
): Promise<ClusterFigures> {
  const cluster = await throwawayCluster({ nodeTimeoutMs: 5_000 });
  try {
    const figures: ClusterFigures = {};
    if (want.ingest) figures.ingest = await ingest(cluster, bodies, ingestSeconds);
    if (want.decisions) figures.decisions = await decisions(cluster, backlog, nextText);
    return figures;
  } finally {
    await cluster.stop();
  }
}

async function ingest(cluster: ThrowawayCluster, bodies: string[], seconds: number) {
  const payloads = bodies.map((body, i) =>
    JSON.stringify({ articleId: `article-${i % 50}`, author: { id: `reader-${i % 997}`, name: 'R' }, body }),
  );
  const single = await startApiProcess(8182);
  const clustered = await startApi(8183, cluster);
  const singleUrl = 'http://127.0.0.1:8182/v1/comments';
  const clusterUrl = 'http://127.0.0.1:8183/v1/comments';
  await load({ url: singleUrl, bodies: payloads, seconds: 2 });
  await load({ url: clusterUrl, bodies: payloads, seconds: 2 });
  const rounds = Math.max(2, Math.round(seconds / 5));
  const s: LoadResult[] = [];
  const c: LoadResult[] = [];
  for (let r = 0; r < rounds; r++) {
    const pair = r % 2 === 0 ? [singleUrl, clusterUrl] : [clusterUrl, singleUrl];
    for (const url of pair)
      (url === singleUrl ? s : c).push(await load({ url, bodies: payloads, seconds: seconds / rounds }));
  }
  await Promise.all([single.stop(), clustered.stop()]);
  await clearKeys(PREFIX);
  await flushCluster(cluster);
  const errors = [...s, ...c].reduce((n, r) => n + r.errors + r.non2xx, 0);
  if (errors > 0) throw new Error(`ingest: ${errors} requests were not answered 202`);
  const singleRps = median(s.map((r) => r.rps));
  const clusterRps = median(c.map((r) => r.rps));
  return {
    singleRps,
    clusterRps,
    ratio: round2(clusterRps / Math.max(1, singleRps)),
    rounds: s.map((r, i) => ({ singleRps: r.rps, clusterRps: c[i]?.rps ?? 0 })),
  };
}

async function decisions(cluster: ThrowawayCluster, n: number, nextText: () => string) {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  const single = await startApiProcess(8184);
  const clustered = await startApi(8185, cluster);
  const singleRedis = createRedis(loadConfig({ REDIS_URL }).redis);
  const clusterRedis = createRedis(loadConfig(clusterEnv(cluster)).redis);
  const singleQueues = [new Queue(QUEUES.decide, { connection: singleRedis, prefix: PREFIX })];
  const clusterQueues = decidePartitionPrefixes(PREFIX, PARTITIONS).map(
    (prefix) => new Queue(QUEUES.decide, { connection: clusterRedis, prefix }),
  );
  // The backlog is posted through the API with no worker running, then one worker drains it.
  const drain = async (on: 'single' | 'cluster'): Promise<number> => {
    await pool.query('truncate comments cascade');
    await clearKeys(PREFIX);
    await flushCluster(cluster);
    const port = on === 'single' ? 8184 : 8185;
    const fill = await load({
      url: `http://127.0.0.1:${port}/v1/comments`,
      amount: n,
      makeBody: commentPayloads('article', { articles: 200, readers: 5000 }, nextText),
    });
    if (fill.total !== n || fill.non2xx + fill.errors > 0) {
      throw new Error(`backlog fill (${on}): ${fill.total} sent, ${fill.non2xx} non-2xx, ${fill.errors} errors`);
    }
    const worker: Service =
      on === 'single'
        ? await startWorkerProcess(9471)
        : await startService(
            'services/worker/src/main.ts',
            [],
            { ...apiEnv(0), ...clusterEnv(cluster), WORKER_METRICS_PORT: '9474' },
            { url: 'http://127.0.0.1:9474/healthz' },
            WORKER_NODE_FLAGS,
          );
    const rate = await rateUntil(pool, 'comments', n, on === 'single' ? singleQueues : clusterQueues);
    await worker.stop();
    return rate;
  };
  const singleRates: number[] = [];
  const clusterRates: number[] = [];
  for (const on of ['single', 'cluster', 'cluster', 'single'] as const) {
    (on === 'single' ? singleRates : clusterRates).push(await drain(on));
  }
  await Promise.all([...singleQueues, ...clusterQueues].map((q) => q.close()));
  await Promise.all([single.stop(), clustered.stop()]);
  singleRedis.disconnect();
  clusterRedis.disconnect();
  await pool.query('truncate comments cascade');
  await pool.end();
  const singlePerSecond = mean(singleRates);
  const clusterPerSecond = mean(clusterRates);
  return {
    singlePerSecond,
    clusterPerSecond,
    ratio: round2(clusterPerSecond / Math.max(1, singlePerSecond)),
    rounds: singleRates.map((rate, i) => ({ singlePerSecond: rate, clusterPerSecond: clusterRates[i] ?? 0 })),
  };
}

/** Our API on the cluster, with the production V8 flags (as `startApiProcess` does for the single Redis). */
function startApi(port: number, cluster: ThrowawayCluster): Promise<Service> {
  return startService(
    'services/api/src/main.ts',
    [],
    { ...apiEnv(port), ...clusterEnv(cluster) },
    { url: `http://127.0.0.1:${port}/healthz` },
    API_NODE_FLAGS,
  );
}

/** Empties every primary of the cluster (replicas follow). */
async function flushCluster(cluster: ThrowawayCluster): Promise<void> {
  const redis = createRedis(loadConfig(clusterEnv(cluster)).redis);
  if (isCluster(redis)) {
    await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
    await Promise.all(redis.nodes('master').map((node) => node.flushall()));
  }
  await redis.quit();
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mean = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
