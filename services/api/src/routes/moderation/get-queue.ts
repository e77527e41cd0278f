import { DecidedStatusSchema, QueuePageSchema, ReasonCategorySchema } from '@cm/contracts';
import { countQueue, listAppealQueue, listQueue, type QueueFilter } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, authorizeSite, requirePrincipal, siteQuery } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';
import { appealItemView, queueItemView } from '../../views/queue-item.js';
import { SiteIdSchema } from './schemas.js';
import { decodeCursor, encodeCursor, siteScope } from './support.js';

const route = createRoute({
  method: 'get',
  path: '/v1/moderation/queue',
  operationId: 'getModerationQueue',
  tags: ['Moderation'],
  summary: 'The moderation queue',
  description:
    'Comments in one status (`flagged` by default), oldest first, with their reasons and evidence, keyset-paged: ' +
    'pass `nextCursor` back as `cursor` for the next page. Counts per status and per category come with every ' +
    'page: exact up to `counts.cap` (10,000), past it they read "10,000+" (`counts.capped`) and may lag a few ' +
    'seconds. A moderator sees the sites of their token; `siteId` narrows to one.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteQuery('siteId'))],
  request: {
    query: z.object({
      siteId: SiteIdSchema.optional(),
      status: DecidedStatusSchema.default('flagged'),
      category: ReasonCategorySchema.optional(),
      reported: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional()
        .openapi({ description: "Only comments with readers' open reports (the review page's Reported view)." }),
      articleId: z.string().min(1).max(200).optional(),
      authorKey: z.string().min(1).max(200).optional(),
      q: z.string().max(200).optional().openapi({ description: 'Text in the body or the author name.' }),
      order: z.enum(['oldest', 'newest']).default('oldest'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional(),
      appealed: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: 'The Appeals view: held comments whose author appealed, oldest appeal first.' }),
    }),
  },
  responses: {
    200: { description: 'A page of the queue', content: { 'application/json': { schema: QueuePageSchema } } },
    ...problemResponses(400, 401, 403, 422, 503),
  },
});

type Cursor = [string, string];
const isCursor = (v: unknown): v is Cursor =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  /^[0-9a-f-]{36}$/.test(v[1]);

export function registerGetQueue(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const principal = await requirePrincipal(c, query.siteId === undefined ? {} : { siteId: query.siteId });
    const scope = siteScope(principal);
    const filter: QueueFilter = {
      siteIds: query.siteId !== undefined ? [query.siteId] : scope,
      status: query.status,
      category: query.category,
      articleId: query.articleId,
      authorKey: query.authorKey,
      text: query.q,
      reported: query.reported,
    };
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isCursor);
    const { db } = c.var.deps;
    const pageOf = { limit: query.limit, after: after && { receivedAt: new Date(after[0]), id: after[1] } };
    const [page, counts] = await Promise.all([
      query.appealed === 'true'
        ? listAppealQueue(db, { siteIds: filter.siteIds }, pageOf).then((p) => ({
            items: p.rows.map(appealItemView),
            nextCursor: p.nextCursor,
          }))
        : listQueue(db, filter, { ...pageOf, order: query.order }).then((p) => ({
            items: p.rows.map(queueItemView),
            nextCursor: p.nextCursor,
          })),
      countQueue(db, filter),
    ]);
    return c.json(
      {
        items: page.items,
        nextCursor: page.nextCursor
          ? encodeCursor([page.nextCursor.receivedAt.toISOString(), page.nextCursor.id])
          : null,
        counts,
      },
      200,
    );
  });
}
