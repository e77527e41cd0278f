import { z } from '@hono/zod-openapi';
import { CommentStatusSchema, ReasonSchema } from './reason.js';

export const MAX_BODY_CHARS = 10_000;
export const MAX_NAME_CHARS = 100;

/** Ids that may appear in URLs and Redis keys: no spaces, no control characters. */
const slug = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:\-/]*$/, 'letters, digits and . _ : - / only');

/** Text a database can store and a browser can show: no NUL, no lone surrogates. */
export const safeText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), { message: 'must not contain NUL characters' })
    .refine((s) => s.isWellFormed(), { message: 'must be well-formed Unicode (no lone surrogates)' });

export const AuthorInputSchema = z
  .object({
    id: slug(200).optional().openapi({ description: 'Your stable id for the reader, if the site has accounts.' }),
    name: safeText(MAX_NAME_CHARS).pipe(z.string().trim().min(1)),
    email: z.email().max(254).optional(),
  })
  .openapi('AuthorInput');

export const CommentInputSchema = z
  .object({
    siteId: slug(64).optional().openapi({ description: 'Defaults to `demo`.', example: 'demo' }),
    articleId: slug(200).openapi({ example: 'oped-istanbul-talks' }),
    articleUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    articleTitle: safeText(300).optional(),
    author: AuthorInputSchema,
    body: safeText(MAX_BODY_CHARS)
      .pipe(z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' }))
      .openapi({ example: 'Thoughtful piece. The border question deserves more attention.' }),
    parentId: z.uuid().optional(),
    /** Widget anti-bot fields: a honeypot that people never fill in, and when the form was shown. */
    website: z.string().max(200).optional().openapi({ description: 'Honeypot: leave empty.' }),
    formShownAt: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: 'ms since epoch when the form was rendered.' }),
  })
  .openapi('CommentInput');
export type CommentInput = z.infer<typeof CommentInputSchema>;

export const CommentAcceptedSchema = z
  .object({
    id: z.uuid(),
    status: z.literal('pending'),
    receipt: z.string().openapi({
      description:
        'A secret only the author holds: send it as `Comment-Receipt` to read why the comment is not published ' +
        'and to appeal. Shown once; the service keeps only its hash.',
    }),
  })
  .openapi('CommentAccepted');

export const CommentStatusViewSchema = z
  .object({ id: z.uuid(), status: CommentStatusSchema })
  .openapi('CommentStatusView');

export const CommentRecordSchema = z
  .object({
    id: z.uuid(),
    siteId: z.string(),
    articleId: z.string(),
    article: z.object({ id: z.string(), url: z.string().nullable(), title: z.string().nullable() }),
    parentId: z.string().nullable(),
    author: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
    body: z.string(),
    status: CommentStatusSchema,
    reasons: z.array(ReasonSchema),
    receivedAt: z.string(),
    decidedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('CommentRecord');
export type CommentRecord = z.infer<typeof CommentRecordSchema>;
