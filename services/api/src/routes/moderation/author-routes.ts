import { banAuthor, getAuthorRecord, getSite, setPremoderation, unbanAuthor } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { actorOf, authenticate, authorizeSite, requirePrincipal, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { AuthorParams, AuthorRecordSchema, AuthorStateSchema, BanBodySchema } from './schemas.js';

const BASE = '/v1/moderation/sites/{siteId}/authors/{authorKey}';
const security = [{ bearerAuth: [] }];

const getAuthor = createRoute({
  method: 'get',
  path: BASE,
  operationId: 'getAuthor',
  tags: ['Authors'],
  summary: "An author's record on a site",
  description: 'Counts of approved, flagged and rejected comments, the ban and pre-moderation state, recent comments.',
  security,
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: { params: AuthorParams },
  responses: {
    200: { description: 'The record', content: { 'application/json': { schema: AuthorRecordSchema } } },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

const stateResponses = {
  200: {
    description: 'The author state after the change',
    content: { 'application/json': { schema: AuthorStateSchema } },
  },
  ...problemResponses(401, 403, 404, 415, 422, 503),
};

const putBan = createRoute({
  method: 'put',
  path: `${BASE}/ban`,
  operationId: 'banAuthor',
  tags: ['Authors'],
  summary: 'Ban an author on a site',
  description:
    "The author's next comments on this site are rejected with a reason that says they are banned, until " +
    '`until` (or for good). Emits `author.banned`. Their existing comments are left as they are: see `reject-all`.',
  security,
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: {
    params: AuthorParams,
    body: { required: false, content: { 'application/json': { schema: BanBodySchema } } },
  },
  responses: stateResponses,
});

const deleteBan = createRoute({
  method: 'delete',
  path: `${BASE}/ban`,
  operationId: 'unbanAuthor',
  tags: ['Authors'],
  summary: 'Lift a ban',
  description: 'Emits `author.unbanned` when there was a ban to lift (lifting none changes nothing and emits nothing).',
  security,
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: { params: AuthorParams },
  responses: stateResponses,
});

const putPremoderation = createRoute({
  method: 'put',
  path: `${BASE}/premoderation`,
  operationId: 'premoderateAuthor',
  tags: ['Authors'],
  summary: 'Hold every new comment of an author for a moderator (always-flag)',
  security,
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: { params: AuthorParams },
  responses: stateResponses,
});

const deletePremoderation = createRoute({
  method: 'delete',
  path: `${BASE}/premoderation`,
  operationId: 'unpremoderateAuthor',
  tags: ['Authors'],
  summary: "Stop holding an author's comments",
  security,
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: { params: AuthorParams },
  responses: stateResponses,
});

/** 401/403 for the token, 404 for a site that does not exist (its author_states rows would be orphans). */
export async function authorizeAuthorSite(c: Context<AppEnv>, siteId: string) {
  const principal = await requirePrincipal(c, { siteId });
  const site = await getSite(c.var.deps.db, siteId);
  if (!site) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
  return principal;
}

export function registerAuthorRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getAuthor, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    await authorizeAuthorSite(c, siteId);
    const record = await getAuthorRecord(c.var.deps.db, siteId, authorKey);
    if (!record) throw new ProblemError('AUTHOR_NOT_FOUND', `No author "${authorKey}" on site "${siteId}".`);
    return c.json(record, 200);
  });

  app.openapi(putBan, async (c) => {
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

  app.openapi(deleteBan, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    const principal = await authorizeAuthorSite(c, siteId);
    const state = await c.var.deps.db
      .transaction()
      .execute((trx) => unbanAuthor(trx, { siteId, authorKey, actor: actorOf(principal), requestId: c.var.requestId }));
    return c.json(state, 200);
  });

  for (const [route, premoderated] of [
    [putPremoderation, true],
    [deletePremoderation, false],
  ] as const) {
    app.openapi(route, async (c) => {
      const { siteId, authorKey } = c.req.valid('param');
      const principal = await authorizeAuthorSite(c, siteId);
      const state = await c.var.deps.db.transaction().execute((trx) =>
        setPremoderation(trx, {
          siteId,
          authorKey,
          actor: actorOf(principal),
          requestId: c.var.requestId,
          premoderated,
        }),
      );
      return c.json(state, 200);
    });
  }
}
