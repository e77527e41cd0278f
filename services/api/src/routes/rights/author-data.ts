import { z } from '@hono/zod-openapi';
import { AuthorKeySchema, SiteIdSchema } from '../moderation/schemas.js';

/** `/v1/admin/sites/{siteId}/authors/{authorKey}`: an author's data is kept per site. */
export const AuthorDataParams = z.object({
  siteId: SiteIdSchema.openapi({ param: { name: 'siteId', in: 'path' }, example: 'demo' }),
  authorKey: AuthorKeySchema.openapi({
    param: { name: 'authorKey', in: 'path' },
    description: 'URL-encode it: anonymous keys look like `anon:3f2a…`.',
    example: 'reader-42',
  }),
});
