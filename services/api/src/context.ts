import type { Config, RedisClient } from '@cm/config';
import type { Db, TokenPrincipal } from '@cm/db';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { DecidePartitions } from './ingest/decide-partitions.js';
import type { ApiMetrics } from './metrics.js';
import type { RequestLogger } from './request-logger.js';
import type { ReceiptIssuer } from './rights/receipts.js';
import type { SiteCache } from './sites/site-cache.js';

/** Everything a route needs, built once in the composition root (`main.ts`) and injected per request. */
export interface ApiDeps {
  config: Config;
  db: Db;
  /** A single Redis or a Redis Cluster (`createRedis`). */
  redis: RedisClient;
  /** Redis key namespace; BullMQ's prefix too (the decide partitions add their number to its hash tag). */
  redisPrefix: string;
  logger: Logger;
  metrics: ApiMetrics;
  sites: SiteCache;
  /** Admits and queues comments in their decide partition, grouping those that arrive together into one job. */
  ingest: DecidePartitions;
  /** Comment receipts, the authors' secret for their statement of reasons and appeal. */
  receipts: ReceiptIssuer;
  /** Author erasures for the worker (their text in Redis). */
  eraseQueue: Queue;
}

export interface AppEnv {
  Variables: {
    deps: ApiDeps;
    requestId: string;
    logger: RequestLogger;
    principal: TokenPrincipal | undefined;
  };
}
