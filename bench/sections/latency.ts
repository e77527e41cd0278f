import pg from 'pg';
import { paced } from '../lib/load.js';
import { BENCH_DB_URL, clearKeys, commentPayloads, PREFIX, waitForStored } from '../lib/setup.js';
import { startWorkerProcess } from './decisions.js';
import { startApiProcess } from './ingest.js';

export interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
  rate: number;
  decided: number;
  apiPeakMb: number;
  workerPeakMb: number;
}

/** From the 202 to the committed decision, at a steady rate, measured on the stored timestamps. */
export async function benchLatency(nextText: () => string, rate: number, seconds: number): Promise<LatencyFigures> {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  await pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  const api = await startApiProcess(8183);
  const worker = await startWorkerProcess(9474);
  // Fresh text for every comment (a tenth of them corpus lines verbatim), from readers of twenty articles.
  const body = commentPayloads('lat', { articles: 20, readers: 5000 }, nextText);
  // Warm up first (JIT, connections, the first batches), and let it drain: the figure is for a steady 1,000/s.
  const warm = await paced({ url: 'http://127.0.0.1:8183/v1/comments', body, seconds: 3, rate });
  await waitForStored(pool, warm.total - warm.non2xx - warm.errors);
  const started = new Date();
  const result = await paced({ url: 'http://127.0.0.1:8183/v1/comments', body, seconds, rate });
  await waitForStored(pool, result.total - result.non2xx - result.errors, started);
  const { rows } = await pool.query<{ p50: number; p99: number; n: string }>(
    `select percentile_cont(0.5) within group (order by extract(epoch from decided_at - received_at)) * 1000 as p50,
            percentile_cont(0.99) within group (order by extract(epoch from decided_at - received_at)) * 1000 as p99,
            count(*) as n
       from comments where received_at >= $1`,
    [started],
  );
  const apiPeakMb = api.peakRssMb();
  const workerPeakMb = worker.peakRssMb();
  await api.stop();
  await worker.stop();
  await pool.end();
  return {
    p50Ms: Math.round((rows[0]?.p50 ?? 0) * 10) / 10,
    p99Ms: Math.round((rows[0]?.p99 ?? 0) * 10) / 10,
    rate,
    decided: Number(rows[0]?.n ?? 0),
    apiPeakMb,
    workerPeakMb,
  };
}
