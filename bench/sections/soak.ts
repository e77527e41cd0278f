import { readFileSync } from 'node:fs';
import pg from 'pg';
import { paced } from '../lib/load.js';
import { type Service, startService } from '../lib/processes.js';
import { BENCH_DB_URL, clearKeys, commentPayloads, PREFIX, waitForStored } from '../lib/setup.js';
import { startWorkerProcess } from './decisions.js';
import { apiEnv } from './ingest.js';

export interface SoakFigures {
  minutes: number;
  rate: number;
  accepted: number;
  decided: number;
  /** Resident set size (MB) of each process, sampled every 30 s. */
  apiRssMb: number[];
  workerRssMb: number[];
  /** Median RSS of the last third of the run minus that of the first third (after the first minute). */
  apiGrowthMb: number;
  workerGrowthMb: number;
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
  const api = await startService('services/api/src/main.ts', [], apiEnv(8185), {
    url: 'http://127.0.0.1:8185/healthz',
  });
  const worker = await startWorkerProcess(9475);
  const body = commentPayloads('soak', { articles: 40, readers: 3000 }, nextText);
  const apiRssMb: number[] = [];
  const workerRssMb: number[] = [];
  const sample = () => {
    apiRssMb.push(rssMb(api));
    workerRssMb.push(rssMb(worker));
  };
  const sampler = setInterval(sample, 30_000);
  const result = await paced({
    url: 'http://127.0.0.1:8185/v1/comments',
    body,
    rate,
    seconds: minutes * 60,
  });
  clearInterval(sampler);
  sample();
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
    decided,
    apiRssMb,
    workerRssMb,
    apiGrowthMb: growth(apiRssMb),
    workerGrowthMb: growth(workerRssMb),
  };
}

function growth(samples: number[]): number {
  const settled = samples.slice(2); // the first minute is warm-up
  const third = Math.max(1, Math.floor(settled.length / 3));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return med(settled.slice(-third)) - med(settled.slice(0, third));
}
