import { listWebhookEndpoints } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { WebhookEndpointSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks',
  operationId: 'listWebhookEndpoints',
  tags: ['Webhooks'],
  summary: 'List webhook endpoints',
  description: 'Every endpoint (of one site with `siteId`), oldest first, disabled ones included. Never the secrets.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { query: z.object({ siteId: z.string().min(1).max(64).optional() }) },
  responses: {
    200: {
      description: 'The endpoints',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(WebhookEndpointSchema) }).openapi('WebhookEndpointList'),
        },
      },
    },
    ...problemResponses(401, 403, 422, 503),
  },
});

export function registerListWebhookEndpoints(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    await requirePrincipal(c, { role: 'admin' });
    const { siteId } = c.req.valid('query');
    const items = await listWebhookEndpoints(c.var.deps.db, siteId);
    return c.json({ items }, 200);
  });
}
