import { z } from '@hono/zod-openapi';
import { ReportSummarySchema } from './community.js';
import { CommentStatusSchema, ReasonSchema } from './reason.js';

export const EVENT_TYPES = [
  'comment.flagged',
  'comment.rejected',
  'comment.approved',
  'author.banned',
  'author.unbanned',
  'comment.reported',
  'comment.appealed',
  'author.erased',
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES).openapi('EventType');
export type EventType = z.infer<typeof EventTypeSchema>;

export const CommentEventDataSchema = z
  .object({
    commentId: z.uuid(),
    siteId: z.string(),
    articleId: z.string(),
    articleUrl: z.string().nullable(),
    articleTitle: z.string().nullable(),
    authorName: z.string(),
    bodyExcerpt: z.string(),
    status: CommentStatusSchema,
    decidedBy: z.enum(['rules', 'moderator']),
    moderator: z.string().nullable(),
    reasons: z.array(ReasonSchema),
    moderationUrl: z.string(),
  })
  .openapi('CommentEventData');
export type CommentEventData = z.infer<typeof CommentEventDataSchema>;

export const AuthorBannedDataSchema = z
  .object({
    siteId: z.string(),
    authorKey: z.string(),
    authorName: z.string().nullable(),
    until: z.string().nullable(),
    reason: z.string().nullable(),
    moderator: z.string().nullable(),
  })
  .openapi('AuthorBannedData');
export type AuthorBannedData = z.infer<typeof AuthorBannedDataSchema>;

/** A lifted ban (`author.unbanned`): who may post again, and the moderator who lifted it. */
export const AuthorUnbannedDataSchema = z
  .object({
    siteId: z.string(),
    authorKey: z.string(),
    authorName: z.string().nullable(),
    moderator: z.string().nullable(),
  })
  .openapi('AuthorUnbannedData');
export type AuthorUnbannedData = z.infer<typeof AuthorUnbannedDataSchema>;

/** `comment.reported`: readers' reports reached the site's threshold and the comment went back to the queue. */
export const CommentReportedDataSchema = CommentEventDataSchema.extend({ reports: ReportSummarySchema }).openapi(
  'CommentReportedData',
);
export type CommentReportedData = z.infer<typeof CommentReportedDataSchema>;

/** The body of a webhook delivery: `{ type, timestamp, data }` (Standard Webhooks' recommended shape). */
export interface WebhookEvent<T = CommentEventData | AuthorBannedData | AuthorUnbannedData> {
  type: EventType;
  timestamp: string;
  data: T;
}

export const EXCERPT_CHARS = 280;

/** Cuts a body to an excerpt without splitting a surrogate pair. */
export function excerpt(body: string, max = EXCERPT_CHARS): string {
  if (body.length <= max) return body;
  const chars = Array.from(body);
  let out = '';
  for (const ch of chars) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Sent by `POST /v1/admin/webhooks/:id/test`: never subscribed to, delivered to that one endpoint only. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** The data of a test event. */
export interface TestEventData {
  endpointId: string;
  siteId: string;
  message: string;
}
