import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface ApiMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  commentsAccepted: Counter<'site'>;
}

/**
 * The API's Prometheus metrics. Queue depth and decisions are read at scrape time from Redis, where every
 * worker adds its counts, so one scrape of any API replica shows the whole cluster.
 */
export function createApiMetrics(deps: { queue: Queue; redis: Redis; redisPrefix: string }): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cm_api_' });
  const httpRequests = new Counter({
    name: 'cm_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'cm_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const commentsAccepted = new Counter({
    name: 'cm_comments_accepted_total',
    help: 'Comments accepted (202) by site',
    labelNames: ['site'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'cm_queue_jobs',
    help: 'Jobs in the decision queue by state (a job carries the comments one API process accepted together)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      try {
        const counts = await deps.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      } catch {
        // Redis down: leave the last values; /readyz says why.
      }
    },
  });
  new Gauge({
    name: 'cm_decisions_total',
    help: 'Decisions committed by all workers, by status and category (category "none" for no reason)',
    labelNames: ['status', 'category'] as const,
    registers: [registry],
    async collect() {
      try {
        const all = await deps.redis.hgetall(`${deps.redisPrefix}:metrics:decisions`);
        for (const [field, n] of Object.entries(all)) {
          const [status = 'unknown', category = 'none'] = field.split('|');
          this.set({ status, category }, Number(n));
        }
      } catch {
        // as above
      }
    },
  });
  return { registry, httpRequests, httpDuration, commentsAccepted };
}
