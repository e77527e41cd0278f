import type { RateLimits, RedisClient } from '@cm/config';
import {
  DECIDE_JOB_MAX_CHARS,
  DECIDE_JOB_MAX_COMMENTS,
  decidePartitionOf,
  decidePartitionPrefixes,
  QUEUES,
} from '@cm/contracts';
import { Queue } from 'bullmq';
import { type Admission, CommentEnqueuer, type Submission } from './enqueuer.js';
import { IngestGuard } from './ingest-guard.js';

/** One decide queue and the admission state of the comments placed in it, all under the partition's hash tag. */
export interface DecidePartition {
  index: number;
  /** `{cm}` with one partition, else `{cm:<index>}`. */
  prefix: string;
  queue: Queue;
  guard: IngestGuard;
  enqueuer: CommentEnqueuer;
}

/**
 * The API's side of the partitioned decide queue: a submission goes to the partition of its site and article
 * (`decidePartitionOf`), where its admission (idempotency key, rate-limit windows, pending marker) and its job
 * are written, each partition grouping its own comments into jobs. On a Redis Cluster the partitions' hash tags
 * spread the ingest writes over the primaries.
 */
export class DecidePartitions {
  readonly partitions: DecidePartition[];

  constructor(
    redis: RedisClient,
    opts: {
      prefix: string;
      count: number;
      limits: RateLimits;
      /** Replicas that must have a job before its comments are answered (`REDIS_WAIT_REPLICAS`). */
      waitReplicas: number;
      onQueueError: (e: Error) => void;
      /** Told when fewer replicas than asked confirmed a job in time (the comments are accepted all the same). */
      onReplicaLag: (partition: number, confirmed: number) => void;
    },
  ) {
    this.partitions = decidePartitionPrefixes(opts.prefix, opts.count).map((partitionPrefix, index) => {
      const queue = new Queue(QUEUES.decide, { connection: redis, prefix: partitionPrefix });
      queue.on('error', opts.onQueueError);
      const guard = new IngestGuard(redis, partitionPrefix, opts.limits);
      const afterAdd =
        opts.waitReplicas > 0
          ? async () => {
              const confirmed = await waitForReplicas(
                redis,
                `${partitionPrefix}:${QUEUES.decide}:id`,
                opts.waitReplicas,
              );
              if (confirmed < opts.waitReplicas) opts.onReplicaLag(index, confirmed);
            }
          : undefined;
      const limits = { comments: DECIDE_JOB_MAX_COMMENTS, chars: DECIDE_JOB_MAX_CHARS };
      const enqueuer = new CommentEnqueuer(queue, guard, 2, limits, afterAdd);
      return { index, prefix: partitionPrefix, queue, guard, enqueuer };
    });
  }

  /** The partition a comment of this site and article goes to. */
  of(siteId: string, articleId: string): DecidePartition {
    return this.partitions[decidePartitionOf(siteId, articleId, this.partitions.length)] as DecidePartition;
  }

  /** Admits and queues a comment in its partition; rejects when that partition's Redis could not be reached. */
  submit(submission: Submission): Promise<Admission> {
    return this.of(submission.comment.siteId, submission.comment.articleId).enqueuer.submit(submission);
  }

  /** True while an accepted comment waits for its decision (its marker is in one partition; the id alone says not which). */
  async isPending(id: string): Promise<boolean> {
    const found = await Promise.all(this.partitions.map((p) => p.guard.isPending(id)));
    return found.includes(true);
  }

  /** Every decide queue, in partition order. */
  get queues(): Queue[] {
    return this.partitions.map((p) => p.queue);
  }

  async close(): Promise<void> {
    await Promise.all(this.partitions.map((p) => p.queue.close().catch(() => undefined)));
  }
}

const WAIT_TIMEOUT_MS = 1_000;

/**
 * Redis `WAIT` on the node that serves `key`: blocks until `replicas` replicas have every write this connection
 * made (the job just added), or the timeout; returns how many did. WAIT names no key, so on a cluster it rides in
 * a pipeline behind a read of `key`, which routes the pipeline to that key's primary.
 */
async function waitForReplicas(redis: RedisClient, key: string, replicas: number): Promise<number> {
  const replies = await redis.pipeline().exists(key).wait(replicas, WAIT_TIMEOUT_MS).exec();
  const [err, confirmed] = replies?.[1] ?? [new Error('no reply to WAIT'), 0];
  if (err) throw err;
  return Number(confirmed);
}
