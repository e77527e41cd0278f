import { z } from 'zod';

/**
 * BullMQ key prefix. The braces are a Redis Cluster hash tag: every key of a queue lands in one slot, which
 * BullMQ's multi-key Lua scripts need on a cluster.
 */
export const QUEUE_PREFIX = '{cm}';

/**
 * Every queue, by name. The decide queue is partitioned (`decidePartitionPrefix`): its keys are spread over
 * `REDIS_QUEUE_PARTITIONS` hash tags. The other queues live under the base prefix (`{cm}`), one slot each, with
 * the metrics counters and the duplicate index. To add a queue: name it here, put its payload schema and job
 * options below, and build its `Queue`/`Worker` with the base prefix and a connection from `createRedis`.
 */
export const QUEUES = {
  decide: 'comments-decide',
  /** One job per (event, endpoint): a signed HTTP POST to an editor's webhook endpoint. */
  webhookDeliver: 'webhooks-deliver',
} as const;

/**
 * The key prefix of decide partition `partition` of `partitions`: `{cm:0}` … `{cm:N-1}` (each its own hash tag,
 * so a Redis Cluster places each partition's queue on the primary that serves its slot). With one partition it
 * is the base prefix itself, so a deployment that never set `REDIS_QUEUE_PARTITIONS` keeps its queue.
 * A partition holds its queue's keys and the admission keys of the comments placed in it (idempotency keys,
 * pending markers, rate-limit windows), which the admission script reads together.
 */
export function decidePartitionPrefix(prefix: string, partition: number, partitions: number): string {
  return partitions <= 1 ? prefix : `${prefix.slice(0, -1)}:${partition}}`;
}

/** The prefixes of every decide partition, in partition order. */
export function decidePartitionPrefixes(prefix: string, partitions: number): string[] {
  return Array.from({ length: Math.max(1, partitions) }, (_, i) => decidePartitionPrefix(prefix, i, partitions));
}

/**
 * The partition of a comment: a stable hash (FNV-1a, 32 bits) of its site and article, so an article's comments
 * go through one queue in the order they came, and every API replica places them alike.
 */
export function decidePartitionOf(siteId: string, articleId: string, partitions: number): number {
  if (partitions <= 1) return 0;
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  mix(siteId);
  mix('\u0000');
  mix(articleId);
  return (h >>> 0) % partitions;
}

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
  /** SHA-256 (hex) of the receipt the author was given; absent in jobs queued before receipts. */
  receiptHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
});
export type DecideCommentJob = z.infer<typeof DecideCommentJobSchema>;

/**
 * The payload of a `comments-decide` job: the comments one API process accepted together. The API groups the
 * comments that arrive while its previous enqueue is in flight into one job (group commit), so under a burst a
 * job carries tens of comments and the queue's per-job cost is paid once for all of them; when traffic is light
 * a job carries one comment and waits for nothing.
 */
export const DecideBatchJobSchema = z.object({ comments: z.array(z.unknown()).min(1) });
export type DecideBatchJob = { comments: (PackedDecideComment | DecideCommentJob)[] };

/** The layout of `PackedDecideComment`, its first entry. Layout 2 (without the receipt hash) is still read. */
const PACKED_LAYOUT = 3;
const PACKED_LAYOUT_V2 = 2;
const HONEYPOT = 1;
const TOO_FAST = 2;

/**
 * A comment as the API queues it: its fields in a fixed order, a JSON array instead of an object. The field names
 * would be a large part of a job's bytes (the median comment is short), and the API serialises each job and writes it to Redis
 * on its busiest path. The first entry names the layout; a job written as objects (`DecideCommentJob`, by an API
 * before this layout) is read as before.
 */
export type PackedDecideComment = [
  layout: typeof PACKED_LAYOUT,
  id: string,
  siteId: string,
  articleId: string,
  articleUrl: string | null,
  articleTitle: string | null,
  parentId: string | null,
  authorKey: string,
  authorName: string,
  authorEmail: string | null,
  body: string,
  receivedAt: number,
  requestId: string,
  clientIp: string | null,
  /** Bit 1: the honeypot was filled in; bit 2: sent too fast after the form was shown. */
  signals: number,
  /** SHA-256 (hex) of the author's receipt, so the worker stores it with the comment. */
  receiptHash: string | null,
];

/** The comment in the queue's layout, under `id` (the id the admission gave it). */
export function packDecideComment(c: DecideCommentJob, id: string = c.id): PackedDecideComment {
  const signals = (c.signals.honeypot ? HONEYPOT : 0) | (c.signals.tooFast ? TOO_FAST : 0);
  return [
    PACKED_LAYOUT,
    id,
    c.siteId,
    c.articleId,
    c.articleUrl,
    c.articleTitle,
    c.parentId,
    c.author.key,
    c.author.name,
    c.author.email,
    c.body,
    c.receivedAt,
    c.requestId,
    c.clientIp,
    signals,
    c.receiptHash ?? null,
  ];
}

/**
 * A queued comment as the object `DecideCommentJobSchema` checks: a packed one unpacked, anything else as it is
 * (an object from an older API, or garbage, which the schema then refuses).
 */
export function unpackDecideComment(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  const v3 = raw[0] === PACKED_LAYOUT && raw.length === 16;
  if (!v3 && !(raw[0] === PACKED_LAYOUT_V2 && raw.length === 15)) return raw;
  const [
    ,
    id,
    siteId,
    articleId,
    articleUrl,
    articleTitle,
    parentId,
    key,
    name,
    email,
    body,
    receivedAt,
    requestId,
    clientIp,
    signals,
    receiptHash,
  ] = raw;
  return {
    id,
    siteId,
    articleId,
    articleUrl,
    articleTitle,
    parentId,
    author: { key, name, email },
    body,
    receivedAt,
    requestId,
    clientIp,
    signals:
      typeof signals === 'number'
        ? { honeypot: (signals & HONEYPOT) !== 0, tooFast: (signals & TOO_FAST) !== 0 }
        : signals,
    ...(v3 ? { receiptHash } : {}),
  };
}

/**
 * The Redis key that marks an accepted comment as waiting for its decision (deleted once it is stored). `prefix` is
 * the comment's decide partition's (`decidePartitionPrefix`).
 */
export const pendingCommentKey = (prefix: string, commentId: string): string => `${prefix}:pending:${commentId}`;

/** The most comments, and the most body characters, one decide job carries. */
export const DECIDE_JOB_MAX_COMMENTS = 100;
export const DECIDE_JOB_MAX_CHARS = 512 * 1024;

/** Retries never give up on a transient failure: a comment that got a 202 must end up in Postgres. */
export const DECIDE_JOB_OPTIONS = {
  attempts: 100_000,
  backoff: { type: 'capped-exponential' },
  // A done job still holds its comments' text, emails and addresses: kept briefly (a recent burst can be looked
  // at) and few, so Redis memory stays bounded (~45 MB with a burst's ~15 comments a job; 50,000 for an hour was
  // ~220 MB) and the data lives in Postgres only.
  removeOnComplete: { age: 600, count: 10_000 },
  removeOnFail: false,
} as const;

/** Backoff for `capped-exponential`: 500 ms doubling to 30 s, with ±20% jitter. */
export function cappedExponentialBackoff(attemptsMade: number, random: number = Math.random()): number {
  const base = Math.min(30_000, 500 * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/** Why a webhook delivery job exists: the outbox relay, an admin's test event, or an admin's redelivery. */
export const WebhookDeliveryTriggerSchema = z.enum(['event', 'test', 'redeliver']);
export type WebhookDeliveryTrigger = z.infer<typeof WebhookDeliveryTriggerSchema>;

/** The payload of a `webhooks-deliver` job. The event body itself stays in the outbox row (`eventId`). */
export const WebhookDeliveryJobSchema = z.object({
  eventId: z.uuid(),
  endpointId: z.uuid(),
  trigger: WebhookDeliveryTriggerSchema,
});
export type WebhookDeliveryJob = z.infer<typeof WebhookDeliveryJobSchema>;

/**
 * The deterministic job id of an event's delivery to one endpoint, so a relay that runs twice (crash between
 * enqueueing and marking the outbox row) adds the job once. BullMQ refuses custom ids with one `:` (it reserves
 * `a:b:c` for repeatable jobs), hence the dot. A redelivery adds a suffix: it is a new job on purpose.
 */
export function webhookDeliveryJobId(eventId: string, endpointId: string, suffix?: string): string {
  return suffix ? `${eventId}.${endpointId}.${suffix}` : `${eventId}.${endpointId}`;
}

/** Job options of a delivery: one BullMQ attempt per entry of the retry schedule, the `webhook` backoff. */
export function webhookDeliveryJobOptions(scheduleMs: readonly number[]) {
  return {
    attempts: Math.max(1, scheduleMs.length),
    delay: scheduleMs[0] ?? 0,
    backoff: { type: 'webhook' },
    // Kept a week so a relay that repeats itself finds the job and adds nothing; failures a month, for support.
    removeOnComplete: { age: 7 * 86_400 },
    removeOnFail: { age: 30 * 86_400 },
  } as const;
}
