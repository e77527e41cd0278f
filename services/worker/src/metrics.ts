import { createServer, type Server } from 'node:http';
import { listenFailure, metricsAuthorized, type RedisClient } from '@cm/config';
import type { DecidedComment } from '@cm/db';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Rule-engine latency buckets, in seconds: the engine takes tens of microseconds per comment. */
const RULE_LATENCY_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05];

export interface WorkerMetrics {
  registry: Registry;
  observeRules(seconds: number): void;
  /** Adds committed decisions to the cluster-wide counters in Redis that the API's /metrics shows. */
  recordDecisions(decided: DecidedComment[]): Promise<void>;
  jobsFailed: Counter<'reason'>;
  /** Comments the rules engine failed on (each held for review with the reason `rules.error`). */
  rulesFailed: Counter;
}

export function createWorkerMetrics(redis: RedisClient, redisPrefix: string): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cm_worker_' });
  const ruleLatency = new Histogram({
    name: 'cm_rules_duration_seconds',
    help: 'Time the rules engine took per comment (this worker)',
    buckets: RULE_LATENCY_BUCKETS,
    registers: [registry],
  });
  const decisions = new Counter({
    name: 'cm_worker_decisions_total',
    help: 'Decisions this worker committed, by status',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const jobsFailed = new Counter({
    name: 'cm_worker_job_failures_total',
    help: 'Job attempts that failed (and will be retried unless unrecoverable)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const rulesFailed = new Counter({
    name: 'cm_rules_failures_total',
    help: 'Comments the rules engine failed on, held for review instead (this worker)',
    registers: [registry],
  });
  // Rule latency is buffered here and flushed to Redis with the decision counts, to keep one round trip.
  let pendingLatency: number[] = [];
  return {
    registry,
    jobsFailed,
    rulesFailed,
    observeRules(seconds) {
      ruleLatency.observe(seconds);
      pendingLatency.push(seconds);
    },
    async recordDecisions(decided) {
      const latency = pendingLatency;
      pendingLatency = [];
      if (decided.length === 0 && latency.length === 0) return;
      // Per status and category, each comment counted once per category it has a reason in (or 'none'); this
      // worker's own counter once per status per batch.
      const counts = new Map<string, number>();
      const byStatus = new Map<string, number>();
      for (const d of decided) {
        countOnce(byStatus, d.status);
        const categories = new Set<string>(d.reasons.map((r) => r.category));
        if (categories.size === 0) categories.add('none');
        for (const c of categories) countOnce(counts, `${d.status}|${c}`);
      }
      for (const [status, n] of byStatus) decisions.inc({ status }, n);
      // Cumulative counts, per bucket (the smallest bucket a sample fits, then summed upwards).
      const buckets = new Array<number>(RULE_LATENCY_BUCKETS.length).fill(0);
      let sum = 0;
      for (const s of latency) {
        sum += s;
        const i = RULE_LATENCY_BUCKETS.findIndex((le) => s <= le);
        if (i >= 0) buckets[i] = (buckets[i] ?? 0) + 1;
      }
      const p = redis.pipeline();
      for (const [field, n] of counts) p.hincrby(`${redisPrefix}:metrics:decisions`, field, n);
      const hist = `${redisPrefix}:metrics:rule_latency`;
      let cumulative = 0;
      RULE_LATENCY_BUCKETS.forEach((le, i) => {
        cumulative += buckets[i] ?? 0;
        if (cumulative > 0) p.hincrby(hist, String(le), cumulative);
      });
      if (latency.length > 0) {
        p.hincrby(hist, 'count', latency.length);
        p.hincrbyfloat(hist, 'sum', sum);
      }
      await p.exec();
    },
  };
}

function countOnce(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Serves this worker's own /metrics (rule latency, process stats) on its own port; /healthz stays open. */
export function serveWorkerMetrics(
  registry: Registry,
  port: number,
  host: string,
  token: string | undefined,
): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.url === '/metrics' && !metricsAuthorized(req.headers.authorization, token)) {
      res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer realm="metrics"' });
      res.end('Send Authorization: Bearer <METRICS_TOKEN> to read /metrics.\n');
    } else if (req.url === '/metrics') {
      res.writeHead(200, { 'Content-Type': registry.contentType });
      res.end(await registry.metrics());
    } else if (req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"status":"ok"}');
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(listenFailure(err, 'WORKER_METRICS_PORT', host, port)));
    server.listen(port, host, () => resolve(server));
  });
}
