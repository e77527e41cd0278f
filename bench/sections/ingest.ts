import { API_NODE_FLAGS } from '@cm/config';
import { type LoadResult, load } from '../lib/load.js';
import { type Service, startService } from '../lib/processes.js';
import { ADMIN_TOKEN, BARE_PREFIX, BENCH_DB_URL, clearKeys, PREFIX, REDIS_URL } from '../lib/setup.js';

const apiEnv = (port: number): Record<string, string> => ({
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

/** Starts our API, with the V8 flags it runs with in production; ready when its health check answers. */
export const startApiProcess = (port: number, extraFlags: readonly string[] = []): Promise<Service> =>
  startService('services/api/src/main.ts', [], apiEnv(port), { url: `http://127.0.0.1:${port}/healthz` }, [
    ...API_NODE_FLAGS,
    ...extraFlags,
  ]);

export interface IngestFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  baselineRps: number;
  baselineP99Ms: number;
  ratio: number;
  /** Each round's figures, ours next to the bare server's. */
  rounds: { rps: number; baselineRps: number }[];
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

  // Both servers run side by side and are loaded in turns, several rounds: on a shared machine the speed drifts
  // by tens of percent within a minute, and alternating keeps that drift out of the ratio.
  const bare = await startService('bench/baseline/ingest-server.ts', ['8181', BARE_PREFIX], { REDIS_URL });
  const api = await startApiProcess(8182);
  const bareUrl = 'http://127.0.0.1:8181/v1/comments';
  const oursUrl = 'http://127.0.0.1:8182/v1/comments';
  await load({ url: bareUrl, bodies: payloads, seconds: 2 });
  await load({ url: oursUrl, bodies: payloads, seconds: 2 });
  const rounds = Math.max(1, Math.round(seconds / 5));
  const baseline: LoadResult[] = [];
  const ours: LoadResult[] = [];
  for (let r = 0; r < rounds; r++) {
    baseline.push(await load({ url: bareUrl, bodies: payloads, seconds: seconds / rounds }));
    ours.push(await load({ url: oursUrl, bodies: payloads, seconds: seconds / rounds }));
  }
  const apiPeakMb = api.peakRssMb();
  await api.stop();
  await bare.stop();
  await clearKeys(BARE_PREFIX);
  await clearKeys(`${PREFIX}:comments-decide`);
  await clearKeys(`${PREFIX}:pending`);

  const rps = median(ours.map((o) => o.rps));
  const baselineRps = median(baseline.map((o) => o.rps));
  return {
    rps,
    // Latency: the median round's p50, the worst round's p99.
    p50Ms: median(ours.map((o) => o.p50Ms)),
    p99Ms: Math.max(...ours.map((o) => o.p99Ms)),
    baselineRps,
    baselineP99Ms: Math.max(...baseline.map((o) => o.p99Ms)),
    ratio: round2(rps / Math.max(1, baselineRps)),
    rounds: ours.map((o, i) => ({ rps: o.rps, baselineRps: baseline[i]?.rps ?? 0 })),
    errors: ours.reduce((n, o) => n + o.errors + o.non2xx, 0),
    apiPeakMb,
  };
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const round2 = (n: number): number => Math.round(n * 100) / 100;
