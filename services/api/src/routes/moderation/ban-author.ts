import { banAuthor } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../errors.js';
import { AUTHOR_BASE, authorizeAuthorSite, authorStateResponses } from './author-site.js';
import { AuthorParams, BanBodySchema } from './schemas.js';

const route = createRoute({
  method: 'put',
  path: `${AUTHOR_BASE}/ban`,
  operationId: 'banAuthor',
  tags: ['Authors'],
  summary: 'Ban an author on a site',
  description:
    "The author's next comments on this site are rejected with a reason that says they are banned, until " +
    '`until` (or for good). Emits `author.banned`. Their existing comments are left as they are: see `reject-all`.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: {
    params: AuthorParams,
    body: { required: false, content: { 'application/json': { schema: BanBodySchema } } },
  },
  responses: authorStateResponses,
});

export function registerBanAuthor(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    const body = c.req.valid('json');
    const principal = await authorizeAuthorSite(c, siteId);
    const until = body.until === undefined ? null : new Date(body.until);
    if (until && until <= new Date()) {
      throw new ProblemError('VALIDATION_FAILED', 'until: must be in the future', {
        errors: [{ path: 'until', message: 'must be in the future' }],
      });
    }
    const state = await c.var.deps.db.transaction().execute((trx) =>
      banAuthor(trx, {
        siteId,
        authorKey,
        actor: actorOf(principal),
        requestId: c.var.requestId,
        until,
        reason: body.reason ?? null,
      }),
    );
    return c.json(state, 200);
  });
}
