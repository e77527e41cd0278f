import { readFileSync } from 'node:fs';
import { QUEUES } from '@cm/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { load } from '../lib/load.js';
import { BENCH_DB_URL, clearKeys, commentPayloads, endSection, PREFIX, REDIS_URL } from '../lib/setup.js';
import { startWorkerProcess } from './decisions.js';
import { floodComment } from './flood.js';
import { startApiProcess } from './ingest.js';

/** CPU time per comment of one drain, in microseconds, by process. */
interface CpuDrain {
  kind: 'normal' | 'flood';
  comments: number;
  jobs: number;
  perSecond: number;
  /** From the worker's spawn to its first stored comment. */
  firstStoredMs: number;
  workerUs: number;
  postgresUs: number;
  /** The whole Redis server's: on a Redis other programs use, theirs is counted too. */
  redisUs: number;
}

interface CpuFigures {
  drains: CpuDrain[];
  /** Means of the rounds, per kind. */
  normal: Omit<CpuDrain, 'kind' | 'jobs'>;
  flood: Omit<CpuDrain, 'kind' | 'jobs'>;
}

/**
 * What a comment costs in CPU time, where the rates of a shared machine drift by tens of percent: backlogs of `n`
 * ordinary comments and of `n` flood copies (`Comment N: <the same sentence>`, each from its own author) posted through
 * the API with no worker running, then drained by one worker, in rounds ordered normal, flood, flood, normal. The CPU
 * time of the worker process (start-up included), of the Postgres backends serving the bench database and of the
 * Redis server comes from /proc (Linux), divided by the comments drained. The table shows the means of the rounds.
 */
export async function benchCpu(n: number, nextText: () => string, rounds = 2): Promise<CpuFigures> {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  const redis = new Redis(REDIS_URL);
  const redisPid = Number(/process_id:(\d+)/.exec(await redis.info('server'))?.[1] ?? 0);
  const api = await startApiProcess(8188);
  const queue = new Queue(QUEUES.decide, { connection: new Redis(REDIS_URL), prefix: PREFIX });
  const normalBody = commentPayloads('cpu', { articles: 200, readers: 5000 }, nextText);
  let bot = 0;

  const drain = async (kind: CpuDrain['kind']): Promise<CpuDrain> => {
    await pool.query('truncate comments cascade');
    await clearKeys(`${PREFIX}:dup`);
    const filled = await load({
      url: 'http://127.0.0.1:8188/v1/comments',
      amount: n,
      makeBody: kind === 'flood' ? () => floodComment('cpu-flood', ++bot) : normalBody,
    });
    if (filled.total !== n || filled.non2xx + filled.errors > 0) {
      throw new Error(`cpu fill: ${filled.total} sent, ${filled.non2xx} non-2xx, ${filled.errors} errors`);
    }
    const jobs = (await queue.getJobCounts('wait')).wait ?? 0;
    const redisBefore = cpuMs(redisPid);
    const started = performance.now();
    const worker = await startWorkerProcess(9477);
    const backends = new Map<number, number>();
    let firstStoredMs = 0;
    for (;;) {
      // The worker's Postgres connections open as it goes: each is counted from when it is first seen.
      const { rows } = await pool.query<{ pid: number }>(
        'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      for (const { pid } of rows) if (!backends.has(pid)) backends.set(pid, cpuMs(pid));
      if (!firstStoredMs && (await pool.query('select 1 from comments limit 1')).rowCount) {
        firstStoredMs = Math.round(performance.now() - started);
      }
      const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((x) => x === 0)) {
        const { rows: stored } = await pool.query<{ n: string }>('select count(*) as n from comments');
        if (Number(stored[0]?.n) >= n) break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    const workerMs = cpuMs(worker.proc.pid ?? 0);
    let postgresMs = 0;
    for (const [pid, before] of backends) postgresMs += cpuMs(pid) - before;
    const redisMs = cpuMs(redisPid) - redisBefore;
    await worker.stop();
    const us = (ms: number) => Math.round((ms * 1000) / n);
    return {
      kind,
      comments: n,
      jobs,
      perSecond: Math.round(n / seconds),
      firstStoredMs,
      workerUs: us(workerMs),
      postgresUs: us(postgresMs),
      redisUs: us(redisMs),
    };
  };

  const drains: CpuDrain[] = [];
  for (let r = 0; r < rounds; r++) {
    const order: CpuDrain['kind'][] = r % 2 === 0 ? ['normal', 'flood'] : ['flood', 'normal'];
    for (const kind of order) drains.push(await drain(kind));
  }
  await endSection({ api, pool, redis, queue });
  return { drains, normal: meanOf(drains, 'normal', n), flood: meanOf(drains, 'flood', n) };
}

function meanOf(drains: CpuDrain[], kind: CpuDrain['kind'], n: number): CpuFigures['normal'] {
  const of = drains.filter((d) => d.kind === kind);
  const mean = (f: (d: CpuDrain) => number) => Math.round(of.reduce((a, d) => a + f(d), 0) / Math.max(1, of.length));
  return {
    comments: n,
    perSecond: mean((d) => d.perSecond),
    firstStoredMs: mean((d) => d.firstStoredMs),
    workerUs: mean((d) => d.workerUs),
    postgresUs: mean((d) => d.postgresUs),
    redisUs: mean((d) => d.redisUs),
  };
}

/** User and system CPU time of a process so far, in ms (0 once it is gone, or off Linux). */
function cpuMs(pid: number): number {
  try {
    // Fields after the command name: state is the 1st, utime the 12th, stime the 13th (clock ticks of 10 ms).
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
