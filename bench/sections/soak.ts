import { readFileSync } from 'node:fs';
import pg from 'pg';
import { paced } from '../lib/load.js';
import { HEAP_PROBE_FLAGS, type Service } from '../lib/processes.js';
import { BENCH_DB_URL, clearKeys, commentPayloads, PREFIX, waitForStored } from '../lib/setup.js';
import { startWorkerProcess } from './decisions.js';
import { startApiProcess } from './ingest.js';

export interface SoakFigures {
  minutes: number;
  rate: number;
  accepted: number;
  /** Requests not answered 202, by status or error code. */
  failures: Record<string, number>;
  decided: number;
  /** Resident set size (MB) of each process, sampled every 30 s. */
  apiRssMb: number[];
  workerRssMb: number[];
  /** Median RSS of the last third of the run minus that of the first third (after the first minute). */
  apiGrowthMb: number;
  workerGrowthMb: number;
  /** Live heap (MB) after a full garbage collection, sampled every 30 s: what a leak would make grow. */
  apiHeapMb: number[];
  workerHeapMb: number[];
  apiHeapGrowthMb: number;
  workerHeapGrowthMb: number;
}

const rssMb = (s: Service): number => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.proc.pid}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
};

/**
 * The API and one worker under a steady load for `minutes`, their RSS sampled every 30 s: memory must level off,
 * not climb. Runs only with `pnpm bench --soak` (it takes the whole of its minutes).
 */
export async function benchSoak(nextText: () => string, minutes: number, rate: number): Promise<SoakFigures> {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  await pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  const api = await startApiProcess(8185, HEAP_PROBE_FLAGS);
  const worker = await startWorkerProcess(9475, HEAP_PROBE_FLAGS);
  const body = commentPayloads('soak', { articles: 40, readers: 3000 }, nextText);
  const apiRssMb: number[] = [];
  const workerRssMb: number[] = [];
  const apiHeapMb: number[] = [];
  const workerHeapMb: number[] = [];
  const sample = async () => {
    apiRssMb.push(rssMb(api));
    workerRssMb.push(rssMb(worker));
    // A full collection takes tens of ms: asked after the RSS is read, so it does not shrink the sample.
    const [apiHeap, workerHeap] = await Promise.all([api.liveHeapMb(), worker.liveHeapMb()]);
    apiHeapMb.push(apiHeap ?? Number.NaN);
    workerHeapMb.push(workerHeap ?? Number.NaN);
  };
  const sampler = setInterval(() => void sample(), 30_000);
  const result = await paced({
    url: 'http://127.0.0.1:8185/v1/comments',
    body,
    rate,
    seconds: minutes * 60,
  });
  clearInterval(sampler);
  await sample();
  const accepted = result.total - result.non2xx - result.errors;
  const decided = await waitForStored(pool, accepted);
  await api.stop();
  await worker.stop();
  await pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  await pool.end();
  return {
    minutes,
    rate,
    accepted,
    failures: result.failures,
    decided,
    apiRssMb,
    workerRssMb,
    apiGrowthMb: growth(apiRssMb),
    workerGrowthMb: growth(workerRssMb),
    apiHeapMb,
    workerHeapMb,
    apiHeapGrowthMb: Math.round(growth(apiHeapMb) * 10) / 10,
    workerHeapGrowthMb: Math.round(growth(workerHeapMb) * 10) / 10,
  };
}

function growth(samples: number[]): number {
  const settled = samples.slice(2); // the first minute is warm-up
  const third = Math.max(1, Math.floor(settled.length / 3));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return med(settled.slice(-third)) - med(settled.slice(0, third));
}
