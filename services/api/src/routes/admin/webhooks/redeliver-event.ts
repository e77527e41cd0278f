import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { scheduleRedelivery } from './schedule-redelivery.js';
import { EndpointIdParams, ScheduledDeliverySchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks/{id}/events/{eventId}/redeliver',
  operationId: 'redeliverWebhookEvent',
  tags: ['Webhooks'],
  summary: 'Send an event again',
  description:
    "Queues one of the site's events (by its `webhook-id`) for this endpoint again, for instance one missed " +
    'while the endpoint was disabled.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: EndpointIdParams.extend({ eventId: z.uuid().openapi({ param: { name: 'eventId', in: 'path' } }) }),
  },
  responses: {
    202: { description: 'Queued', content: { 'application/json': { schema: ScheduledDeliverySchema } } },
    ...problemResponses(401, 403, 404, 409, 422, 503),
  },
});

export function registerRedeliverWebhookEvent(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id, eventId } = c.req.valid('param');
    return c.json(await scheduleRedelivery(c, principal, id, eventId), 202);
  });
}
