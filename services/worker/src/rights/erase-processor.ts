import type { RedisClient } from '@cm/config';
import { EraseAuthorJobSchema } from '@cm/contracts';
import { type Db, eraseLateComments } from '@cm/db';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { eraseAuthorFromDuplicateIndex } from '../duplicates/erase-author.js';
import { scrubQueuedJobs } from './scrub-queued-jobs.js';

export interface EraseDeps {
  db: Db;
  redis: RedisClient;
  prefix: string;
  /** The decide queues (one per partition), whose jobs hold comments' text. */
  decideQueues: Queue[];
  logger: Logger;
  /** How long to wait for a decide job a worker had taken when the erasure began (its lock's duration). */
  activeWaitMs: number;
}

/** What an erase job did in Redis and Postgres. */
export interface EraseJobResult {
  jobsRemoved: number;
  jobsRewritten: number;
  duplicateEntries: number;
  lateComments: number;
}

/**
 * The processor of the `authors-erase` queue, run after the API erased the author in Postgres: drops their text
 * from the decide queue's jobs and their entries from the duplicate index, then erases any comment of theirs
 * that a write racing the erasure stored meanwhile. Every step is idempotent, so a retry repeats it harmlessly.
 */
export function createEraseProcessor(deps: EraseDeps) {
  return async (job: Job): Promise<EraseJobResult> => {
    const parsed = EraseAuthorJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid erase job: ${parsed.error.message}`);
    const { siteId, authorKey } = parsed.data;
    const jobs = { removed: 0, rewritten: 0 };
    const active: Job[] = [];
    for (const queue of deps.decideQueues) {
      const scrubbed = await scrubQueuedJobs(queue, siteId, authorKey);
      jobs.removed += scrubbed.removed;
      jobs.rewritten += scrubbed.rewritten;
      active.push(...scrubbed.active);
    }
    let duplicateEntries = await eraseAuthorFromDuplicateIndex(deps.redis, deps.prefix, siteId, authorKey);
    // A batch that was deciding one of their comments files it in the index after the pass above: once those jobs
    // are done (or their lock lapsed and a retry decides the rewritten text, which is never filed), erase again.
    if (active.length > 0) {
      await untilInactive(active, deps.activeWaitMs);
      duplicateEntries += await eraseAuthorFromDuplicateIndex(deps.redis, deps.prefix, siteId, authorKey);
    }
    const lateComments = await eraseLateComments(deps.db, siteId, authorKey);
    const result = { jobsRemoved: jobs.removed, jobsRewritten: jobs.rewritten, duplicateEntries, lateComments };
    deps.logger.info({ siteId, ...result }, 'erased author from redis');
    return result;
  };
}

async function untilInactive(jobs: Job[], waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (const job of jobs) {
    while (Date.now() < deadline && (await job.isActive())) await new Promise((r) => setTimeout(r, 50));
  }
}
