import { DecidedStatusSchema, RejectAuthorResultSchema } from '@cm/contracts';
import { authorCommentIds, banAuthor, decideCommentsIn } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { authorizeAuthorSite } from './author-site.js';
import { bulkResult } from './bulk-decide.js';
import { AuthorParams, BanBodySchema, DecisionBodySchema } from './schemas.js';

const BodySchema = DecisionBodySchema.extend({
  statuses: z
    .array(DecidedStatusSchema.exclude(['rejected']))
    .min(1)
    .default(['flagged', 'approved'])
    .openapi({ description: 'Which of their comments to reject: held ones, published ones, or both (default).' }),
  ban: BanBodySchema.optional().openapi({ description: 'Also ban the author, in the same transaction.' }),
}).openapi('RejectAuthor');

const route = createRoute({
  method: 'post',
  path: '/v1/moderation/sites/{siteId}/authors/{authorKey}/reject-all',
  operationId: 'rejectAllByAuthor',
  tags: ['Authors'],
  summary: 'Reject everything by an author on a site (and ban them)',
  description:
    'Cleans up after one bad actor in one request: rejects every flagged and approved comment of the author on ' +
    'the site, each with its own decision, audit row and event, and optionally bans them, all in one transaction.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))],
  request: {
    params: AuthorParams,
    body: { required: false, content: { 'application/json': { schema: BodySchema } } },
  },
  responses: {
    200: {
      description: 'What was rejected, and the ban',
      content: {
        'application/json': {
          schema: RejectAuthorResultSchema,
        },
      },
    },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerRejectAuthor(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    const body = BodySchema.parse(c.req.valid('json'));
    const principal = await authorizeAuthorSite(c, siteId);
    const until = body.ban?.until === undefined ? null : new Date(body.ban.until);
    if (until && until <= new Date()) {
      throw new ProblemError('VALIDATION_FAILED', 'ban.until: must be in the future', {
        errors: [{ path: 'ban.until', message: 'must be in the future' }],
      });
    }
    const { deps, requestId } = c.var;
    const actor = actorOf(principal);
    const { outcomes, ban } = await deps.db.transaction().execute(async (trx) => {
      const ban = body.ban
        ? await banAuthor(trx, { siteId, authorKey, actor, requestId, until, reason: body.ban.reason ?? null })
        : null;
      const ids = await authorCommentIds(trx, siteId, authorKey, body.statuses);
      const outcomes = await decideCommentsIn(trx, {
        ids,
        status: 'rejected',
        actor,
        reason: body.reason ?? (body.ban ? 'author banned' : null),
        note: body.note,
        siteIds: [siteId],
        requestId,
        publicUrl: deps.config.http.publicUrl,
      });
      return { outcomes, ban };
    });
    return c.json({ ...bulkResult(outcomes), ban }, 200);
  });
}
