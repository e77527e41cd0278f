import {
  type DecideBatchJob,
  type DecideCommentJob,
  DecideCommentJobSchema,
  ERASED_MARKER,
  packDecideComment,
  unpackDecideComment,
} from '@cm/contracts';
import type { Job, JobType, Queue } from 'bullmq';

/** Jobs read per page while looking for an author's comments. */
const PAGE = 200;
const DONE: JobType[] = ['completed'];
const NOT_DONE: JobType[] = ['waiting', 'prioritized', 'delayed', 'waiting-children', 'active', 'failed'];

/**
 * Drops an erased author's text from the decide queue. A finished job that holds a comment of theirs is removed
 * (its comments are in Postgres, and the job was kept only to look at a recent burst); a job not finished yet, or
 * failed, keeps its place but its data is rewritten with their comments erased (body replaced by the marker,
 * no name, e-mail or address), so whatever the worker writes of it later holds nothing of them. Returns how many
 * jobs were removed and rewritten, and the rewritten ones a worker was already deciding.
 */
export async function scrubQueuedJobs(
  queue: Queue,
  siteId: string,
  authorKey: string,
): Promise<{ removed: number; rewritten: number; active: Job[] }> {
  // Jobs not finished first: one that finishes while the queue is read is then found among the finished.
  const pending = await matchingJobs(queue, NOT_DONE, siteId, authorKey);
  // A worker that took one of these already decides it from the text it read: the caller waits for it.
  const active = (await Promise.all(pending.map(async (job) => ((await job.isActive()) ? job : undefined)))).filter(
    (job): job is Job => job !== undefined,
  );
  let rewritten = 0;
  for (const job of pending) {
    const data = job.data as DecideBatchJob;
    const comments = data.comments.map((raw) => {
      const c = parsed(raw);
      return c && c.siteId === siteId && c.author.key === authorKey ? packDecideComment(erased(c)) : raw;
    });
    // A job removed meanwhile has nothing left to rewrite.
    if (
      await job.updateData({ ...data, comments }).then(
        () => true,
        () => false,
      )
    )
      rewritten++;
  }
  const done = await matchingJobs(queue, DONE, siteId, authorKey);
  let removed = 0;
  for (const job of done) {
    if (
      await job.remove().then(
        () => true,
        () => false,
      )
    )
      removed++;
  }
  return { removed, rewritten, active };
}

async function matchingJobs(queue: Queue, types: JobType[], siteId: string, authorKey: string): Promise<Job[]> {
  const out: Job[] = [];
  for (let start = 0; ; start += PAGE) {
    const jobs = await queue.getJobs(types, start, start + PAGE - 1, true);
    for (const job of jobs) if (job && holdsAuthor(job, siteId, authorKey)) out.push(job);
    // The range applies to each state in turn: done once every state is past its end.
    if (jobs.length === 0) return out;
  }
}

function holdsAuthor(job: Job, siteId: string, authorKey: string): boolean {
  const comments = (job.data as Partial<DecideBatchJob> | undefined)?.comments;
  if (!Array.isArray(comments)) return false;
  return comments.some((raw) => {
    const c = parsed(raw);
    return c !== undefined && c.siteId === siteId && c.author.key === authorKey;
  });
}

function parsed(raw: unknown): DecideCommentJob | undefined {
  const r = DecideCommentJobSchema.safeParse(unpackDecideComment(raw));
  return r.success ? r.data : undefined;
}

function erased(c: DecideCommentJob): DecideCommentJob {
  return { ...c, author: { key: c.author.key, name: '', email: null }, body: ERASED_MARKER, clientIp: null };
}
