import { CommentRecordSchema, ModeratorAppealSchema, ReasonSchema } from '@cm/contracts';
import { z } from '@hono/zod-openapi';
import { AuthorNoteSchema, CommentReportSchema, ReportSummarySchema } from './community-schemas.js';

export const DecidedStatusSchema = z.enum(['flagged', 'rejected', 'approved']).openapi('DecidedStatus');

/** Ids and keys that travel in paths: the same alphabet the ingest contract allows. */
export const SiteIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:\-/]*$/);
export const AuthorKeySchema = z.string().min(1).max(200);

const ReplyContextSchema = z
  .object({ id: z.uuid(), authorName: z.string(), excerpt: z.string(), status: z.string() })
  .nullable()
  .openapi('ReplyContext', {
    description: 'For a reply: the comment it answers (when stored on the same site), to judge it in its conversation.',
  });

const QueueItemSchema = z
  .object({
    id: z.uuid(),
    siteId: z.string(),
    article: z.object({ id: z.string(), url: z.string().nullable(), title: z.string().nullable() }),
    author: z.object({ id: z.string(), name: z.string() }),
    body: z.string(),
    status: DecidedStatusSchema,
    categories: z.array(z.string()),
    reasons: z.array(ReasonSchema),
    receivedAt: z.string(),
    decidedAt: z.string(),
    version: z.number().int(),
    etag: z.string().openapi({ description: 'Send back in If-Match (or `version` in bulk) to decide safely.' }),
    inReplyTo: ReplyContextSchema,
    reports: ReportSummarySchema.nullable().openapi({ description: "Readers' open reports; null without any." }),
    featured: z.boolean().openapi({ description: "An editors' pick (`f` on the review page)." }),
    appeal: ModeratorAppealSchema.optional().openapi({ description: "In the Appeals view: the author's appeal." }),
  })
  .openapi('QueueItem');

export const QueuePageSchema = z
  .object({
    items: z.array(QueueItemSchema),
    nextCursor: z.string().nullable(),
    counts: z.object({
      byStatus: z.object({ flagged: z.number().int(), rejected: z.number().int(), approved: z.number().int() }),
      byCategory: z.record(z.string(), z.number().int()),
      cap: z.number().int().openapi({ description: 'Counting stops here: show a capped count as "10,000+".' }),
      capped: z
        .object({
          byStatus: z.object({ flagged: z.boolean(), rejected: z.boolean(), approved: z.boolean() }),
          byCategory: z.boolean(),
        })
        .openapi({ description: 'Which counts reached `cap` and are lower bounds.' }),
    }),
  })
  .openapi('QueuePage');

const DecisionEntrySchema = z
  .object({
    status: z.string(),
    previousStatus: z.string().nullable(),
    source: z.enum(['rules', 'moderator']),
    actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    rules: z.array(z.string()),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    at: z.string(),
  })
  .openapi('DecisionEntry');

export const AuthorRecordSchema = z
  .object({
    siteId: z.string(),
    key: z.string(),
    name: z.string().nullable(),
    counts: z.object({ approved: z.number().int(), flagged: z.number().int(), rejected: z.number().int() }),
    banned: z.object({ until: z.string().nullable(), reason: z.string().nullable() }).nullable(),
    premoderated: z.boolean(),
    recent: z.array(
      z.object({
        id: z.string(),
        articleId: z.string(),
        status: DecidedStatusSchema,
        excerpt: z.string(),
        receivedAt: z.string(),
      }),
    ),
    notes: z.array(AuthorNoteSchema).openapi({ description: "Moderators' notes on the author, newest first." }),
  })
  .openapi('AuthorRecord');

export const ModerationDetailSchema = z
  .object({
    comment: CommentRecordSchema,
    version: z.number().int(),
    etag: z.string(),
    history: z.array(DecisionEntrySchema),
    author: AuthorRecordSchema,
    inReplyTo: ReplyContextSchema,
    reports: z.array(CommentReportSchema).openapi({ description: "Readers' reports of the comment, oldest first." }),
  })
  .openapi('ModerationDetail');

export const DecisionBodySchema = z
  .object({
    reason: z.string().trim().min(1).max(200).optional().openapi({ example: 'off-topic' }),
    note: z.string().max(2000).optional().openapi({ example: 'Second warning this week.' }),
  })
  .openapi('DecisionBody');

export const OutcomeSchema = z
  .object({
    id: z.string(),
    outcome: z.enum(['decided', 'unchanged', 'conflict', 'forbidden', 'not_found']),
    status: DecidedStatusSchema.optional(),
    previousStatus: DecidedStatusSchema.optional(),
    version: z.number().int().optional(),
    etag: z.string().optional(),
  })
  .openapi('DecisionOutcome');

/** `/v1/moderation/sites/{siteId}/authors/{authorKey}`: an author is known per site. */
export const AuthorParams = z.object({
  siteId: SiteIdSchema.openapi({ param: { name: 'siteId', in: 'path' }, example: 'demo' }),
  authorKey: AuthorKeySchema.openapi({
    param: { name: 'authorKey', in: 'path' },
    description: 'URL-encode it: anonymous keys look like `anon:3f2a…`.',
    example: 'reader-42',
  }),
});

export const AuthorStateSchema = z
  .object({
    banned: z.boolean(),
    bannedUntil: z.string().nullable(),
    banReason: z.string().nullable(),
    premoderated: z.boolean(),
  })
  .openapi('AuthorState');

export const BanBodySchema = z
  .object({
    until: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Omit for a ban without end.' }),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .openapi('Ban');
