import { z } from '@hono/zod-openapi';

/** Ids and keys that travel in paths: the same alphabet the ingest contract allows. */
export const SiteIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:\-/]*$/);
export const AuthorKeySchema = z.string().min(1).max(200);

export const DecisionBodySchema = z
  .object({
    reason: z.string().trim().min(1).max(200).optional().openapi({ example: 'off-topic' }),
    note: z.string().max(2000).optional().openapi({ example: 'Second warning this week.' }),
  })
  .openapi('DecisionBody');

/** `/v1/moderation/sites/{siteId}/authors/{authorKey}`: an author is known per site. */
export const AuthorParams = z.object({
  siteId: SiteIdSchema.openapi({ param: { name: 'siteId', in: 'path' }, example: 'demo' }),
  authorKey: AuthorKeySchema.openapi({
    param: { name: 'authorKey', in: 'path' },
    description: 'URL-encode it: anonymous keys look like `anon:3f2a…`.',
    example: 'reader-42',
  }),
});

export const BanBodySchema = z
  .object({
    until: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Omit for a ban without end.' }),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .openapi('Ban');
