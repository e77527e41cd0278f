import { PublicCommentPageSchema } from '@cm/contracts';
import {
  countApprovedComments,
  listApprovedComments,
  listFeaturedComments,
  type PublicComment,
  type StreamCursor,
} from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { articleGate } from '../../sites/article-gate.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/**
 * Short enough that a newly approved comment shows within seconds, long enough that a CDN in front absorbs a
 * popular article's readers; stale-while-revalidate keeps pages fast while the edge refreshes.
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=5, s-maxage=10, stale-while-revalidate=30';

const PATH = '/v1/articles/{articleId}/comments';

const route = createRoute({
  method: 'get',
  path: PATH,
  operationId: 'listArticleComments',
  tags: ['Public'],
  summary: "An article's approved comments",
  description:
    'What readers see: approved comments only (never flagged, rejected or pending ones), without e-mail ' +
    'addresses, newest or oldest first, keyset-paged. Cacheable: `ETag` (send `If-None-Match` for a 304) and ' +
    '`Cache-Control: public`. Cross-origin calls are allowed from the origins the site lists.',
  request: {
    params: z.object({
      articleId: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'articleId', in: 'path' }, example: 'oped-istanbul-talks' }),
    }),
    query: z.object({
      siteId: z.string().min(1).max(64).default('demo').openapi({ example: 'demo' }),
      cursor: z.string().max(200).optional(),
      order: z.enum(['newest', 'oldest']).default('newest'),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'One page of approved comments',
      headers: z.object({ ETag: z.string(), 'Cache-Control': z.string() }),
      content: { 'application/json': { schema: PublicCommentPageSchema } },
    },
    304: { description: 'Not modified (the `If-None-Match` ETag still holds)' },
    ...problemResponses(403, 404, 422, 503),
  },
});

export function registerListArticleComments(app: OpenAPIHono<AppEnv>): void {
  // The CORS headers must survive a 304, or a browser revalidating cross-origin would reject it.
  app.use(
    '/v1/articles/:articleId/comments',
    etag({
      weak: true,
      retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'],
    }),
  );
  app.openapi(route, async (c) => {
    const { deps } = c.var;
    const { articleId } = c.req.valid('param');
    const { siteId, cursor, order, limit } = c.req.valid('query');
    if (!deps.sites.ready)
      throw new ProblemError('SERVICE_UNAVAILABLE', 'Starting up: the site list is not loaded yet.');
    if (!deps.sites.get(siteId)) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
    let after: StreamCursor | undefined;
    if (cursor !== undefined) {
      after = decodeCursor(cursor);
      if (!after) {
        throw new ProblemError('VALIDATION_FAILED', 'cursor: not a cursor this API issued.', {
          errors: [{ path: 'cursor', message: 'not a cursor this API issued' }],
        });
      }
    }
    const closeAfterDays = deps.sites.get(siteId)?.policy.articles?.closeAfterDays ?? null;
    const [rows, total, featured, closed] = await Promise.all([
      listApprovedComments(deps.db, { siteId, articleId, order, limit, after }),
      countApprovedComments(deps.db, siteId, articleId),
      after ? [] : listFeaturedComments(deps.db, siteId, articleId),
      articleGate(deps.db).isClosed(siteId, articleId, closeAfterDays),
    ]);
    const featuredIds = new Set(featured.map((f) => f.id));
    const view = (r: PublicComment) => ({
      id: r.id,
      parentId: r.parentId,
      author: { name: r.authorName },
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      featured: featuredIds.has(r.id),
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor({ receivedAt: last.createdAt, id: last.id }) : null;
    return c.json(
      {
        siteId,
        articleId,
        order,
        total,
        comments: page.map(view),
        featured: featured.map(view),
        closed,
        nextCursor,
      },
      200,
      { 'Cache-Control': PUBLIC_CACHE_CONTROL },
    );
  });
}
