import { z } from '@hono/zod-openapi';

/** A comment as readers see it (`GET /v1/articles/{articleId}/comments`): approved, never an e-mail. */
export const PublicCommentSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    author: z.object({ name: z.string() }),
    body: z.string().openapi({ description: 'Plain text. Render it as text, never as HTML.' }),
    createdAt: z.string().openapi({ example: '2026-11-25T14:03:12.345Z' }),
    featured: z.boolean().openapi({ description: "An editors' pick: the widget shows it first, under Featured." }),
  })
  .openapi('PublicComment');
export type PublicComment = z.infer<typeof PublicCommentSchema>;

export const CommentOrderSchema = z.enum(['newest', 'oldest']);
export type CommentOrder = z.infer<typeof CommentOrderSchema>;

/** One page of an article's approved comments. */
export const PublicCommentPageSchema = z
  .object({
    siteId: z.string(),
    articleId: z.string(),
    order: CommentOrderSchema,
    total: z.number().int().nonnegative().openapi({ description: 'Approved comments of the article.' }),
    comments: z.array(PublicCommentSchema),
    featured: z
      .array(PublicCommentSchema)
      .openapi({ description: 'The featured comments, most recently featured first; on the first page only.' }),
    closed: z.boolean().openapi({ description: 'The article takes no new comments.' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  })
  .openapi('PublicCommentPage');
export type PublicCommentPage = z.infer<typeof PublicCommentPageSchema>;
