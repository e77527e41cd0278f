import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { problemResponses } from '../../../errors.js';
import { EndpointIdParams, WebhookEndpointSchema } from './schemas.js';
import { setEndpointState } from './set-endpoint-state.js';

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks/{id}/disable',
  operationId: 'disableWebhookEndpoint',
  tags: ['Webhooks'],
  summary: 'Disable a webhook endpoint',
  description: 'No more deliveries until it is enabled again; deliveries already queued are logged as skipped.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: EndpointIdParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z.object({ reason: z.string().trim().min(1).max(500).optional() }).openapi('DisableWebhookEndpoint'),
        },
      },
    },
  },
  responses: {
    200: { description: 'The endpoint', content: { 'application/json': { schema: WebhookEndpointSchema } } },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerDisableWebhookEndpoint(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    const reason = c.req.valid('json')?.reason ?? `disabled by ${principal.name}`;
    return c.json(await setEndpointState(c, principal, id, reason), 200);
  });
}
