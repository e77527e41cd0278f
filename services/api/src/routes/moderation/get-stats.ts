import { moderationStats, reportStats } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, authorizeSite, requirePrincipal, siteQuery } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';
import { SiteIdSchema } from './schemas.js';
import { siteScope } from './support.js';

const ReportStatsSchema = z
  .object({ upheld: z.number().int(), dismissed: z.number().int(), open: z.number().int() })
  .openapi('ReportStats');

const AppealCountsSchema = z.object({
  filed: z.number().int(),
  upheld: z.number().int(),
  reversed: z.number().int(),
});

const RuleStatsSchema = z
  .object({
    rule: z.string(),
    fired: z.number().int(),
    reviewed: z.number().int(),
    upheld: z.number().int(),
    overturned: z.number().int(),
    precision: z.number().nullable().openapi({ description: 'upheld / (upheld + overturned)' }),
    appeals: AppealCountsSchema.openapi({ description: 'Appeals by authors; a reversed one is an overturn too.' }),
  })
  .openapi('RuleStats');

const StatsSchema = z
  .object({
    since: z.string(),
    rules: z.array(RuleStatsSchema),
    totals: z.object({
      decidedByRules: z.record(z.string(), z.number().int()),
      moderatorDecisions: z.number().int(),
      overturnedHolds: z.number().int(),
      missed: z.number().int(),
      appeals: AppealCountsSchema.extend({ open: z.number().int() }),
    }),
    reports: ReportStatsSchema.openapi({
      description: "Readers' reports settled in the period (upheld: rejected; dismissed: approved), and open now.",
    }),
  })
  .openapi('ModerationStats');

const DAY_MS = 86_400_000;

const route = createRoute({
  method: 'get',
  path: '/v1/moderation/stats',
  operationId: 'getModerationStats',
  tags: ['Moderation'],
  summary: 'Rule precision as moderators see it',
  description:
    'For each rule, over comments decided by the rules in the last `days`: how often it fired, how many of those ' +
    "a moderator then judged, and whether the moderator's last word upheld it (rejected) or overturned it " +
    '(approved). `totals.missed` counts comments the rules approved and a moderator rejected.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteQuery('siteId'))],
  request: {
    query: z.object({
      siteId: SiteIdSchema.optional(),
      days: z.coerce.number().int().min(1).max(365).default(30),
    }),
  },
  responses: {
    200: { description: 'Per-rule figures', content: { 'application/json': { schema: StatsSchema } } },
    ...problemResponses(401, 403, 422, 503),
  },
});

export function registerGetStats(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const principal = await requirePrincipal(c, q.siteId === undefined ? {} : { siteId: q.siteId });
    const siteIds = q.siteId === undefined ? siteScope(principal) : [q.siteId];
    const since = new Date(Date.now() - q.days * DAY_MS);
    const [stats, reports] = await Promise.all([
      moderationStats(c.var.deps.db, { siteIds, since }),
      reportStats(c.var.deps.db, { siteIds, since }),
    ]);
    return c.json({ ...stats, since: stats.since.toISOString(), reports }, 200);
  });
}
