import { z } from '@hono/zod-openapi';
import { CommentRecordSchema } from './comment.js';
import { ReportSummarySchema } from './community.js';
import { SitePolicySchema } from './policy.js';
import { CommentStatusSchema, ReasonSchema } from './reason.js';
import { ModeratorAppealSchema } from './rights.js';

/**
 * The answers of the moderation and site-settings API, as the review page reads them. The routes declare these
 * in `createRoute` (so `/openapi.json` shows them); the browser code imports the inferred types with `import type`.
 */

export const DecidedStatusSchema = z.enum(['flagged', 'rejected', 'approved']).openapi('DecidedStatus');

export const ReplyContextSchema = z
  .object({ id: z.uuid(), authorName: z.string(), excerpt: z.string(), status: z.string() })
  .openapi('ReplyContext', {
    description: 'For a reply: the comment it answers (when stored on the same site), to judge it in its conversation.',
  });
export type ReplyContext = z.infer<typeof ReplyContextSchema>;

export const QueueItemSchema = z
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
    inReplyTo: ReplyContextSchema.nullable(),
    reports: ReportSummarySchema.nullable().openapi({ description: "Readers' open reports; null without any." }),
    featured: z.boolean().openapi({ description: "An editors' pick (`f` on the review page)." }),
    appeal: ModeratorAppealSchema.optional().openapi({ description: "In the Appeals view: the author's appeal." }),
  })
  .openapi('QueueItem');
export type QueueItem = z.infer<typeof QueueItemSchema>;

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
export type QueuePageView = z.infer<typeof QueuePageSchema>;

export const DecisionEntrySchema = z
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
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;

export const CommentReportSchema = z
  .object({
    id: z.uuid(),
    reason: z.string(),
    note: z.string().nullable(),
    reporter: z.object({
      id: z.string(),
      name: z.string().nullable(),
      upheld: z.number().int(),
      dismissed: z.number().int(),
      accuracy: z.number().nullable().openapi({ description: 'upheld / (upheld + dismissed); null before any.' }),
    }),
    weight: z.number().openapi({ description: "The report's weight when it was made." }),
    state: z.enum(['open', 'upheld', 'dismissed']),
    createdAt: z.string(),
  })
  .openapi('CommentReport');
export type CommentReport = z.infer<typeof CommentReportSchema>;

export const AuthorNoteSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    author: z.object({ id: z.string(), name: z.string() }).openapi({ description: 'The moderator who wrote it.' }),
    createdAt: z.string(),
  })
  .openapi('AuthorNote');
export type AuthorNote = z.infer<typeof AuthorNoteSchema>;

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
export type AuthorRecordView = z.infer<typeof AuthorRecordSchema>;

export const ModerationDetailSchema = z
  .object({
    comment: CommentRecordSchema,
    version: z.number().int(),
    etag: z.string(),
    history: z.array(DecisionEntrySchema),
    author: AuthorRecordSchema,
    inReplyTo: ReplyContextSchema.nullable(),
    reports: z.array(CommentReportSchema).openapi({ description: "Readers' reports of the comment, oldest first." }),
  })
  .openapi('ModerationDetail');
export type ModerationDetailView = z.infer<typeof ModerationDetailSchema>;

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
export type Outcome = z.infer<typeof OutcomeSchema>;

export const BulkResultSchema = z
  .object({
    results: z.array(OutcomeSchema),
    summary: z.object({
      decided: z.number().int(),
      unchanged: z.number().int(),
      conflict: z.number().int(),
      forbidden: z.number().int(),
      notFound: z.number().int(),
    }),
  })
  .openapi('BulkResult');
export type BulkResult = z.infer<typeof BulkResultSchema>;

/** An author's ban and pre-moderation on a site. */
export const AuthorStateSchema = z
  .object({
    banned: z.boolean(),
    bannedUntil: z.string().nullable(),
    banReason: z.string().nullable(),
    premoderated: z.boolean(),
  })
  .openapi('AuthorState');
export type AuthorState = z.infer<typeof AuthorStateSchema>;

export const RejectAuthorResultSchema = BulkResultSchema.extend({ ban: AuthorStateSchema.nullable() }).openapi(
  'RejectAuthorResult',
);
export type RejectAuthorResult = z.infer<typeof RejectAuthorResultSchema>;

export const MeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'moderator']),
    sites: z.array(z.object({ id: z.string(), name: z.string() })),
    expiresAt: z.string().nullable(),
  })
  .openapi('Me');
export type Me = z.infer<typeof MeSchema>;

export const FeaturedSchema = z.object({ id: z.uuid(), featured: z.boolean() }).openapi('FeaturedState');
export type Featured = z.infer<typeof FeaturedSchema>;

export const ArticleStateSchema = z
  .object({
    siteId: z.string(),
    articleId: z.string(),
    closed: z.boolean(),
    premoderated: z.boolean(),
    createdAt: z.string().nullable(),
  })
  .openapi('ArticleState');
export type ArticleStateView = z.infer<typeof ArticleStateSchema>;

export const SitePolicyViewSchema = z
  .object({
    siteId: z.string(),
    policy: SitePolicySchema.openapi({ description: 'As stored: what the site set.' }),
    resolved: z.record(z.string(), z.unknown()).openapi({ description: 'With the defaults filled in.' }),
  })
  .openapi('SitePolicyView');
export type SitePolicyView = z.infer<typeof SitePolicyViewSchema>;

export const DryRunSchema = z
  .object({
    status: CommentStatusSchema,
    reasons: z.array(ReasonSchema),
    scores: z.record(z.string(), z.number()),
  })
  .openapi('DryRunResult');
export type DryRun = z.infer<typeof DryRunSchema>;
