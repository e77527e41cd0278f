import { QUEUES } from '@cm/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { load, paced } from '../lib/load.js';
import { startService } from '../lib/processes.js';
import { BARE_PREFIX, BENCH_DB_URL, clearKeys, endSection, PREFIX, REDIS_URL, waitForStored } from '../lib/setup.js';
import { fill, startWorkerProcess } from './decisions.js';
import { round2, startApiProcess } from './ingest.js';

/** The sentence every flood comment repeats after its own number, as a bot with thousands of accounts posts it. */
const FLOOD_SENTENCE =
  'Vote no on the harbour levy before the council sells the waterfront to its developer friends, share this everywhere.';
const floodText = (n: number): string => `Comment ${n}: ${FLOOD_SENTENCE}`;

/** The `n`-th flood comment of a bot run named `tag`: its own author, one of 20 articles. */
export const floodComment = (tag: string, n: number): string =>
  JSON.stringify({
    articleId: `${tag}-${n % 20}`,
    author: { id: `${tag}-bot-${n}`, name: `Bot ${n}` },
    body: floodText(n),
  });

export interface FloodFigures {
  /** Comments decided per second, from the worker's start to the last one stored (mean of the rounds). */
  perSecond: number;
  baselinePerSecond: number;
  ratio: number;
  rounds: { perSecond: number; baselinePerSecond: number }[];
  /** Of the last flood drained, how many comments were flagged as part of the campaign. */
  campaignFlagged: number;
  /** Redis memory (used_memory) above its level before the drain, at its highest during our drains. */
  redisPeakMb: number;
  /** The mixed stream: 30% campaign copies, 70% ordinary comments, paced. */
  mixedRate: number;
  mixedP50Ms: number;
  mixedP99Ms: number;
  mixedDecided: number;
  workerPeakMb: number;
}

/**
 * A copy-paste flood: `n` comments "Comment N: <the same sentence>" from `n` distinct authors, queued with no
 * worker running and then drained, worker start included, next to the bare insert-per-job worker draining `n`
 * jobs in the same run, in rounds ordered bare, ours, ours, bare. Then a mixed stream (30% campaign copies, 70%
 * ordinary text) at a paced `mixedRate`, with the decision latency read from the stored timestamps.
 */
export async function benchFlood(
  n: number,
  nextText: () => string,
  opts: { rounds?: number; mixedRate?: number; mixedSeconds?: number } = {},
): Promise<FloodFigures> {
  const rounds = opts.rounds ?? 2;
  const mixedRate = opts.mixedRate ?? 1000;
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  await pool.query('create table if not exists bare_comments (id text primary key, body text not null)');
  const redis = new Redis(REDIS_URL);
  const api = await startApiProcess(8187);
  const queue = new Queue(QUEUES.decide, { connection: new Redis(REDIS_URL), prefix: PREFIX });
  let bot = 0;

  const drainBare = async (): Promise<number> => {
    await pool.query('truncate bare_comments');
    let k = 0;
    const bareQueue = await fill('bare-decide', BARE_PREFIX, n, () => ({ id: uuidv7(), body: floodText(k++) }));
    const started = performance.now();
    const bare = await startService(
      'bench/baseline/insert-worker.ts',
      [BENCH_DB_URL, BARE_PREFIX, 'bare-decide', '50'],
      { REDIS_URL },
    );
    const rate = await drainRate(pool, 'bare_comments', n, started, bareQueue);
    await bare.stop();
    await bareQueue.close();
    await clearKeys(BARE_PREFIX);
    return rate;
  };

  let redisPeakMb = 0;
  let workerPeakMb = 0;
  const drainOurs = async (): Promise<number> => {
    await pool.query('truncate comments cascade');
    await clearKeys(`${PREFIX}:dup`);
    const result = await load({
      url: 'http://127.0.0.1:8187/v1/comments',
      amount: n,
      makeBody: () => floodComment('flood', ++bot),
    });
    if (result.total !== n || result.non2xx + result.errors > 0) {
      throw new Error(`flood fill: ${result.total} sent, ${result.non2xx} non-2xx, ${result.errors} errors`);
    }
    const before = await usedMemory(redis);
    let peak = before;
    const sampler = setInterval(() => {
      void usedMemory(redis).then((m) => {
        peak = Math.max(peak, m);
      });
    }, 250);
    const started = performance.now();
    const w = await startWorkerProcess(9478);
    const rate = await drainRate(pool, 'comments', n, started, queue);
    clearInterval(sampler);
    redisPeakMb = Math.max(redisPeakMb, Math.round(((peak - before) / 2 ** 20) * 10) / 10);
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
  const { rows: flagged } = await pool.query<{ n: string }>(
    "select count(distinct comment_id) as n from comment_reasons where rule = 'duplicate.campaign'",
  );
  const campaignFlagged = Number(flagged[0]?.n ?? 0);

  // The mixed stream: a campaign keeps going while ordinary readers post.
  await pool.query('truncate comments cascade');
  await clearKeys(`${PREFIX}:dup`);
  const worker = await startWorkerProcess(9479);
  let seq = 0;
  const body = (): string => {
    seq++;
    const campaign = seq % 10 < 3;
    return JSON.stringify({
      articleId: `mixed-${seq % 20}`,
      author: campaign ? { id: `mixed-bot-${seq}`, name: 'Bot' } : { id: `mixed-reader-${seq % 5000}`, name: 'Reader' },
      body: campaign ? floodText(seq) : nextText(),
    });
  };
  const url = 'http://127.0.0.1:8187/v1/comments';
  const warm = await paced({ url, body, seconds: 3, rate: mixedRate });
  await waitForStored(pool, warm.total - warm.non2xx - warm.errors);
  const started = new Date();
  const mixed = await paced({ url, body, seconds: opts.mixedSeconds ?? 20, rate: mixedRate });
  await waitForStored(pool, mixed.total - mixed.non2xx - mixed.errors, started);
  const { rows } = await pool.query<{ p50: number; p99: number; n: string }>(
    `select percentile_cont(0.5) within group (order by extract(epoch from decided_at - received_at)) * 1000 as p50,
            percentile_cont(0.99) within group (order by extract(epoch from decided_at - received_at)) * 1000 as p99,
            count(*) as n
       from comments where received_at >= $1`,
    [started],
  );
  workerPeakMb = Math.max(workerPeakMb, worker.peakRssMb());
  await worker.stop();
  await endSection({ api, pool, redis, queue });

  const perSecond = mean(ourRates);
  const baselinePerSecond = mean(bareRates);
  return {
    perSecond,
    baselinePerSecond,
    ratio: round2(perSecond / Math.max(1, baselinePerSecond)),
    rounds: ourRates.map((rate, i) => ({ perSecond: rate, baselinePerSecond: bareRates[i] ?? 0 })),
    campaignFlagged,
    redisPeakMb,
    mixedRate,
    mixedP50Ms: Math.round((rows[0]?.p50 ?? 0) * 10) / 10,
    mixedP99Ms: Math.round((rows[0]?.p99 ?? 0) * 10) / 10,
    mixedDecided: Number(rows[0]?.n ?? 0),
    workerPeakMb,
  };
}

const mean = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));

export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

/**
 * Rows per second from `started` (before the worker was spawned) until `n` rows are in `table`. The end is seen
 * on the queue (nothing waiting or active: a job completes only after its commit), then confirmed by one count,
 * so that the polling takes nothing from the worker being measured.
 */
async function drainRate(pool: pg.Pool, table: string, n: number, started: number, queue: Queue): Promise<number> {
  let lastCount = -1;
  let lastChange = performance.now();
  for (;;) {
    const c = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
    if (Object.values(c).every((x) => x === 0)) {
      const { rows } = await pool.query<{ n: string }>(`select count(*) as n from ${table}`);
      const done = Number(rows[0]?.n ?? 0);
      const now = performance.now();
      if (done >= n) return Math.round(n / ((now - started) / 1000));
      if (done !== lastCount) [lastCount, lastChange] = [done, now];
      else if (now - lastChange > 30_000) throw new Error(`queue empty but only ${done} of ${n} rows in ${table}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
