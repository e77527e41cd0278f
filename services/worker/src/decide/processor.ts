import type { DecideCommentJob } from '@cm/contracts';
import { DecideBatchJobSchema, DecideCommentJobSchema, unpackDecideComment } from '@cm/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Batcher } from './batcher.js';
import { CommentRefusedError, type DecideOutcome } from './decide-batch.js';

/** What a decide job returns: how many of its comments were stored now, and how many were already stored. */
export interface DecideJobResult {
  inserted: number;
  already: number;
}

/**
 * The processor of the decide queue. A job carries the comments one API process accepted together; each is
 * unpacked, re-parsed with the contract and pushed to the batcher, which merges the comments of concurrent jobs
 * into one decision batch. A transient failure (Postgres or Redis away) fails the job, and its retry decides again only
 * what was not stored. A comment that can never succeed (a payload that does not parse, a site that no longer
 * exists, data Postgres refuses) does not hold back the others: they are stored, then the job fails for good naming it, and stays in
 * the failed set, visible.
 */
export function createDecideProcessor(batcher: Batcher<DecideCommentJob, DecideOutcome>) {
  return async (job: Job): Promise<DecideJobResult> => {
    const parsed = DecideBatchJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job payload: ${parsed.error.message}`);
    const refused: string[] = [];
    const pushed: Promise<DecideOutcome>[] = [];
    for (const [i, raw] of parsed.data.comments.entries()) {
      const comment = DecideCommentJobSchema.safeParse(unpackDecideComment(raw));
      if (comment.success) pushed.push(batcher.push(comment.data));
      else refused.push(`comment ${i}: invalid payload: ${comment.error.message}`);
    }
    const settled = await Promise.allSettled(pushed);
    let transient: unknown;
    const result: DecideJobResult = { inserted: 0, already: 0 };
    for (const s of settled) {
      if (s.status === 'fulfilled') {
        if (s.value.inserted) result.inserted++;
        else result.already++;
      } else if (s.reason instanceof CommentRefusedError) refused.push(s.reason.message);
      else transient ??= s.reason;
    }
    if (transient) throw transient;
    if (refused.length > 0) throw new UnrecoverableError(`not decided: ${refused.join('; ')}`);
    return result;
  };
}
