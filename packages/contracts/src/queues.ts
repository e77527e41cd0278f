import { z } from 'zod';

/**
 * BullMQ key prefix. The braces are a Redis Cluster hash tag: every key of every queue lands in one slot,
 * which BullMQ's multi-key Lua scripts need on a cluster.
 */
export const QUEUE_PREFIX = '{cm}';

export const QUEUES = {
  decide: 'comments-decide',
} as const;

export const DecideCommentJobSchema = z.object({
  id: z.uuid(),
  siteId: z.string(),
  articleId: z.string(),
  articleUrl: z.string().nullable(),
  articleTitle: z.string().nullable(),
  parentId: z.string().nullable(),
  author: z.object({
    /** Stable key: the site's id for the reader, or a hash of what we know of them. */
    key: z.string(),
    name: z.string(),
    email: z.string().nullable(),
  }),
  body: z.string(),
  receivedAt: z.number().int(),
  requestId: z.string(),
  clientIp: z.string().nullable(),
  /** Anti-bot signals measured by the API. */
  signals: z.object({ honeypot: z.boolean(), tooFast: z.boolean() }),
});
export type DecideCommentJob = z.infer<typeof DecideCommentJobSchema>;

/** Retries never give up on a transient failure: a comment that got a 202 must end up in Postgres. */
export const DECIDE_JOB_OPTIONS = {
  attempts: 100_000,
  backoff: { type: 'capped-exponential' },
  removeOnComplete: { age: 3600, count: 50_000 },
  removeOnFail: false,
} as const;

/** Backoff for `capped-exponential`: 500 ms doubling to 30 s, with ±20% jitter. */
export function cappedExponentialBackoff(attemptsMade: number, random: number = Math.random()): number {
  const base = Math.min(30_000, 500 * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}
