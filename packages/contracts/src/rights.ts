import { z } from '@hono/zod-openapi';
import { CategorySchema, CommentStatusSchema } from './reason.js';

/** The header an author sends their receipt in (`GET /v1/comments/{id}`, `POST /v1/comments/{id}/appeal`). */
export const RECEIPT_HEADER = 'Comment-Receipt';

/** What replaces the body of an erased author's comments (and their appeal messages). */
export const ERASED_MARKER = '[erased at the author’s request]';

export const MAX_APPEAL_CHARS = 1_000;

/** The queue of author erasures: the worker drops the author's text from Redis (queued jobs, duplicate index). */
export const ERASE_AUTHOR_QUEUE = 'authors-erase';

export const EraseAuthorJobSchema = z.object({ siteId: z.string(), authorKey: z.string() });
export type EraseAuthorJob = z.infer<typeof EraseAuthorJobSchema>;

/** One reason as the author is told it: the category in plain words and the rule's message, no evidence offsets. */
export const AuthorReasonSchema = z
  .object({
    category: CategorySchema,
    summary: z.string().openapi({ example: 'It may insult or attack someone.' }),
    message: z.string().openapi({ example: "Insult aimed at another reader: 'm0r0n'" }),
  })
  .openapi('AuthorReason');
export type AuthorReason = z.infer<typeof AuthorReasonSchema>;

/** Why an author's comment is not published (DSA Art. 17): no evidence offsets, no moderator identity. */
export const StatementOfReasonsSchema = z
  .object({
    decidedBy: z.enum(['rules', 'moderator']).openapi({ description: 'Whether a person or the rules decided.' }),
    decidedAt: z.string(),
    reasons: z.array(AuthorReasonSchema),
    /** What the moderator wrote as the decision's reason, if anything. */
    moderatorReason: z.string().nullable(),
    appealable: z.boolean(),
  })
  .openapi('StatementOfReasons');
export type StatementOfReasons = z.infer<typeof StatementOfReasonsSchema>;

export const APPEAL_OUTCOMES = ['upheld', 'reversed'] as const;
export const AppealOutcomeSchema = z.enum(APPEAL_OUTCOMES).openapi('AppealOutcome');
export type AppealOutcome = z.infer<typeof AppealOutcomeSchema>;

/** The author's appeal as they see it: open until a moderator decides, then upheld or reversed. */
export const AuthorAppealSchema = z
  .object({
    state: z.enum(['open', ...APPEAL_OUTCOMES]),
    filedAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi('AuthorAppeal');
export type AuthorAppeal = z.infer<typeof AuthorAppealSchema>;

/** `GET /v1/comments/{id}` for the holder of the receipt. */
export const AuthorCommentViewSchema = z
  .object({
    id: z.uuid(),
    status: CommentStatusSchema,
    statement: StatementOfReasonsSchema.optional(),
    appeal: AuthorAppealSchema.optional(),
  })
  .openapi('AuthorCommentView');
export type AuthorCommentView = z.infer<typeof AuthorCommentViewSchema>;

export const AppealInputSchema = z
  .object({
    message: z
      .string()
      .trim()
      .min(1)
      .max(MAX_APPEAL_CHARS)
      .refine((s) => !s.includes('\u0000') && s.isWellFormed(), { message: 'must be well-formed text without NUL' })
      .openapi({ example: 'I was quoting the minister, not insulting anyone.' }),
  })
  .openapi('AppealInput');

export const AppealAcceptedSchema = z.object({ id: z.uuid(), appeal: AuthorAppealSchema }).openapi('AppealAccepted');

/** A moderator's view of an appeal, beside the comment's original reasons in the Appeals view. */
export const ModeratorAppealSchema = z
  .object({
    message: z.string(),
    statusAppealed: z.string(),
    filedAt: z.string(),
    outcome: AppealOutcomeSchema.nullable(),
  })
  .openapi('Appeal');
export type ModeratorAppeal = z.infer<typeof ModeratorAppealSchema>;

/** `comment.appealed`: an author appealed the decision on their comment. */
export const CommentAppealedDataSchema = z
  .object({
    commentId: z.uuid(),
    siteId: z.string(),
    articleId: z.string(),
    status: CommentStatusSchema,
    message: z.string(),
    moderationUrl: z.string(),
  })
  .openapi('CommentAppealedData');
export type CommentAppealedData = z.infer<typeof CommentAppealedDataSchema>;

/** `author.erased`: erase your copies of this author's comments. */
export const AuthorErasedDataSchema = z
  .object({ siteId: z.string(), authorKey: z.string(), commentIds: z.array(z.uuid()) })
  .openapi('AuthorErasedData');
export type AuthorErasedData = z.infer<typeof AuthorErasedDataSchema>;

/** Plain words for each category, as the author reads them. */
export const CATEGORY_SUMMARIES: Record<z.infer<typeof CategorySchema>, string> = {
  abuse: 'It may insult, threaten or attack someone.',
  link: 'It contains a link or contact details that are not allowed here.',
  duplicate: 'It repeats a comment that was posted already.',
  spam: 'It looks like advertising or spam.',
  policy: 'It breaks a rule of this site, or your comments here are reviewed first.',
};

/** One of the author's comments in their export: reasons without evidence offsets, decisions without moderator. */
export const ExportedCommentSchema = z
  .object({
    id: z.uuid(),
    articleId: z.string(),
    articleUrl: z.string().nullable(),
    articleTitle: z.string().nullable(),
    parentId: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    ipAddress: z.string().nullable(),
    body: z.string(),
    status: CommentStatusSchema,
    receivedAt: z.string(),
    decidedAt: z.string().nullable(),
    erasedAt: z.string().nullable(),
    reasons: z.array(z.object({ category: CategorySchema, rule: z.string(), message: z.string() })),
    decisions: z.array(
      z.object({
        status: z.string(),
        by: z.enum(['rules', 'moderator']),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    ),
    appeal: z
      .object({
        message: z.string(),
        filedAt: z.string(),
        outcome: AppealOutcomeSchema.nullable(),
        decidedAt: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi('ExportedComment');
export type ExportedComment = z.infer<typeof ExportedCommentSchema>;

/** `GET /v1/admin/sites/{siteId}/authors/{authorKey}/export`: everything stored about an author (GDPR Art. 15, 20). */
export const AuthorExportSchema = z
  .object({
    siteId: z.string(),
    authorKey: z.string(),
    exportedAt: z.string(),
    erasedAt: z.string().nullable(),
    personal: z.object({ names: z.array(z.string()), emails: z.array(z.string()), ipAddresses: z.array(z.string()) }),
    moderation: z
      .object({
        banned: z.boolean(),
        bannedUntil: z.string().nullable(),
        banReason: z.string().nullable(),
        premoderated: z.boolean(),
        updatedAt: z.string(),
      })
      .nullable(),
    reportsMade: z.array(
      z.object({
        commentId: z.string(),
        reason: z.string(),
        note: z.string().nullable(),
        state: z.string(),
        createdAt: z.string(),
        resolvedAt: z.string().nullable(),
      }),
    ),
    reporterRecord: z.object({ upheld: z.number().int(), dismissed: z.number().int() }).nullable(),
    notes: z
      .array(z.object({ text: z.string(), createdAt: z.string() }))
      .openapi({ description: "Moderators' notes about the author, without the moderator's identity." }),
    comments: z.array(ExportedCommentSchema).openapi({ description: 'Newest first.' }),
  })
  .openapi('AuthorExport');
export type AuthorExport = z.infer<typeof AuthorExportSchema>;
