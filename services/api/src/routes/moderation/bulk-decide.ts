import { BulkResultSchema } from '@cm/contracts';
import { commentSites, type DecideOutcome, decideComments, type ModeratorStatus } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { DecisionBodySchema } from './schemas.js';
import { etagOf, siteScope } from './support.js';

const MAX_BULK = 500;

const ACTION_STATUS: Record<'approve' | 'reject' | 'requeue', ModeratorStatus> = {
  approve: 'approved',
  reject: 'rejected',
  requeue: 'flagged',
};

const BulkBodySchema = DecisionBodySchema.extend({
  action: z.enum(['approve', 'reject', 'requeue']),
  comments: z
    .array(
      z.object({
        id: z.uuid(),
        version: z
          .number()
          .int()
          .positive()
          .optional()
          .openapi({ description: 'As read; a comment that moved on is left alone.' }),
      }),
    )
    .min(1)
    .max(MAX_BULK),
}).openapi('BulkDecision');

const route = createRoute({
  method: 'post',
  path: '/v1/moderation/bulk',
  operationId: 'bulkDecide',
  tags: ['Moderation'],
  summary: 'Decide many comments at once',
  description:
    `Approves, rejects or requeues up to ${MAX_BULK} comments in one transaction. Each comment gets its own ` +
    'outcome: `decided`, `unchanged` (already so), `conflict` (its version moved since you read it) or ' +
    '`not_found`; the others are decided regardless. A request naming a comment of a site the token may not act ' +
    'on is refused whole (403).',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate()],
  request: { body: { required: true, content: { 'application/json': { schema: BulkBodySchema } } } },
  responses: {
    200: { description: 'Per-comment outcomes', content: { 'application/json': { schema: BulkResultSchema } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 503),
  },
});

export function registerBulkDecide(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c);
    const body = c.req.valid('json');
    const expected = new Map<string, number>();
    for (const item of body.comments) if (item.version !== undefined) expected.set(item.id, item.version);
    const scope = siteScope(principal);
    if (scope !== null) {
      // A request that reaches into another site is refused whole: no partial success across a security boundary.
      const sites = await commentSites(
        c.var.deps.db,
        body.comments.map((i) => i.id),
      );
      const foreign = [...sites].filter((s) => !scope.includes(s));
      if (foreign.length > 0) throw new ProblemError('FORBIDDEN', `This token may not act on site "${foreign[0]}".`);
    }
    const outcomes = await decideComments(c.var.deps.db, {
      ids: body.comments.map((i) => i.id),
      status: ACTION_STATUS[body.action],
      actor: actorOf(principal),
      reason: body.reason,
      note: body.note,
      expectedVersions: expected,
      siteIds: scope,
      requestId: c.var.requestId,
      publicUrl: c.var.deps.config.http.publicUrl,
    });
    return c.json(bulkResult(outcomes), 200);
  });
}

/** Outcomes as the API shows them (with ETags), and how many ended each way. */
export function bulkResult(outcomes: DecideOutcome[]): z.infer<typeof BulkResultSchema> {
  const summary = { decided: 0, unchanged: 0, conflict: 0, forbidden: 0, notFound: 0 };
  const results = outcomes.map((o) => {
    summary[o.outcome === 'not_found' ? 'notFound' : o.outcome]++;
    return 'version' in o ? { ...o, etag: etagOf(o.version) } : o;
  });
  return { results, summary };
}
