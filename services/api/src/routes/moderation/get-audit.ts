import { listAudit } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, authorizeSite, requirePrincipal, siteQuery } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';
import { auditRecordView } from '../../views/moderation.js';
import { SiteIdSchema } from './schemas.js';
import { siteScope } from './support.js';

const AuditRecordSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    action: z.string().openapi({ example: 'comment.approve' }),
    target: z.object({ type: z.string(), id: z.string() }),
    siteId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditRecord');

const route = createRoute({
  method: 'get',
  path: '/v1/moderation/audit',
  operationId: 'getAuditLog',
  tags: ['Moderation'],
  summary: 'The audit log',
  description:
    'Every state-changing request, newest first: who, what, when, before → after. Append-only. A moderator sees ' +
    "their sites' entries; an administrator sees everything, token changes included. Page with `before`.",
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteQuery('siteId'))],
  request: {
    query: z.object({
      siteId: SiteIdSchema.optional(),
      action: z.string().max(100).optional(),
      actorId: z.string().max(100).optional(),
      targetId: z.string().max(200).optional(),
      before: z
        .string()
        .regex(/^\d{1,19}$/)
        .optional()
        .openapi({ description: '`nextBefore` of the previous page.' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'A page of the log',
      content: {
        'application/json': {
          schema: z
            .object({ items: z.array(AuditRecordSchema), nextBefore: z.string().nullable() })
            .openapi('AuditPage'),
        },
      },
    },
    ...problemResponses(401, 403, 422, 503),
  },
});

export function registerGetAudit(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const principal = await requirePrincipal(c, q.siteId === undefined ? {} : { siteId: q.siteId });
    const page = await listAudit(c.var.deps.db, { ...q, siteIds: siteScope(principal) });
    return c.json({ items: page.items.map(auditRecordView), nextBefore: page.nextBefore }, 200);
  });
}
