import { FeaturedSchema } from '@cm/contracts';
import { setFeatured } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, commentSite, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { CommentIdParams } from './get-comment-detail.js';
import { siteScope } from './support.js';

function routeFor(method: 'post' | 'delete') {
  const on = method === 'post';
  return createRoute({
    method,
    path: '/v1/moderation/comments/{id}/feature',
    operationId: on ? 'featureComment' : 'unfeatureComment',
    tags: ['Moderation'],
    summary: on ? "Feature a published comment (editors' pick)" : 'Stop featuring a comment',
    description: on
      ? 'The public list marks it `featured: true` and lists it under `featured` on its first page. Approved ' +
        'comments only (409 `COMMENT_NOT_PUBLISHED` otherwise). Audited.'
      : 'Audited. Taking off a feature that is not there changes nothing.',
    security: [{ bearerAuth: [] }],
    middleware: [authenticate(), authorizeSite(commentSite)] as const,
    request: { params: CommentIdParams },
    responses: {
      200: { description: 'Whether it is featured now', content: { 'application/json': { schema: FeaturedSchema } } },
      ...problemResponses(401, 403, 404, 409, 422, 503),
    },
  });
}

/** `POST|DELETE /v1/moderation/comments/{id}/feature`: one file, the two directions of one switch. */
export function registerFeatureComment(app: OpenAPIHono<AppEnv>): void {
  for (const method of ['post', 'delete'] as const) {
    app.openapi(routeFor(method), async (c) => {
      const principal = await requirePrincipal(c);
      const { id } = c.req.valid('param');
      const outcome = await setFeatured(c.var.deps.db, {
        id,
        featured: method === 'post',
        siteIds: siteScope(principal),
        actor: actorOf(principal),
        requestId: c.var.requestId,
      });
      if (outcome.outcome === 'not_found') throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
      if (outcome.outcome === 'forbidden') throw new ProblemError('FORBIDDEN', 'This token may not act on this site.');
      if (outcome.outcome === 'not_approved') {
        throw new ProblemError(
          'COMMENT_NOT_PUBLISHED',
          `The comment is ${outcome.status}; only approved ones can be featured.`,
        );
      }
      return c.json({ id: outcome.id, featured: outcome.featured }, 200);
    });
  }
}
