import type { Config } from '@cm/config';
import type { Db, TokenPrincipal } from '@cm/db';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CommentEnqueuer } from './ingest/enqueuer.js';
import type { IngestGuard } from './ingest/ingest-guard.js';
import type { ApiMetrics } from './metrics.js';
import type { RequestLogger } from './request-logger.js';
import type { ReceiptIssuer } from './rights/receipts.js';
import type { SiteCache } from './sites/site-cache.js';

/** Everything a route needs, built once in the composition root (`main.ts`) and injected per request. */
export interface ApiDeps {
  config: Config;
  db: Db;
  redis: Redis;
  /** Redis key namespace; BullMQ's prefix too. */
  redisPrefix: string;
  decideQueue: Queue;
  logger: Logger;
  metrics: ApiMetrics;
  sites: SiteCache;
  ingestGuard: IngestGuard;
  /** Admits and queues comments, grouping those that arrive together into one job. */
  enqueuer: CommentEnqueuer;
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
