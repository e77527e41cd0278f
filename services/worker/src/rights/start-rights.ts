import { type Config, createRedis, type RedisClient } from '@cm/config';
import { decidePartitionPrefixes, ERASE_AUTHOR_QUEUE, QUEUES } from '@cm/contracts';
import type { Db } from '@cm/db';
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { createEraseProcessor } from './erase-processor.js';
import { PersonalDataPruner } from './personal-data-pruner.js';

export interface RightsHandle {
  eraseWorker: Worker;
  pruner: PersonalDataPruner;
  close(): Promise<void>;
}

/** Starts the author-erasure worker and the personal-data pruner of one worker process. */
export function startRights(config: Config, opts: { db: Db; redis: RedisClient; logger: Logger }): RightsHandle {
  const logger = opts.logger.child({ component: 'rights' });
  const prefix = config.redis.prefix;
  // Every decide partition, and the unpartitioned queue of earlier deployments, may hold the author's comments.
  const partitions = decidePartitionPrefixes(prefix, config.redis.queuePartitions);
  const decideQueues = (partitions.length > 1 ? [...partitions, prefix] : partitions).map((p) => {
    const queue = new Queue(QUEUES.decide, { connection: opts.redis, prefix: p });
    queue.on('error', (err) => logger.debug({ err: err.message }, 'decide queue error'));
    return queue;
  });
  const blocking = createRedis(config.redis, {
    mode: 'blocking',
    onError: (err) => logger.debug({ err: err.message }, 'redis connection error'),
  });
  const eraseWorker = new Worker(
    ERASE_AUTHOR_QUEUE,
    createEraseProcessor({
      db: opts.db,
      redis: opts.redis,
      prefix,
      decideQueues,
      logger,
      activeWaitMs: config.worker.lockMs,
    }),
    { connection: blocking, prefix, concurrency: 1, lockDuration: config.worker.lockMs },
  );
  eraseWorker.on('error', (err) => logger.warn({ err: err.message }, 'erase worker error'));
  const pruner = new PersonalDataPruner({ db: opts.db, logger, retentionMs: config.personalDataRetentionMs });
  pruner.start();
  return {
    eraseWorker,
    pruner,
    async close() {
      await pruner.stop();
      await eraseWorker.close();
      await Promise.all(decideQueues.map((q) => q.close()));
      await blocking.quit().catch(() => blocking.disconnect());
    },
  };
}
