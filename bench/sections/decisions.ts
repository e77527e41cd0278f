import { WORKER_NODE_FLAGS } from '@cm/config';
import { DECIDE_JOB_OPTIONS, QUEUES } from '@cm/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { load } from '../lib/load.js';
import { type Service, startService } from '../lib/processes.js';
import { BARE_PREFIX, BENCH_DB_URL, clearKeys, commentPayloads, PREFIX, REDIS_URL } from '../lib/setup.js';
import { round2, startApiProcess } from './ingest.js';

const workerEnv = (metricsPort: number): Record<string, string> => ({
  DATABASE_URL: BENCH_DB_URL,
  REDIS_URL,
  REDIS_PREFIX: PREFIX,
  LOG_LEVEL: 'warn',
  WORKER_METRICS_PORT: String(metricsPort),
  NODE_ENV: 'production',
});

/** Starts one of our workers, with the V8 flags it runs with in production; ready when its metrics port answers. */
export const startWorkerProcess = (metricsPort: number, extraFlags: readonly string[] = []): Promise<Service> =>
  startService(
    'services/worker/src/main.ts',
    [],
    workerEnv(metricsPort),
    { url: `http://127.0.0.1:${metricsPort}/healthz` },
    [...WORKER_NODE_FLAGS, ...extraFlags],
  );

export interface DecisionFigures {
  perSecond: number;
  baselinePerSecond: number;
  ratio: number;
  /** Each round's figures, ours next to the bare worker's. */
  rounds: { perSecond: number; baselinePerSecond: number }[];
  twoWorkersPerSecond: number;
  workerPeakMb: number;
}

/**
 * Drains a backlog of `n` comments through our worker and the bare insert-per-job worker, in rounds ordered
 * bare, ours, ours, bare: a drain takes ~30 s, and this machine's speed drifts by ±10% within minutes, which moved
 * the ratio of a single pair by as much. Each side's figure is the mean of its rounds; then two of our workers.
 */
export async function benchDecisions(n: number, nextText: () => string, rounds = 2): Promise<DecisionFigures> {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  await pool.query('create table if not exists bare_comments (id text primary key, body text not null)');
  // Ours: the backlog is posted through the API with no worker running, so the queue holds what the API
  // really writes under load (comments grouped into jobs), then the workers drain it.
  const api = await startApiProcess(8184);
  const queue = new Queue(QUEUES.decide, { connection: new Redis(REDIS_URL), prefix: PREFIX });

  // Baseline: one insert per job.
  const drainBare = async (): Promise<number> => {
    await pool.query('truncate bare_comments');
    const bareQueue = await fill('bare-decide', BARE_PREFIX, n, () => ({ id: uuidv7(), body: nextText() }));
    const bare = await startService(
      'bench/baseline/insert-worker.ts',
      [BENCH_DB_URL, BARE_PREFIX, 'bare-decide', '50'],
      { REDIS_URL },
    );
    const rate = await rateUntil(pool, 'bare_comments', n, bareQueue);
    await bare.stop();
    await bareQueue.close();
    await clearKeys(BARE_PREFIX);
    return rate;
  };
  let workerPeakMb = 0;
  const drainOurs = async (): Promise<number> => {
    await pool.query('truncate comments cascade');
    await clearKeys(`${PREFIX}:dup`);
    await fillThroughApi(n, nextText);
    const w = await startWorkerProcess(9471);
    const rate = await rateUntil(pool, 'comments', n, queue);
    workerPeakMb = Math.max(workerPeakMb, w.peakRssMb());
    await w.stop();
    return rate;
  };
  const bareRates: number[] = [];
  const ourRates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      bareRates.push(await drainBare());
      ourRates.push(await drainOurs());
    } else {
      ourRates.push(await drainOurs());
      bareRates.push(await drainBare());
    }
  }

  // Two worker processes.
  await pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  await fillThroughApi(n, nextText);
  const workers: Service[] = await Promise.all([startWorkerProcess(9472), startWorkerProcess(9473)]);
  const twoWorkersPerSecond = await rateUntil(pool, 'comments', n, queue);
  await Promise.all(workers.map((x) => x.stop()));
  await api.stop();
  await queue.close();
  await pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  await pool.end();

  const perSecond = mean(ourRates);
  const baselinePerSecond = mean(bareRates);
  return {
    perSecond,
    baselinePerSecond,
    ratio: round2(perSecond / Math.max(1, baselinePerSecond)),
    rounds: ourRates.map((rate, i) => ({ perSecond: rate, baselinePerSecond: bareRates[i] ?? 0 })),
    twoWorkersPerSecond,
    workerPeakMb,
  };
}

const mean = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));

/** Posts `n` comments to the API (50 connections), each with a fresh body, and checks every one got a 202. */
async function fillThroughApi(n: number, nextBody: () => string): Promise<void> {
  const result = await load({
    url: 'http://127.0.0.1:8184/v1/comments',
    amount: n,
    makeBody: commentPayloads('article', { articles: 200, readers: 5000 }, nextBody),
  });
  if (result.total !== n || result.non2xx + result.errors > 0) {
    throw new Error(`backlog fill: ${result.total} sent, ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
}

export async function fill<T extends { id: string }>(
  name: string,
  prefix: string,
  n: number,
  make: () => T,
): Promise<Queue> {
  const queue = new Queue(name, { connection: new Redis(REDIS_URL), prefix });
  for (let i = 0; i < n; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, n - i) }, make);
    await queue.addBulk(batch.map((data) => ({ name, data, opts: { ...DECIDE_JOB_OPTIONS, jobId: data.id } })));
  }
  return queue;
}

/**
 * Rows per second from the first committed row to the n-th (worker start-up excluded). The end is seen on the
 * queue (nothing waiting or active; a job completes only after its commit), then confirmed by one count: a
 * `count(*)` every 100 ms over a table growing to 100,000 rows cost the database ~10 ms a time, taken from the
 * workers being measured.
 */
export async function rateUntil(pool: pg.Pool, table: string, n: number, queue: Queue | Queue[]): Promise<number> {
  const queues = Array.isArray(queue) ? queue : [queue];
  const count = async () => Number((await pool.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n);
  let first: { at: number; count: number } | undefined;
  while (!first) {
    const { rowCount } = await pool.query(`select 1 from ${table} limit 1`);
    if (rowCount) first = { at: performance.now(), count: await count() };
    else await new Promise((r) => setTimeout(r, 20));
  }
  let lastCount = first.count;
  let lastChange = performance.now();
  for (;;) {
    const c = await Promise.all(queues.map((q) => q.getJobCounts('wait', 'active', 'delayed', 'prioritized')));
    if (c.every((counts) => Object.values(counts).every((x) => x === 0))) {
      const done = await count();
      const now = performance.now();
      if (done >= n) return Math.round((done - first.count) / ((now - first.at) / 1000));
      if (done !== lastCount) [lastCount, lastChange] = [done, now];
      else if (now - lastChange > 30_000) throw new Error(`queue empty but only ${done} of ${n} rows in ${table}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
