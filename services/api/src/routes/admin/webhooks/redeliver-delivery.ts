import { getWebhookDelivery } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';
import { scheduleRedelivery } from './schedule-redelivery.js';
import { EndpointIdParams, ScheduledDeliverySchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  operationId: 'redeliverWebhookDelivery',
  tags: ['Webhooks'],
  summary: 'Send the event of a logged delivery again',
  description: 'Queues the event of that attempt again, with the same `webhook-id` and a fresh retry schedule.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: EndpointIdParams.extend({ deliveryId: z.uuid().openapi({ param: { name: 'deliveryId', in: 'path' } }) }),
  },
  responses: {
    202: { description: 'Queued', content: { 'application/json': { schema: ScheduledDeliverySchema } } },
    ...problemResponses(401, 403, 404, 409, 422, 503),
  },
});

export function registerRedeliverWebhookDelivery(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id, deliveryId } = c.req.valid('param');
    const delivery = await getWebhookDelivery(c.var.deps.db, id, deliveryId);
    if (!delivery) throw new ProblemError('WEBHOOK_DELIVERY_NOT_FOUND', `No delivery ${deliveryId} of endpoint ${id}.`);
    return c.json(await scheduleRedelivery(c, principal, id, delivery.eventId), 202);
  });
}
