import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '@cm/config';
import { cappedExponentialBackoff, type DecideCommentJob, pendingCommentKey, QUEUES } from '@cm/contracts';
import { createDb } from '@cm/db';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { type Logger, pino } from 'pino';
import { Batcher } from './decide/batcher.js';
import { type DecideDeps, type DecideOutcome, decideBatch, failureOf } from './decide/decide-batch.js';
import { createDecideProcessor } from './decide/processor.js';
import { RedisDuplicateIndex } from './duplicates/redis-duplicate-index.js';
import { createWorkerMetrics, serveWorkerMetrics } from './metrics.js';
import { PolicyCache } from './policies/policy-cache.js';
import { type RightsHandle, startRights } from './rights/start-rights.js';
import { startWebhooks, type WebhooksHandle } from './webhooks/start-webhooks.js';

export interface WorkerHandle {
  worker: Worker;
  metricsPort: number | undefined;
  /** The outbox relay and the webhook delivery worker. */
  webhooks: WebhooksHandle;
  /** Author erasures and the personal-data pruner. */
  rights: RightsHandle;
  /** Stops taking jobs, finishes the batches in flight, then closes Redis and Postgres. */
  close(): Promise<void>;
}

export interface StartWorkerOptions {
  logger?: Logger;
  /** Serve /metrics on config.worker.metricsPort (default true). */
  serveMetrics?: boolean;
}

/** The composition root of the worker. */
export async function startWorker(config: Config, opts: StartWorkerOptions = {}): Promise<WorkerHandle> {
  const logger = opts.logger ?? pino({ level: config.logLevel, base: { service: 'worker' } });
  const prefix = config.redis.prefix;
  const db = createDb({
    url: config.database.url,
    poolSize: config.database.poolSize,
    onError: (err) => logger.warn({ err }, 'postgres connection error'),
  });
  // BullMQ's blocking connection must retry forever (maxRetriesPerRequest: null); the other one serves the
  // duplicate index and metrics.
  const redis = new Redis(config.redis.url, { maxRetriesPerRequest: 3 });
  redis.on('error', (err) => logger.debug({ err: err.message }, 'redis connection error'));
  const metrics = createWorkerMetrics(redis, prefix);
  const deps: DecideDeps = {
    db,
    policies: new PolicyCache(db),
    duplicates: new RedisDuplicateIndex(redis, prefix),
    metrics,
    logger,
    publicUrl: config.http.publicUrl,
    clearPending: async (ids) => {
      if (ids.length > 0) await redis.unlink(...ids.map((id) => pendingCommentKey(prefix, id)));
    },
  };

  const batcher = new Batcher<DecideCommentJob, DecideOutcome>(
    config.worker.batchSize,
    config.worker.batchWaitMs,
    async (jobs) => {
      try {
        return await decideBatch(deps, jobs);
      } catch (err) {
        // One bad comment must not hold back the rest: decide them one by one, each with its own outcome. A
        // comment Postgres refuses for its data is refused for good (its job fails once, naming it).
        if (jobs.length === 1) return [failureOf(err, (jobs[0] as DecideCommentJob).id)];
        logger.warn({ err, size: jobs.length }, 'batch failed; retrying its comments one by one');
        return Promise.all(
          jobs.map((j) =>
            decideBatch(deps, [j]).then(
              (r) => r[0] ?? new Error('no result'),
              (e: unknown) => failureOf(e, j.id),
            ),
          ),
        );
      }
    },
    config.worker.batchesInFlight,
  );

  const blocking = new Redis(config.redis.url, { maxRetriesPerRequest: null });
  blocking.on('error', (err) => logger.debug({ err: err.message }, 'redis connection error'));
  const worker = new Worker(QUEUES.decide, createDecideProcessor(batcher), {
    connection: blocking,
    prefix,
    concurrency: config.worker.concurrency,
    lockDuration: config.worker.lockMs,
    stalledInterval: config.worker.lockMs,
    // A comment that got a 202 must end up decided: a job may stall (its worker died) any number of times.
    maxStalledCount: 1_000_000,
    settings: { backoffStrategy: (attemptsMade: number) => cappedExponentialBackoff(attemptsMade) },
  });
  worker.on('failed', (job, err) => {
    metrics.jobsFailed.inc({ reason: err.name });
    logger.warn({ commentId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'decide job failed');
  });
  worker.on('error', (err) => logger.warn({ err: err.message }, 'worker error'));
  const webhooks = startWebhooks(config, { db, logger });
  const rights = startRights(config, { db, redis, logger });

  let metricsServer: Server | undefined;
  if (opts.serveMetrics !== false) {
    metricsServer = await serveWorkerMetrics(
      metrics.registry,
      config.worker.metricsPort,
      config.http.host,
      config.metricsToken,
    );
  }
  const metricsPort = metricsServer ? (metricsServer.address() as AddressInfo).port : undefined;
  logger.info({ concurrency: config.worker.concurrency, metricsPort }, 'worker started');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // Close first: no new jobs; the batches of the jobs in flight then finish and their jobs complete.
      const closed = worker.close();
      await batcher.drain();
      await closed;
      await webhooks.close();
      await rights.close();
      metricsServer?.close();
      await redis.quit().catch(() => redis.disconnect());
      await blocking.quit().catch(() => blocking.disconnect());
      await db.destroy();
    })();
    return closing;
  };
  return { worker, metricsPort, webhooks, rights, close };
}
