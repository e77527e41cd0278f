import { z } from '@hono/zod-openapi';
import { SiteIdSchema } from './schemas.js';

/** `/v1/moderation/sites/{siteId}/articles/{articleId}`: an article is known per site. */
export const ArticleParams = z.object({
  siteId: SiteIdSchema.openapi({ param: { name: 'siteId', in: 'path' }, example: 'demo' }),
  articleId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'articleId', in: 'path' }, example: 'oped-istanbul-talks' }),
});

export const ARTICLE_PATH = '/v1/moderation/sites/{siteId}/articles/{articleId}';
