import { ReportSummarySchema } from '@cm/contracts';
import { z } from '@hono/zod-openapi';

export { ReportSummarySchema };

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

export const AuthorNoteSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    author: z.object({ id: z.string(), name: z.string() }).openapi({ description: 'The moderator who wrote it.' }),
    createdAt: z.string(),
  })
  .openapi('AuthorNote');

export const ArticleStateSchema = z
  .object({
    siteId: z.string(),
    articleId: z.string(),
    closed: z.boolean(),
    premoderated: z.boolean(),
    createdAt: z.string().nullable(),
  })
  .openapi('ArticleState');

export const ReportStatsSchema = z
  .object({ upheld: z.number().int(), dismissed: z.number().int(), open: z.number().int() })
  .openapi('ReportStats');
