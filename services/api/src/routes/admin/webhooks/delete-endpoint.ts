import { appendAudit, deleteWebhookEndpoint } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { EndpointIdParams } from './schemas.js';
import { loadEndpoint } from './support.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/admin/webhooks/{id}',
  operationId: 'deleteWebhookEndpoint',
  tags: ['Webhooks'],
  summary: 'Delete a webhook endpoint',
  description: 'Deletes the endpoint and its delivery log. Deliveries still queued are dropped.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { params: EndpointIdParams },
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerDeleteWebhookEndpoint(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    await c.var.deps.db.transaction().execute(async (trx) => {
      const before = await loadEndpoint(trx, id, { forUpdate: true });
      await deleteWebhookEndpoint(trx, id);
      await appendAudit(trx, {
        actor: actorOf(principal),
        action: 'webhook.delete',
        targetType: 'webhook_endpoint',
        targetId: id,
        siteId: before.siteId,
        before,
        after: null,
        requestId: c.var.requestId,
      });
    });
    return c.body(null, 204);
  });
}
