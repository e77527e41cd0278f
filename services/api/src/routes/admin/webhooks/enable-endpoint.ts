import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { EndpointIdParams, WebhookEndpointSchema } from './schemas.js';
import { setEndpointState } from './set-endpoint-state.js';

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks/{id}/enable',
  operationId: 'enableWebhookEndpoint',
  tags: ['Webhooks'],
  summary: 'Enable a webhook endpoint',
  description:
    'Deliveries resume with the next event and the failure streak is forgotten. Events missed while it was ' +
    'disabled can be sent again with the redeliver route.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { params: EndpointIdParams },
  responses: {
    200: { description: 'The endpoint', content: { 'application/json': { schema: WebhookEndpointSchema } } },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerEnableWebhookEndpoint(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    return c.json(await setEndpointState(c, principal, id, null), 200);
  });
}
