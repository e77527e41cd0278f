import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { EndpointIdParams, WebhookEndpointSchema } from './schemas.js';
import { loadEndpoint } from './support.js';

const route = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks/{id}',
  operationId: 'getWebhookEndpoint',
  tags: ['Webhooks'],
  summary: 'Read a webhook endpoint',
  description: 'The endpoint, its state and why it was disabled, if it was. Never its secret.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { params: EndpointIdParams },
  responses: {
    200: { description: 'The endpoint', content: { 'application/json': { schema: WebhookEndpointSchema } } },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerGetWebhookEndpoint(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    return c.json(await loadEndpoint(c.var.deps.db, id), 200);
  });
}
