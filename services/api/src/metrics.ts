import type { RedisClient } from '@cm/config';
import type { Queue } from 'bullmq';
import { Counter, collectDefaultMetrics, Gauge, Histogram, type MetricValueWithName, Registry } from 'prom-client';

export interface ApiMetrics {
  registry: Registry;
  /** One answered request, counted by method, route and status and timed by method and route. */
  recordRequest(method: string, route: string, status: number, seconds: number): void;
  /** One comment accepted (202) for a site. */
  commentAccepted(siteId: string): void;
}

const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** What one method and route have answered: counts by status, and the durations by bucket. */
interface RouteStats {
  method: string;
  route: string;
  statuses: Map<number, number>;
  /** Observations per bucket (not cumulative); the last entry counts those above every bound. */
  buckets: number[];
  sum: number;
  count: number;
}

/**
 * The HTTP counts and durations per route, and the accepted comments per site, kept in plain numbers and handed
 * to prom-client when /metrics is scraped. prom-client's `inc` and `observe` check and hash their label object on
 * every call, three times per ingest request; here a request costs one map lookup.
 */
class RequestStats {
  readonly routes = new Map<string, RouteStats>();
  readonly accepted = new Map<string, number>();

  record(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route}`;
    let stats = this.routes.get(key);
    if (stats === undefined) {
      stats = {
        method,
        route,
        statuses: new Map(),
        buckets: DURATION_BUCKETS.map(() => 0).concat(0),
        sum: 0,
        count: 0,
      };
      this.routes.set(key, stats);
    }
    stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
    let bucket = 0;
    while (bucket < DURATION_BUCKETS.length && seconds > (DURATION_BUCKETS[bucket] as number)) bucket++;
    stats.buckets[bucket]!++;
    stats.sum += seconds;
    stats.count++;
  }

  accept(siteId: string): void {
    this.accepted.set(siteId, (this.accepted.get(siteId) ?? 0) + 1);
  }
}

type DurationLabel = 'method' | 'route';
type DurationValue = MetricValueWithName<DurationLabel | 'le'> & { sharedLabels: Record<string, never> };

/**
 * prom-client's Histogram, with its values read from `RequestStats` at scrape time instead of observed one by
 * one. The registry renders what `getForPromString` returns (and `get`, prom-client's, reshapes it for JSON); both
 * are prom-client's own shape, the metric's name, help, type and aggregator as the constructor set them.
 */
class RouteDurationHistogram extends Histogram<DurationLabel> {
  constructor(
    private readonly stats: RequestStats,
    registry: Registry,
  ) {
    super({
      name: 'cm_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'] as const,
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
  }

  async getForPromString(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: string;
    values: DurationValue[];
  }> {
    // Set by prom-client's constructor; its typings leave them out.
    const { name, help, type, aggregator } = this as unknown as {
      name: string;
      help: string;
      type: string;
      aggregator: string;
    };
    const values: DurationValue[] = [];
    const value = (labels: DurationValue['labels'], n: number, suffix: string) =>
      values.push({ labels, value: n, metricName: `${name}_${suffix}`, sharedLabels: {} });
    for (const { method, route, buckets, sum, count } of this.stats.routes.values()) {
      let cumulative = 0;
      DURATION_BUCKETS.forEach((le, i) => {
        cumulative += buckets[i] ?? 0;
        value({ le, method, route }, cumulative, 'bucket');
      });
      value({ le: '+Inf', method, route }, count, 'bucket');
      value({ method, route }, sum, 'sum');
      value({ method, route }, count, 'count');
    }
    return { name, help, type, aggregator, values };
  }
}

/**
 * The API's Prometheus metrics. Queue depth and decisions are read at scrape time from Redis, where every
 * worker adds its counts, so one scrape of any API replica shows the whole cluster.
 */
export function createApiMetrics(deps: { queues: Queue[]; redis: RedisClient; redisPrefix: string }): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cm_api_' });
  const stats = new RequestStats();
  new Counter({
    name: 'cm_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { method, route, statuses } of stats.routes.values()) {
        for (const [status, n] of statuses) this.inc({ method, route, status: String(status) }, n);
      }
    },
  });
  new RouteDurationHistogram(stats, registry);
  new Counter({
    name: 'cm_comments_accepted_total',
    help: 'Comments accepted (202) by site',
    labelNames: ['site'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [site, n] of stats.accepted) this.inc({ site }, n);
    },
  });
  new Gauge({
    name: 'cm_queue_jobs',
    help: 'Jobs in the decision queues by state, all partitions (a job carries the comments one API process accepted together)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      try {
        const states = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const;
        const counts = await Promise.all(deps.queues.map((q) => q.getJobCounts(...states)));
        for (const state of states)
          this.set(
            { state },
            counts.reduce((sum, c) => sum + (c[state] ?? 0), 0),
          );
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
  return {
    registry,
    recordRequest: (method, route, status, seconds) => stats.record(method, route, status, seconds),
    commentAccepted: (siteId) => stats.accept(siteId),
  };
}
