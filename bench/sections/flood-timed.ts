import { Redis } from 'ioredis';
import pg from 'pg';
import { paced } from '../lib/load.js';
import { BENCH_DB_URL, clearKeys, endSection, PREFIX, REDIS_URL, waitForStored } from '../lib/setup.js';
import { startWorkerProcess } from './decisions.js';
import { floodComment, usedMemory } from './flood.js';
import { startApiProcess } from './ingest.js';

export interface TimedFloodFigures {
  seconds: number;
  /** The pace the flood was posted at (comments/s). */
  rate: number;
  /** Requests posted, and those answered with something other than a 202 (by status or error code). */
  sent: number;
  failures: Record<string, number>;
  accepted: number;
  decided: number;
  /** Decided comments per second, from the first comment posted to the last one stored. */
  perSecond: number;
  campaignFlagged: number;
  /** Redis `used_memory` above its level before the flood: the highest sample, and the level once it was drained. */
  redisPeakMb: number;
  redisEndMb: number;
  /** `used_memory` above the start, one sample a minute (MB). */
  redisByMinuteMb: number[];
  /**
   * The bench's own keys, one sample a minute (MB, `MEMORY USAGE` summed): the duplicate index and the decide
   * queue (jobs kept after completion, its event stream). `used_memory` counts every user of a shared Redis.
   */
  keysByMinute: { dupIndexMb: number; queueMb: number; otherMb: number }[];
  p50Ms: number;
  p99Ms: number;
  workerPeakMb: number;
}

/**
 * A copy-paste flood that goes on: `rate` comments a second of "Comment N: <the same sentence>" from as many
 * authors, posted through the API for `seconds` while one worker decides them. Redis `used_memory` is sampled
 * every second, so a duplicate index (or queue) that grows with the flood shows as a rising peak.
 */
export async function benchTimedFlood(
  seconds: number,
  rate = 1000,
  log: (s: string) => void = () => undefined,
): Promise<TimedFloodFigures> {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  const redis = new Redis(REDIS_URL);
  await pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  const api = await startApiProcess(8188);
  const worker = await startWorkerProcess(9480);
  const before = await usedMemory(redis);
  let peak = before;
  let last = before;
  const byMinute: number[] = [];
  const keysByMinute: TimedFloodFigures['keysByMinute'] = [];
  const mb = (bytes: number) => Math.round(((bytes - before) / 2 ** 20) * 10) / 10;
  const started = performance.now();
  const sampler = setInterval(() => {
    void usedMemory(redis).then((m) => {
      peak = Math.max(peak, m);
      last = m;
    });
  }, 1000);
  const minutes = setInterval(() => {
    byMinute.push(mb(last));
    void keySpaceMemory(redis).then((k) => {
      keysByMinute.push(k);
      log(
        `timed flood: ${byMinute.length} min, Redis ${mb(last)} MB above start (peak ${mb(peak)} MB); ` +
          `duplicate index ${k.dupIndexMb} MB, decide queue ${k.queueMb} MB, other keys ${k.otherMb} MB`,
      );
    });
  }, 60_000);
  let n = 0;
  const since = new Date();
  const load = await paced({
    url: 'http://127.0.0.1:8188/v1/comments',
    body: () => floodComment('timed', ++n),
    rate,
    seconds,
  });
  const accepted = load.total - load.non2xx - load.errors;
  const decided = await waitForStored(pool, accepted, since, 120_000);
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(minutes);
  clearInterval(sampler);
  const end = await usedMemory(redis);
  peak = Math.max(peak, end);
  const { rows } = await pool.query<{ p50: number; p99: number; flagged: string }>(
    `select percentile_cont(0.5) within group (order by extract(epoch from decided_at - received_at)) * 1000 as p50,
            percentile_cont(0.99) within group (order by extract(epoch from decided_at - received_at)) * 1000 as p99,
            count(*) filter (where 'duplicate' = any(categories)) as flagged
       from comments where received_at >= $1`,
    [since],
  );
  const workerPeakMb = worker.peakRssMb();
  await worker.stop();
  await endSection({ api, pool, redis });
  return {
    seconds,
    rate,
    sent: load.total,
    failures: load.failures,
    accepted,
    decided,
    perSecond: Math.round(decided / elapsed),
    campaignFlagged: Number(rows[0]?.flagged ?? 0),
    redisPeakMb: mb(peak),
    redisEndMb: mb(end),
    redisByMinuteMb: byMinute,
    keysByMinute,
    p50Ms: Math.round((rows[0]?.p50 ?? 0) * 10) / 10,
    p99Ms: Math.round((rows[0]?.p99 ?? 0) * 10) / 10,
    workerPeakMb,
  };
}

/** The memory of the bench's keys by what holds them, in MB. */
async function keySpaceMemory(redis: Redis): Promise<TimedFloodFigures['keysByMinute'][number]> {
  const sums = { dupIndexMb: 0, queueMb: 0, otherMb: 0 };
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 5000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', 0);
    const sizes = (await pipeline.exec()) ?? [];
    keys.forEach((key, i) => {
      const bytes = Number(sizes[i]?.[1] ?? 0);
      const kind = key.includes(':dup4:') ? 'dupIndexMb' : key.includes(':comments-decide') ? 'queueMb' : 'otherMb';
      sums[kind] += bytes;
    });
  } while (cursor !== '0');
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;
  return { dupIndexMb: mb(sums.dupIndexMb), queueMb: mb(sums.queueMb), otherMb: mb(sums.otherMb) };
}
