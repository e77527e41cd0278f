import { ArticleStateSchema } from '@cm/contracts';
import { setArticleState } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';
import { articleGate } from '../../sites/article-gate.js';
import { articleStateView } from '../../views/moderation.js';
import { ARTICLE_PATH, ArticleParams } from './article-site.js';
import { authorizeAuthorSite } from './author-site.js';

const BodySchema = z
  .object({
    closed: z.boolean().optional().openapi({ description: 'Refuse new comments (403 `ARTICLE_CLOSED`).' }),
    premoderated: z.boolean().optional().openapi({ description: 'Hold every new comment for a moderator.' }),
  })
  .openapi('ArticleUpdate');

const route = createRoute({
  method: 'patch',
  path: ARTICLE_PATH,
  operationId: 'updateArticle',
  tags: ['Articles'],
  summary: 'Close or pre-moderate an article',
  description:
    'Closing refuses new comments with 403 `ARTICLE_CLOSED` (the widget shows "Comments are closed" and still ' +
    'lists the published ones); pre-moderating flags every new comment with the reason `article.premoderated`. ' +
    'Audited (`article.update`).',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))] as const,
  request: {
    params: ArticleParams,
    body: { required: true, content: { 'application/json': { schema: BodySchema } } },
  },
  responses: {
    200: {
      description: 'The article after the change',
      content: { 'application/json': { schema: ArticleStateSchema } },
    },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerUpdateArticle(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, articleId } = c.req.valid('param');
    const body = c.req.valid('json');
    const principal = await authorizeAuthorSite(c, siteId);
    const state = await setArticleState(c.var.deps.db, {
      siteId,
      articleId,
      closed: body.closed,
      premoderated: body.premoderated,
      actor: actorOf(principal),
      requestId: c.var.requestId,
    });
    articleGate(c.var.deps.db).forget(siteId, articleId);
    return c.json(articleStateView(state), 200);
  });
}
