import { appendAudit, rotateWebhookSecret } from '@cm/db';
import { generateSecret } from '@cm/webhooks';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';
import { EndpointIdParams, EndpointWithSecretSchema } from './schemas.js';
import { loadEndpoint, secretBox } from './support.js';

const DAY = 86_400;

const route = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks/{id}/rotate-secret',
  operationId: 'rotateWebhookSecret',
  tags: ['Webhooks'],
  summary: 'Rotate the signing secret',
  description:
    'Issues a new `whsec_` secret (shown once). For `graceSeconds` (default a day, at most a week) deliveries ' +
    'carry two signatures in `webhook-signature`, one per secret, so receivers still holding the old secret ' +
    'keep verifying while they switch.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: EndpointIdParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({
              graceSeconds: z
                .number()
                .int()
                .min(0)
                .max(7 * DAY)
                .optional()
                .openapi({ example: DAY }),
            })
            .openapi('RotateWebhookSecret'),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The endpoint and its new secret',
      content: { 'application/json': { schema: EndpointWithSecretSchema } },
    },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerRotateWebhookSecret(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    const graceSeconds = c.req.valid('json')?.graceSeconds ?? DAY;
    const { deps } = c.var;
    const secret = generateSecret();
    const endpoint = await deps.db.transaction().execute(async (trx) => {
      const before = await loadEndpoint(trx, id, { forUpdate: true });
      const expires = new Date(Date.now() + graceSeconds * 1000);
      const after = await rotateWebhookSecret(trx, id, secretBox(deps).seal(id, secret), expires);
      if (!after) throw new ProblemError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id}.`);
      await appendAudit(trx, {
        actor: actorOf(principal),
        action: 'webhook.rotate_secret',
        targetType: 'webhook_endpoint',
        targetId: id,
        siteId: after.siteId,
        before,
        after,
        requestId: c.var.requestId,
      });
      return after;
    });
    return c.json({ ...endpoint, secret }, 200, { 'Cache-Control': 'no-store' });
  });
}
