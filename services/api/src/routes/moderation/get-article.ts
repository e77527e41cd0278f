import { ArticleStateSchema } from '@cm/contracts';
import { getArticleState } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';
import { articleStateView } from '../../views/moderation.js';
import { ARTICLE_PATH, ArticleParams } from './article-site.js';
import { authorizeAuthorSite } from './author-site.js';

const route = createRoute({
  method: 'get',
  path: ARTICLE_PATH,
  operationId: 'getArticle',
  tags: ['Articles'],
  summary: 'Whether an article is closed or pre-moderated',
  description: 'An article nobody commented on yet reads as open and not pre-moderated.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))] as const,
  request: { params: ArticleParams },
  responses: {
    200: { description: 'The article', content: { 'application/json': { schema: ArticleStateSchema } } },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerGetArticle(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, articleId } = c.req.valid('param');
    await authorizeAuthorSite(c, siteId);
    return c.json(articleStateView(await getArticleState(c.var.deps.db, siteId, articleId)), 200);
  });
}
