import { appendAudit, updateWebhookEndpoint } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';
import { EndpointIdParams, WebhookEndpointSchema, WebhookEventTypeSchema } from './schemas.js';
import { assertUrlAllowed, loadEndpoint } from './support.js';

const UpdateSchema = z
  .object({
    url: z.url().max(2048).optional(),
    events: z.array(WebhookEventTypeSchema).min(1).max(20).optional(),
    description: z.string().trim().max(500).nullable().optional(),
  })
  .openapi('UpdateWebhookEndpoint');

const route = createRoute({
  method: 'patch',
  path: '/v1/admin/webhooks/{id}',
  operationId: 'updateWebhookEndpoint',
  tags: ['Webhooks'],
  summary: 'Update a webhook endpoint',
  description: 'Changes the URL (checked again like at registration), the events or the description.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: EndpointIdParams,
    body: { required: true, content: { 'application/json': { schema: UpdateSchema } } },
  },
  responses: {
    200: { description: 'The endpoint', content: { 'application/json': { schema: WebhookEndpointSchema } } },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerUpdateWebhookEndpoint(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const { deps } = c.var;
    if (patch.url !== undefined) await assertUrlAllowed(deps, patch.url);
    const after = await deps.db.transaction().execute(async (trx) => {
      const before = await loadEndpoint(trx, id, { forUpdate: true });
      const updated = await updateWebhookEndpoint(trx, id, {
        ...patch,
        ...(patch.events ? { events: [...new Set(patch.events)] } : {}),
      });
      if (!updated) throw new ProblemError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id}.`);
      await appendAudit(trx, {
        actor: actorOf(principal),
        action: 'webhook.update',
        targetType: 'webhook_endpoint',
        targetId: id,
        siteId: updated.siteId,
        before,
        after: updated,
        requestId: c.var.requestId,
      });
      return updated;
    });
    return c.json(after, 200);
  });
}
