import { z } from '@hono/zod-openapi';

export const TokenInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'moderator']),
    siteIds: z.array(z.string()),
    bootstrap: z.boolean(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('TokenInfo');

export const TokenIdParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
