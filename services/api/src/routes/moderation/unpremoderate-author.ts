import { setPremoderation } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { AUTHOR_BASE, authorizeAuthorSite, authorStateResponses } from './author-site.js';
import { AuthorParams } from './schemas.js';

const route = createRoute({
  method: 'delete',
  path: `${AUTHOR_BASE}/premoderation`,
  operationId: 'unpremoderateAuthor',
  tags: ['Authors'],
  summary: "Stop holding an author's comments",
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: { params: AuthorParams },
  responses: authorStateResponses,
});

export function registerUnpremoderateAuthor(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    const principal = await authorizeAuthorSite(c, siteId);
    const state = await c.var.deps.db.transaction().execute((trx) =>
      setPremoderation(trx, {
        siteId,
        authorKey,
        actor: actorOf(principal),
        requestId: c.var.requestId,
        premoderated: false,
      }),
    );
    return c.json(state, 200);
  });
}
