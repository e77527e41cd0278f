import { setPremoderation } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { AUTHOR_BASE, authorizeAuthorSite, authorStateResponses } from './author-site.js';
import { AuthorParams } from './schemas.js';

const VERBS = {
  put: {
    premoderated: true,
    operationId: 'premoderateAuthor',
    summary: 'Hold every new comment of an author for a moderator (always-flag)',
  },
  delete: { premoderated: false, operationId: 'unpremoderateAuthor', summary: "Stop holding an author's comments" },
} as const;

type Verb = keyof typeof VERBS;

function routeFor(method: Verb) {
  const v = VERBS[method];
  return createRoute({
    method,
    path: `${AUTHOR_BASE}/premoderation`,
    operationId: v.operationId,
    tags: ['Authors'],
    summary: v.summary,
    security: [{ bearerAuth: [] }],
    middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
    request: { params: AuthorParams },
    responses: authorStateResponses,
  });
}

/** `PUT|DELETE /v1/moderation/sites/{siteId}/authors/{authorKey}/premoderation`: one file, both verbs. */
export function registerPremoderateAuthor(app: OpenAPIHono<AppEnv>): void {
  for (const method of Object.keys(VERBS) as Verb[]) {
    app.openapi(routeFor(method), async (c) => {
      const { siteId, authorKey } = c.req.valid('param');
      const principal = await authorizeAuthorSite(c, siteId);
      const state = await c.var.deps.db.transaction().execute((trx) =>
        setPremoderation(trx, {
          siteId,
          authorKey,
          actor: actorOf(principal),
          requestId: c.var.requestId,
          premoderated: VERBS[method].premoderated,
        }),
      );
      return c.json(state, 200);
    });
  }
}
