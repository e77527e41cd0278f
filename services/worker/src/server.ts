import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, createRedis } from '@cm/config';
import {
  cappedExponentialBackoff,
  type DecideCommentJob,
  decidePartitionOf,
  decidePartitionPrefixes,
  pendingCommentKey,
  QUEUES,
} from '@cm/contracts';
import { createDb } from '@cm/db';
import { Worker } from 'bullmq';
import { type Logger, pino } from 'pino';
import { Batcher } from './decide/batcher.js';
import {
  type DecideDeps,
  type DecideOutcome,
  decideBatch,
  failureOf,
  RULES_ENGINE,
  type RulesEngine,
} from './decide/decide-batch.js';
import { createDecideProcessor } from './decide/processor.js';
import { RedisDuplicateIndex } from './duplicates/redis-duplicate-index.js';
import { createWorkerMetrics, serveWorkerMetrics } from './metrics.js';
import { PolicyCache } from './policies/policy-cache.js';
import { type RightsHandle, startRights } from './rights/start-rights.js';
import { startWebhooks, type WebhooksHandle } from './webhooks/start-webhooks.js';

export interface WorkerHandle {
  /**
   * One BullMQ worker per decide partition, in partition order (the first is `worker`); with several partitions,
   * a last one drains the unpartitioned queue of earlier deployments.
   */
  workers: Worker[];
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
  /** The rules engine (default `@cm/rules`); tests give one that fails, to check what the worker does then. */
  rules?: RulesEngine;
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
  // BullMQ's blocking connections must retry forever (maxRetriesPerRequest: null); this one serves the
  // duplicate index, the pending markers and metrics.
  const onError = (err: Error) => logger.debug({ err: err.message }, 'redis connection error');
  const redis = createRedis(config.redis, { onError });
  const partitions = decidePartitionPrefixes(prefix, config.redis.queuePartitions);
  const metrics = createWorkerMetrics(redis, prefix);
  const deps: DecideDeps = {
    db,
    rules: opts.rules ?? RULES_ENGINE,
    policies: new PolicyCache(db),
    duplicates: new RedisDuplicateIndex(redis, prefix),
    metrics,
    logger,
    publicUrl: config.http.publicUrl,
    // A marker lives in its comment's partition; one UNLINK per partition keeps each call in one slot.
    clearPending: async (comments) => {
      const keys = new Map<string, string[]>();
      for (const c of comments) {
        const partition = partitions[decidePartitionOf(c.siteId, c.articleId, partitions.length)] ?? prefix;
        const list = keys.get(partition) ?? [];
        list.push(pendingCommentKey(partition, c.id));
        keys.set(partition, list);
      }
      await Promise.all([...keys.values()].map((list) => redis.unlink(...list)));
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

  // Every worker consumes every partition: one BullMQ worker (and blocking connection) per partition, all
  // feeding the one batcher, so a batch mixes the partitions' comments. With several partitions the unpartitioned
  // queue (`{cm}`) is consumed too: what an API queued there before the split is still decided.
  const consumed = partitions.length > 1 ? [...partitions, prefix] : partitions;
  const blockings = consumed.map(() => createRedis(config.redis, { mode: 'blocking', onError }));
  const processor = createDecideProcessor(batcher);
  const workers = consumed.map((partitionPrefix, i) => {
    const worker = new Worker(QUEUES.decide, processor, {
      connection: blockings[i] as (typeof blockings)[number],
      prefix: partitionPrefix,
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
    worker.on('error', (err) => logger.warn({ err: err.message, partition: i }, 'worker error'));
    return worker;
  });
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
  logger.info({ concurrency: config.worker.concurrency, partitions: partitions.length, metricsPort }, 'worker started');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // Close first: no new jobs; the batches of the jobs in flight then finish and their jobs complete.
      const closed = Promise.all(workers.map((w) => w.close()));
      await batcher.drain();
      // The batches in flight are committed by now. A BullMQ worker whose queue's Redis Cluster node went away and
      // came back can wait for its fetch loop forever; past half the shutdown budget stop waiting: a job it still
      // held is taken up again by another worker when its lock expires, and deciding it again writes nothing twice.
      let timer: NodeJS.Timeout | undefined;
      const outwaited = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), config.shutdownTimeoutMs / 2);
      });
      if ((await Promise.race([closed, outwaited])) === 'timeout') {
        logger.warn(
          { waitedMs: config.shutdownTimeoutMs / 2 },
          'decide workers did not close in time; dropping their connections',
        );
      }
      clearTimeout(timer);
      await webhooks.close();
      await rights.close();
      metricsServer?.close();
      await redis.quit().catch(() => redis.disconnect());
      await Promise.all(blockings.map((b) => b.quit().catch(() => b.disconnect())));
      await db.destroy();
    })();
    return closing;
  };
  return { workers, worker: workers[0] as Worker, metricsPort, webhooks, rights, close };
}
