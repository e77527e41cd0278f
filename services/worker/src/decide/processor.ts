import { type DecideCommentJob, DecideCommentJobSchema } from '@cm/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Batcher } from './batcher.js';
import { type DecideOutcome, UnknownSiteError } from './decide-batch.js';

/**
 * The processor of the decide queue: re-parses the payload with the contract, then waits for its batch.
 * A payload that does not parse, or names a site that does not exist, can never succeed: it fails for good
 * (and stays in the failed set, visible, rather than retrying forever).
 */
export function createDecideProcessor(batcher: Batcher<DecideCommentJob, DecideOutcome>) {
  return async (job: Job): Promise<DecideOutcome> => {
    const parsed = DecideCommentJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job payload: ${parsed.error.message}`);
    try {
      return await batcher.push(parsed.data);
    } catch (err) {
      if (err instanceof UnknownSiteError) throw new UnrecoverableError(err.message);
      throw err;
    }
  };
}
