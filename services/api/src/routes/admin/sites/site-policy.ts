import { resolvePolicy, SitePolicySchema, SitePolicyViewSchema } from '@cm/contracts';
import { getSite, replaceSitePolicy } from '@cm/db';
import { compilePolicy } from '@cm/rules';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, requirePrincipal, siteParam } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';

export const SiteParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'demo' }),
});

const getRoute = createRoute({
  method: 'get',
  path: '/v1/admin/sites/{id}/policy',
  operationId: 'getSitePolicy',
  tags: ['Administration'],
  summary: "A site's moderation settings",
  description: 'Administrators and the moderators of the site may read them.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('id'))],
  request: { params: SiteParams },
  responses: {
    200: { description: 'The policy', content: { 'application/json': { schema: SitePolicyViewSchema } } },
    ...problemResponses(401, 403, 404, 503),
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/admin/sites/{id}/policy',
  operationId: 'putSitePolicy',
  tags: ['Administration'],
  summary: "Replace a site's moderation settings",
  description:
    'Banned and suspect terms, patterns (RE2 syntax: linear time), allowed and blocked domains, actions and ' +
    'thresholds per category. What is left out takes the defaults. A pattern that does not compile is refused ' +
    '(422). Audited; workers apply it within seconds.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: {
    params: SiteParams,
    body: { required: true, content: { 'application/json': { schema: SitePolicySchema } } },
  },
  responses: {
    200: { description: 'The policy as saved', content: { 'application/json': { schema: SitePolicyViewSchema } } },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

/** Refuses a policy whose patterns do not compile, naming each. */
export function checkPolicy(policy: z.infer<typeof SitePolicySchema>, prefix = ''): void {
  const compiled = compilePolicy(resolvePolicy(policy));
  if (compiled.errors.length > 0) {
    const errors = compiled.errors.map((e) => ({
      path: `${prefix}${e.field}`,
      message: `/${e.pattern}/: ${e.message}`,
    }));
    throw new ProblemError('VALIDATION_FAILED', `${errors[0]?.path}: ${errors[0]?.message}`, { errors });
  }
}

export function registerSitePolicy(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    await requirePrincipal(c, { siteId: id });
    const site = await getSite(c.var.deps.db, id);
    if (!site) throw new ProblemError('SITE_NOT_FOUND', `No site "${id}".`);
    return c.json({ siteId: id, policy: site.policy, resolved: { ...resolvePolicy(site.policy) } }, 200);
  });

  app.openapi(putRoute, async (c) => {
    const { id } = c.req.valid('param');
    const principal = await requirePrincipal(c, { role: 'admin' });
    const policy = c.req.valid('json');
    checkPolicy(policy);
    const { deps } = c.var;
    const saved = await deps.db
      .transaction()
      .execute((trx) =>
        replaceSitePolicy(trx, { siteId: id, policy, actor: actorOf(principal), requestId: c.var.requestId }),
      );
    if (!saved) throw new ProblemError('SITE_NOT_FOUND', `No site "${id}".`);
    await deps.sites.refresh().catch((err: unknown) => c.var.logger.warn({ err }, 'site cache refresh failed'));
    return c.json({ siteId: id, policy: saved, resolved: { ...resolvePolicy(saved) } }, 200);
  });
}
