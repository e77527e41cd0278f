import type { RateLimits, RedisClient } from '@cm/config';
import { decidePartitionOf, decidePartitionPrefixes, QUEUES } from '@cm/contracts';
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

  constructor(redis: RedisClient, prefix: string, count: number, limits: RateLimits, onQueueError: (e: Error) => void) {
    this.partitions = decidePartitionPrefixes(prefix, count).map((partitionPrefix, index) => {
      const queue = new Queue(QUEUES.decide, { connection: redis, prefix: partitionPrefix });
      queue.on('error', onQueueError);
      const guard = new IngestGuard(redis, partitionPrefix, limits);
      return { index, prefix: partitionPrefix, queue, guard, enqueuer: new CommentEnqueuer(queue, guard) };
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
