import { DryRunSchema, resolvePolicy, SitePolicySchema, safeText } from '@cm/contracts';
import { getSite } from '@cm/db';
import { analyze, compilePolicy, evaluate } from '@cm/rules';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, authorizeSite, requirePrincipal, siteParam } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';

import { checkPolicy, SiteParams } from './site-policy.js';

const DryRunBodySchema = z
  .object({
    body: safeText(10_000).openapi({ example: 'Visit cheap-pills dot com, you m0r0n' }),
    policy: SitePolicySchema.optional().openapi({ description: "A draft to try instead of the site's saved one." }),
  })
  .openapi('DryRunRequest');

const route = createRoute({
  method: 'post',
  path: '/v1/admin/sites/{id}/dry-run',
  operationId: 'dryRun',
  tags: ['Administration'],
  summary: 'Try a text against the site settings (or a draft of them)',
  description:
    'Runs the rules on a text as if it were a new comment, and answers the decision and every reason with its ' +
    'evidence. Nothing is stored; duplicate detection and author state are left out. Moderators of the site may use it.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('id'))],
  request: {
    params: SiteParams,
    body: { required: true, content: { 'application/json': { schema: DryRunBodySchema } } },
  },
  responses: {
    200: { description: 'What the rules would decide', content: { 'application/json': { schema: DryRunSchema } } },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerDryRun(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    await requirePrincipal(c, { siteId: id });
    const input = c.req.valid('json');
    const site = await getSite(c.var.deps.db, id);
    if (!site) throw new ProblemError('SITE_NOT_FOUND', `No site "${id}".`);
    if (input.policy) checkPolicy(input.policy, 'policy.');
    const policy = compilePolicy(resolvePolicy(input.policy ?? site.policy));
    const decision = evaluate(analyze(input.body), {
      policy,
      authorKey: 'dry-run',
      receivedAt: Date.now(),
      duplicates: [],
    });
    return c.json({ status: decision.status, reasons: decision.reasons, scores: decision.scores }, 200);
  });
}
