import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, createRedis, listenFailure } from '@cm/config';
import { ERASE_AUTHOR_QUEUE } from '@cm/contracts';
import { createDb, ensureBootstrapAdmin } from '@cm/db';
import { serve } from '@hono/node-server';
import { Queue } from 'bullmq';
import { type Logger, pino } from 'pino';
import { createApp } from './app.js';
import type { ApiDeps } from './context.js';
import { DecidePartitions } from './ingest/decide-partitions.js';
import { createApiMetrics } from './metrics.js';
import { answerClientError } from './middleware/client-error.js';
import { createServerWithSecurityHeaders } from './middleware/security-headers.js';
import { ReceiptIssuer } from './rights/receipts.js';
import { SiteCache } from './sites/site-cache.js';

/** How long shutdown lets in-flight requests finish before closing their connections. */
const SHUTDOWN_GRACE_MS = 5_000;

export interface ApiHandle {
  url: string;
  port: number;
  deps: ApiDeps;
  /** The Hono app this server runs (its `routes` list every route, for the authorization matrix test). */
  app: ReturnType<typeof createApp>;
  /** Stops taking requests, finishes those in flight, then closes Redis and Postgres. */
  close(): Promise<void>;
}

export interface StartApiOptions {
  logger?: Logger;
  /** Print a generated admin token (the default); tests turn it off. */
  announceAdminToken?: boolean;
}

/** The composition root of the API: builds every dependency from the config and starts listening. */
export async function startApi(config: Config, opts: StartApiOptions = {}): Promise<ApiHandle> {
  const logger = opts.logger ?? pino({ level: config.logLevel, base: { service: 'api' } });
  const redisPrefix = config.redis.prefix;
  const db = createDb({
    url: config.database.url,
    poolSize: config.database.poolSize,
    onError: (err) => logger.warn({ err }, 'postgres connection error'),
  });
  // Fail fast when Redis is away: the ingest path answers 503 at once instead of queueing commands in memory.
  const redis = createRedis(config.redis, {
    mode: 'fail-fast',
    onError: (err) => logger.debug({ err: err.message }, 'redis connection error'),
  });
  const ingest = new DecidePartitions(redis, {
    prefix: redisPrefix,
    count: config.redis.queuePartitions,
    limits: config.rateLimits,
    waitReplicas: config.redis.waitReplicas,
    onQueueError: (err) => logger.debug({ err: err.message }, 'queue error'),
    onReplicaLag: (partition, confirmed) =>
      logger.warn({ partition, confirmed, wanted: config.redis.waitReplicas }, 'fewer replicas than asked hold a job'),
  });

  const sites = new SiteCache(db, logger);
  await sites.start();
  // The bootstrap admin is ensured at start, and retried in the background if Postgres is not up yet.
  const ensureAdmin = async (): Promise<boolean> => {
    try {
      const generated = await ensureBootstrapAdmin(db, config.adminToken);
      if (generated && opts.announceAdminToken !== false) {
        // Printed once, on the first start: only its hash is stored.
        process.stdout.write(
          `\n  Administrator token (shown once, keep it; set ADMIN_TOKEN to choose your own):\n  ${generated}\n\n`,
        );
      }
      return true;
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'could not ensure the bootstrap admin token; retrying');
      return false;
    }
  };
  let adminRetry: NodeJS.Timeout | undefined;
  if (!(await ensureAdmin())) {
    adminRetry = setInterval(() => {
      void ensureAdmin().then((ok) => ok && clearInterval(adminRetry));
    }, 5_000);
    adminRetry.unref();
  }

  const metrics = createApiMetrics({ queues: ingest.queues, redis, redisPrefix });
  const eraseQueue = new Queue(ERASE_AUTHOR_QUEUE, { connection: redis, prefix: redisPrefix });
  eraseQueue.on('error', (err) => logger.debug({ err: err.message }, 'erase queue error'));
  const deps: ApiDeps = {
    config,
    db,
    redis,
    redisPrefix,
    logger,
    metrics,
    sites,
    ingest,
    receipts: new ReceiptIssuer(redis, redisPrefix),
    eraseQueue,
  };
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.http.port,
        hostname: config.http.host,
        createServer: createServerWithSecurityHeaders(config.http.trustProxy),
      },
      () => resolve(s),
    );
    s.once('error', (err) => reject(listenFailure(err, 'PORT', config.http.host, config.http.port)));
  });
  server.on('clientError', answerClientError);
  // Node closes an idle keep-alive connection after 5 s; a proxy or client that reuses it as it closes gets a
  // reset (a load balancer answers 502). Idle connections stay open longer than the proxy's own timeout, and the
  // headers timeout outlasts it as Node requires. Shutting down still closes idle connections at once.
  const http1 = server as Server; // made by `createServerWithSecurityHeaders`: node:http's
  http1.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  http1.headersTimeout = config.http.keepAliveTimeoutMs + 1000;
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ port }, 'api listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      sites.stop();
      clearInterval(adminRetry);
      // In-flight requests finish; a keep-alive connection that goes idle meanwhile is closed at once rather than
      // after its idle timeout (a widget polling its comment's status would otherwise hold shutdown for a minute).
      // A request still unanswered after the grace period (a client that never finishes sending one) is cut off.
      const sweep = setInterval(() => http1.closeIdleConnections(), 100);
      const cutOff = setTimeout(() => http1.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearInterval(sweep);
      clearTimeout(cutOff);
      await ingest.close();
      await eraseQueue.close().catch(() => undefined);
      await redis.quit().catch(() => redis.disconnect());
      await db.destroy();
    })();
    return closing;
  };
  return { url, port, deps, app, close };
}
