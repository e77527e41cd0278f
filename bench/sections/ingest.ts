import { type LoadResult, load } from '../lib/load.js';
import { startService } from '../lib/processes.js';
import { ADMIN_TOKEN, BARE_PREFIX, BENCH_DB_URL, clearKeys, PREFIX, REDIS_URL } from '../lib/setup.js';

export const apiEnv = (port: number): Record<string, string> => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: BENCH_DB_URL,
  REDIS_URL,
  REDIS_PREFIX: PREFIX,
  RATE_LIMITS: 'off',
  LOG_LEVEL: 'warn',
  ADMIN_TOKEN,
  NODE_ENV: 'production',
});

export interface IngestFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  baselineRps: number;
  baselineP99Ms: number;
  ratio: number;
  errors: number;
  apiPeakMb: number;
}

/** POST /v1/comments under load, next to a bare Hono + BullMQ `add` server, in the same run. */
export async function benchIngest(bodies: string[], seconds: number): Promise<IngestFigures> {
  const payloads = bodies.map((body, i) =>
    JSON.stringify({
      articleId: `article-${i % 50}`,
      author: { id: `reader-${i % 997}`, name: `Reader ${i % 997}` },
      body,
    }),
  );

  const bare = await startService('bench/baseline/ingest-server.ts', ['8181', BARE_PREFIX], { REDIS_URL });
  await load({ url: 'http://127.0.0.1:8181/v1/comments', bodies: payloads, seconds: 2 });
  const baseline = await load({ url: 'http://127.0.0.1:8181/v1/comments', bodies: payloads, seconds });
  await bare.stop();
  await clearKeys(BARE_PREFIX);

  const api = await startService('services/api/src/main.ts', [], apiEnv(8182), {
    url: 'http://127.0.0.1:8182/healthz',
  });
  await load({ url: 'http://127.0.0.1:8182/v1/comments', bodies: payloads, seconds: 2 });
  const ours: LoadResult = await load({ url: 'http://127.0.0.1:8182/v1/comments', bodies: payloads, seconds });
  const apiPeakMb = api.peakRssMb();
  await api.stop();
  await clearKeys(`${PREFIX}:comments-decide`);

  return {
    rps: ours.rps,
    p50Ms: ours.p50Ms,
    p99Ms: ours.p99Ms,
    baselineRps: baseline.rps,
    baselineP99Ms: baseline.p99Ms,
    ratio: round2(ours.rps / Math.max(1, baseline.rps)),
    errors: ours.errors + ours.non2xx,
    apiPeakMb,
  };
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;
