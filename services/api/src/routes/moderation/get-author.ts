import { AuthorRecordSchema } from '@cm/contracts';
import { getAuthorRecord, listAuthorNotes } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { authorRecordView } from '../../views/moderation.js';
import { AUTHOR_BASE, authorizeAuthorSite } from './author-site.js';
import { AuthorParams } from './schemas.js';

const route = createRoute({
  method: 'get',
  path: AUTHOR_BASE,
  operationId: 'getAuthor',
  tags: ['Authors'],
  summary: "An author's record on a site",
  description: 'Counts of approved, flagged and rejected comments, the ban and pre-moderation state, recent comments.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: { params: AuthorParams },
  responses: {
    200: { description: 'The record', content: { 'application/json': { schema: AuthorRecordSchema } } },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerGetAuthor(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    await authorizeAuthorSite(c, siteId);
    const record = await getAuthorRecord(c.var.deps.db, siteId, authorKey);
    if (!record) throw new ProblemError('AUTHOR_NOT_FOUND', `No author "${authorKey}" on site "${siteId}".`);
    const notes = await listAuthorNotes(c.var.deps.db, siteId, authorKey);
    return c.json(authorRecordView(record, notes), 200);
  });
}
