import { CommentStatusSchema, ReasonSchema, SitePolicySchema } from '@cm/contracts';
import { getSite, prepareSiteBacktest } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, authorizeSite, requirePrincipal, siteParam } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError, problemResponses } from '../../../errors.js';

import { checkPolicy, SiteParams } from './site-policy.js';

const BacktestBodySchema = z
  .object({
    policy: SitePolicySchema.optional().openapi({
      description: "The proposed settings (what is left out takes the defaults). Omitted: the site's saved ones.",
    }),
    days: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .openapi({ description: 'Replay the comments of the last N days.' }),
    against: z
      .enum(['saved', 'stored'])
      .optional()
      .openapi({
        description:
          '`saved` (default with a policy): the saved settings are replayed the same way, so the report shows only ' +
          'what the proposal changes. `stored` (default without one): the decisions stored when the comments arrived.',
      }),
    limit: z.number().int().min(0).max(100).default(100).openapi({ description: 'How many changed comments to list.' }),
  })
  .openapi('BacktestRequest', {
    example: { policy: { bannedTerms: ['frobnicate'], blockedDomains: ['cheap-pills.example'] }, days: 7 },
  });

const StatusSchema = CommentStatusSchema.exclude(['pending']);

const BacktestReportSchema = z
  .object({
    siteId: z.string(),
    since: z.iso.datetime(),
    until: z.iso.datetime(),
    comparedWith: z.enum(['replay', 'stored']),
    totals: z.object({
      replayed: z.number().int(),
      unchanged: z.number().int(),
      changed: z.number().int(),
      warmup: z.number().int().openapi({ description: 'Earlier comments that only fed the duplicate window.' }),
    }),
    transitions: z.array(z.object({ from: StatusSchema, to: StatusSchema, count: z.number().int() })),
    rules: z.array(z.object({ rule: z.string(), newlyFiring: z.number().int(), noLongerFiring: z.number().int() })),
    changes: z.array(
      z.object({
        id: z.string(),
        receivedAt: z.iso.datetime(),
        excerpt: z.string(),
        from: StatusSchema,
        to: StatusSchema,
        stored: StatusSchema.openapi({ description: "The rules' decision stored when the comment arrived." }),
        reasons: z.array(ReasonSchema).openapi({ description: 'Evidence offsets point into the full body.' }),
      }),
    ),
    truncated: z.boolean(),
  })
  .openapi('BacktestReport', {
    example: {
      siteId: 'demo',
      since: '2026-11-18T12:00:00.000Z',
      until: '2026-11-25T12:00:00.000Z',
      comparedWith: 'replay',
      totals: { replayed: 1520, unchanged: 1517, changed: 3, warmup: 41 },
      transitions: [{ from: 'approved', to: 'rejected', count: 3 }],
      rules: [{ rule: 'policy.banned-term', newlyFiring: 3, noLongerFiring: 0 }],
      changes: [
        {
          id: '019ab7e2-5c1e-7f00-8000-000000000001',
          receivedAt: '2026-11-24T09:30:00.000Z',
          excerpt: 'We should all frobnicate more often.',
          from: 'approved',
          to: 'rejected',
          stored: 'approved',
          reasons: [
            {
              category: 'policy',
              rule: 'policy.banned-term',
              severity: 'high',
              score: 1,
              message: "Term banned on this site: 'frobnicate'",
              evidence: [{ text: 'frobnicate', start: 14, end: 24 }],
            },
          ],
        },
      ],
      truncated: false,
    },
  });

const route = createRoute({
  method: 'post',
  path: '/v1/admin/sites/{id}/backtest',
  operationId: 'backtestSitePolicy',
  tags: ['Administration'],
  summary: 'Replay proposed settings over the comments of the last days',
  description:
    "Replays the site's stored comments of the last N days, in the order they arrived and with duplicate " +
    'detection as in production, under the proposed settings, and reports which decisions would change: totals, ' +
    'status changes, rules that would start or stop acting, and the first changed comments with their new ' +
    'reasons. Nothing is stored. Administrators and the moderators of the site may run it. At most ' +
    'BACKTEST_MAX_COMMENTS comments (200,000 by default) per request: beyond, 422 BACKTEST_TOO_LARGE, and ' +
    '`pnpm rules:backtest` does the run.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('id'))],
  request: {
    params: SiteParams,
    body: { required: true, content: { 'application/json': { schema: BacktestBodySchema } } },
  },
  responses: {
    200: { description: 'What would change', content: { 'application/json': { schema: BacktestReportSchema } } },
    ...problemResponses(401, 403, 404, 415, 422, 429, 503),
  },
});

/**
 * Backtests run in the API process and keep its event loop busy between database pages: one at a time per
 * process, so a second request waits its turn (429) instead of halving everyone's latency.
 */
let running = false;

export function registerBacktest(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    // Read-only and limited to comments the site's moderators can already read in their queue, so they may
    // test a list change before asking an administrator to save it.
    await requirePrincipal(c, { siteId: id });
    const input = c.req.valid('json');
    const { db, config } = c.var.deps;
    const site = await getSite(db, id);
    if (!site) throw new ProblemError('SITE_NOT_FOUND', `No site "${id}".`);
    if (input.policy) checkPolicy(input.policy, 'policy.');
    const plan = await prepareSiteBacktest(db, {
      site,
      proposal: input.policy,
      against: input.against,
      days: input.days,
      limit: input.limit,
    });
    const max = config.backtest.maxComments;
    // Comments of the duplicate window before the period are read too (they warm the index up): both count.
    if (plan.total + plan.warmup > max) {
      throw new ProblemError(
        'BACKTEST_TOO_LARGE',
        `Site "${id}" has ${plan.total} comments in the last ${input.days} days (and ${plan.warmup} in the duplicate ` +
          `window before them); one request replays at most ${max}. Use fewer days, or run ` +
          `\`pnpm rules:backtest --site ${id} --days ${input.days}\` next to the database.`,
      );
    }
    if (running) {
      throw new ProblemError('RATE_LIMITED', 'Another backtest is running on this server; retry shortly.', {
        retryAfterSeconds: 5,
        headers: { 'Retry-After': '5' },
      });
    }
    running = true;
    try {
      // Comments keep arriving with past received_at while we read; the limit keeps the read bounded anyway.
      const report = await plan.run({ maxComments: max });
      return c.json(
        {
          siteId: id,
          since: plan.since.toISOString(),
          until: plan.until.toISOString(),
          ...report,
          changes: report.changes.map((ch) => ({ ...ch, receivedAt: new Date(ch.receivedAt).toISOString() })),
        },
        200,
      );
    } finally {
      running = false;
    }
  });
}
