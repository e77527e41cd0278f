import { ReportReasonSchema, resolvePolicy } from '@cm/contracts';
import { reportComment } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { reportGuardFor } from '../../ingest/report-guard.js';
import { clientIp } from '../../middleware/client-ip.js';

const ReportInputSchema = z
  .object({
    reason: ReportReasonSchema,
    note: z.string().trim().max(500).optional(),
    reporter: z.object({
      id: z.string().trim().min(1).max(200).openapi({ description: "The site's id for the reader, or the widget's." }),
      name: z.string().trim().min(1).max(100).optional(),
    }),
  })
  .openapi('ReportInput');

const ReportReceivedSchema = z.object({ status: z.literal('received') }).openapi('ReportReceived');

const NOT_FOUND = 'No published comment with this id.';

const route = createRoute({
  method: 'post',
  path: '/v1/comments/{id}/reports',
  operationId: 'reportComment',
  tags: ['Comments'],
  summary: 'Report a published comment',
  description:
    'A reader reports a published (approved) comment. The report is stored before the answer (202), once per ' +
    'reader and comment: reporting again changes nothing (200). When the weight of the open reports reaches the ' +
    "site's `reports.threshold`, the comment goes back to the queue (`reports.threshold`) and leaves the public " +
    'list. A comment that is not published answers 404, whether it exists or not. Rate-limited per IP and reader.',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }),
    query: z.object({ siteId: z.string().min(1).max(64).default('demo') }),
    body: { required: true, content: { 'application/json': { schema: ReportInputSchema } } },
  },
  responses: {
    200: {
      description: 'Already reported by this reader',
      content: { 'application/json': { schema: ReportReceivedSchema } },
    },
    202: { description: 'Report received', content: { 'application/json': { schema: ReportReceivedSchema } } },
    ...problemResponses(400, 403, 404, 413, 415, 422, 429, 503),
  },
});

export function registerReportComment(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { deps } = c.var;
    const { id } = c.req.valid('param');
    const { siteId } = c.req.valid('query');
    const input = c.req.valid('json');
    if (!deps.sites.ready) {
      throw new ProblemError('SERVICE_UNAVAILABLE', 'Starting up: the site list is not loaded yet.');
    }
    if (!deps.sites.get(siteId)) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
    if (!z.uuid().safeParse(id).success) throw new ProblemError('COMMENT_NOT_FOUND', NOT_FOUND);
    const ip = clientIp(c, deps.config.http.trustProxy);
    const admission = await reportGuardFor(deps.redis, deps.redisPrefix, deps.config.rateLimits)
      .admit({ clientIp: ip, siteId, reporterKey: input.reporter.id })
      .catch((err: unknown) => {
        throw new ProblemError('QUEUE_UNAVAILABLE', 'The report could not be taken; nothing was stored.', {}, err);
      });
    if (admission.kind === 'limited') {
      const retryAfterSeconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      throw new ProblemError(
        'RATE_LIMITED',
        `Too many reports from this ${admission.which === 'ip' ? 'address' : 'reader'}; retry in ${retryAfterSeconds} s.`,
        { retryAfterSeconds, headers: { 'Retry-After': String(retryAfterSeconds) } },
      );
    }
    const outcome = await reportComment(deps.db, {
      commentId: id,
      reporter: { key: input.reporter.id, name: input.reporter.name ?? null },
      reason: input.reason,
      note: input.note || null,
      clientIp: ip,
      // Only a comment of the site the request names: a widget cannot report another site's comments.
      policyOf: (commentSite) => (commentSite === siteId ? resolvePolicy(deps.sites.get(siteId)?.policy) : undefined),
      publicUrl: deps.config.http.publicUrl,
    });
    if (outcome.outcome === 'not_found') throw new ProblemError('COMMENT_NOT_FOUND', NOT_FOUND);
    if (outcome.outcome === 'duplicate') return c.json({ status: 'received' as const }, 200);
    c.var.logger.info(
      { commentId: id, siteId, reason: input.reason, flagged: outcome.flagged, weight: outcome.summary.weight },
      'report received',
    );
    return c.json({ status: 'received' as const }, 202);
  });
}
