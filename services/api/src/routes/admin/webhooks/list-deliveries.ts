import { listWebhookDeliveries } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { EndpointIdParams, WebhookDeliverySchema } from './schemas.js';
import { loadEndpoint } from './support.js';

const route = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks/{id}/deliveries',
  operationId: 'listWebhookDeliveries',
  tags: ['Webhooks'],
  summary: 'The delivery log of an endpoint',
  description:
    'Every attempt, newest first: when, the status code, the latency, the error and the start of the response. ' +
    'Filter by `eventId` or `outcome`; page with `cursor` (the `nextCursor` of the previous page).',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: EndpointIdParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(50),
      cursor: z.uuid().optional(),
      eventId: z.uuid().optional(),
      outcome: z.enum(['succeeded', 'failed', 'gone', 'refused', 'skipped']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The attempts',
      content: {
        'application/json': {
          schema: z
            .object({ items: z.array(WebhookDeliverySchema), nextCursor: z.string().nullable() })
            .openapi('WebhookDeliveryList'),
        },
      },
    },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerListWebhookDeliveries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const { db } = c.var.deps;
    await loadEndpoint(db, id);
    const page = await listWebhookDeliveries(db, id, {
      limit: q.limit,
      ...(q.cursor ? { before: q.cursor } : {}),
      ...(q.eventId ? { eventId: q.eventId } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
    });
    return c.json(page, 200);
  });
}
