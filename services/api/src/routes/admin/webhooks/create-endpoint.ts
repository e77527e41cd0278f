import { appendAudit, createWebhookEndpoint, getSite } from '@cm/db';
import { generateSecret } from '@cm/webhooks';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { uuidv7 } from 'uuidv7';
import { actorOf, authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';
import { EndpointWithSecretSchema, WebhookEventTypeSchema } from './schemas.js';
import { assertUrlAllowed, secretBox } from './support.js';

const WebhookEndpointInputSchema = z.object({
  siteId: z.string().min(1).max(64).openapi({ example: 'demo' }),
  url: z.url().max(2048).openapi({ example: 'https://newsroom.example/hooks/comments' }),
  events: z
    .array(WebhookEventTypeSchema)
    .min(1)
    .max(20)
    .openapi({ example: ['comment.flagged', 'comment.rejected'] }),
  description: z.string().trim().max(500).optional().openapi({ example: 'Night desk Slack relay' }),
});

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks',
  operationId: 'createWebhookEndpoint',
  tags: ['Webhooks'],
  summary: 'Register a webhook endpoint',
  description:
    "Registers an endpoint for a site's events. The answer carries the `whsec_` signing secret, once: verify " +
    'deliveries with any Standard Webhooks library. URLs that resolve to private, loopback, link-local or ' +
    'metadata addresses are refused (422 `WEBHOOK_URL_REFUSED`).',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: WebhookEndpointInputSchema.openapi('CreateWebhookEndpoint') } },
    },
  },
  responses: {
    201: {
      description: 'The endpoint and its secret',
      content: { 'application/json': { schema: EndpointWithSecretSchema } },
    },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerCreateWebhookEndpoint(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const body = c.req.valid('json');
    const { deps } = c.var;
    if (!(await getSite(deps.db, body.siteId))) {
      throw new ProblemError('SITE_NOT_FOUND', `No site "${body.siteId}".`);
    }
    await assertUrlAllowed(deps, body.url);
    const id = uuidv7();
    const secret = generateSecret();
    const endpoint = await deps.db.transaction().execute(async (trx) => {
      const created = await createWebhookEndpoint(trx, {
        id,
        siteId: body.siteId,
        url: body.url,
        description: body.description ?? null,
        events: [...new Set(body.events)],
        sealedSecret: secretBox(deps).seal(id, secret),
      });
      // The audit row shows the endpoint, never its secret.
      await appendAudit(trx, {
        actor: actorOf(principal),
        action: 'webhook.create',
        targetType: 'webhook_endpoint',
        targetId: id,
        siteId: body.siteId,
        before: null,
        after: created,
        requestId: c.var.requestId,
      });
      return created;
    });
    return c.json({ ...endpoint, secret }, 201, { 'Cache-Control': 'no-store' });
  });
}
