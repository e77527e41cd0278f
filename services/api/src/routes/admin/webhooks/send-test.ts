import { appendAudit, insertWebhookTestEvent } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';
import { EndpointIdParams, ScheduledDeliverySchema } from './schemas.js';
import { loadEndpoint } from './support.js';

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks/{id}/test',
  operationId: 'sendWebhookTestEvent',
  tags: ['Webhooks'],
  summary: 'Send a test event',
  description:
    'Queues a signed `webhook.test` event for this endpoint only, through the outbox like every event. Its ' +
    'attempts appear in the delivery log (trigger `test`).',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { params: EndpointIdParams },
  responses: {
    202: { description: 'Queued', content: { 'application/json': { schema: ScheduledDeliverySchema } } },
    ...problemResponses(401, 403, 404, 409, 422, 503),
  },
});

export function registerSendWebhookTestEvent(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    const eventId = await c.var.deps.db.transaction().execute(async (trx) => {
      const endpoint = await loadEndpoint(trx, id);
      if (!endpoint.enabled) {
        throw new ProblemError(
          'WEBHOOK_DISABLED',
          `Enable the endpoint first (${endpoint.disabledReason ?? 'disabled'}).`,
        );
      }
      const created = await insertWebhookTestEvent(trx, endpoint);
      await appendAudit(trx, {
        actor: actorOf(principal),
        action: 'webhook.test',
        targetType: 'webhook_endpoint',
        targetId: id,
        siteId: endpoint.siteId,
        before: null,
        after: { eventId: created },
        requestId: c.var.requestId,
      });
      return created;
    });
    return c.json({ eventId, endpointId: id }, 202);
  });
}
